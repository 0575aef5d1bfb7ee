#!/bin/sh
# plugin-errors.sh -- issue 8: a plugin that fails on one document is
# reported with the plugin and the doc; that document's annotations from
# the failing plugin are dropped, every other document is complete, the
# closing line counts the plugin errors and the exit status is 1; with
# --strict the run stops there and -o writes nothing.
. "${RP_SRCDIR:-.}/tests/robust/lib.sh"
plug="--plugin-dir $RP_BUILDDIR/tests/robust -p failon"
c=$scratch/corpus
mkdir "$c"
echo "water one" > "$c/a.txt"
echo "water then boom" > "$c/b.txt"
echo "water three" > "$c/c.txt"
echo "boom water boom" > "$c/d.txt"
echo "last water" > "$c/e.txt"

tcase "the run goes on"
rp annotate $plug -j 2 "$c"
expect_rc 1
expect_err "rapporteur: plugin \"failon\": doc \"b\": the document contains \"boom\" (byte 11)"
expect_err "rapporteur: plugin \"failon\": doc \"d\": the document contains \"boom\" (byte 0)"
expect_err "rapporteur: 5 documents done, 0 skipped, 2 plugin errors (see the messages above)"
expect_err_lines 3
expect_out_lines 3
expect_out_lines 0 '"doc":"[bd]"'
checks=$((checks + 1))
[ "$(sed 's/^{"doc":"\([a-z]*\)".*/\1/' "$scratch/out" | tr '\n' ' ')" = "a c e " ] || fail "wrong documents or order"

tcase "with -o: the file is written, exit 1"
rp annotate $plug -o "$scratch/out.jsonl" "$c"
expect_rc 1
checks=$((checks + 1))
[ "$(wc -l < "$scratch/out.jsonl")" -eq 3 ] || fail "out.jsonl should hold 3 records"

tcase "count goes on too"
rp count $plug "$c"
expect_rc 1
expect_err "rapporteur: 5 documents done, 0 skipped, 2 plugin errors"

tcase "--strict stops at the first plugin error"
rp annotate $plug --strict -j 1 -o "$scratch/strict.jsonl" "$c"
expect_rc 1
expect_err "rapporteur: plugin \"failon\": doc \"b\": the document contains \"boom\" (byte 11)"
expect_no_err "doc \"d\""
expect_err "rapporteur: 2 documents done, 0 skipped, 1 plugin error (see the messages above)"
expect_absent "$scratch/strict.jsonl"
checks=$((checks + 1))
if ls "$scratch" | grep -q '^strict\.jsonl'; then fail "a temporary is left"; fi
rp annotate $plug --strict -j 1 "$c"
expect_rc 1
expect_out_lines 1 '"doc":"a"'
expect_out_lines 0 '"doc":"[cde]"'

tcase "no failing document: exit 0"
rm "$c/b.txt" "$c/d.txt"
rp annotate $plug "$c"
expect_rc 0
expect_err_lines 0
expect_out_lines 3

finish
