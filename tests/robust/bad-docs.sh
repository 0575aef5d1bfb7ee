#!/bin/sh
# bad-docs.sh -- issue 8: hostile documents in a corpus. Each gets one
# clear line naming the doc, the file and the byte offset; the good
# documents are still processed completely; a closing line counts what
# was skipped; the exit status is 1 (bad input) when anything was skipped;
# --strict stops at the first bad document and writes no output.
. "${RP_SRCDIR:-.}/tests/robust/lib.sh"
plug="--plugin-dir $RP_BUILDDIR/tests/loader -p good -P good.word=water -j 2"
c=$scratch/corpus
mkdir "$c"
printf 'Clean water for all.\nwater again.\n' > "$c/a-good.txt"
: > "$c/empty.txt"
printf '  \n\t\n   \r\n' > "$c/space.txt"
printf 'water\0binary\n' > "$c/nul.txt"
printf 'Stray \200 water.\n' > "$c/stray.txt"
printf 'Overlong \300\257 water.\n' > "$c/overlong.txt"
printf 'Surrogate \355\240\200 water.\n' > "$c/surrogate.txt"
printf 'water cut at end \342\202' > "$c/cut.txt"
printf '\377\376w\0a\0t\0e\0r\0\n\0' > "$c/utf16le.txt"
printf '\376\377\0w\0a\0t\0e\0r\0\n' > "$c/utf16be.txt"
printf '\377\376\0\0w\0\0\0' > "$c/utf32le.txt"
printf 'The last water.\n' > "$c/z-good.txt"

tcase "folder with bad documents"
rp annotate $plug "$c"
expect_rc 1
expect_err "rapporteur: doc \"nul\" ($c/nul.txt): byte 5: NUL byte, not a text file (binary?); skipped"
expect_err "rapporteur: doc \"utf16le\" ($c/utf16le.txt): byte 0: the file is UTF-16LE (it starts with a UTF-16LE byte-order mark), not UTF-8; convert it first: iconv -f UTF-16 -t UTF-8"
expect_err "rapporteur: doc \"utf16be\" ($c/utf16be.txt): byte 0: the file is UTF-16BE"
expect_err "rapporteur: doc \"utf32le\" ($c/utf32le.txt): byte 0: the file is UTF-32LE"
expect_err "rapporteur: warning: doc \"stray\": 1 invalid UTF-8 sequence, first at byte 6 (read as U+FFFD)"
expect_err "rapporteur: warning: doc \"overlong\": 2 invalid UTF-8 sequences, first at byte 9 (read as U+FFFD)"
expect_err "rapporteur: warning: doc \"surrogate\": 3 invalid UTF-8 sequences, first at byte 10 (read as U+FFFD)"
expect_err "rapporteur: warning: doc \"cut\": 1 invalid UTF-8 sequence, first at byte 17 (read as U+FFFD)"
expect_err "rapporteur: warning: doc \"empty\" ($c/empty.txt): empty file (0 bytes): nothing to analyse"
expect_err "rapporteur: warning: doc \"space\" ($c/space.txt): only white space (10 bytes): nothing to analyse"
expect_err "rapporteur: 8 documents done, 4 skipped, 0 plugin errors (see the messages above)"
expect_err_lines 11
# every good or merely damaged document is complete, in input order
expect_out_lines 7
expect_out_lines 2 '^\{"doc":"a-good",'
expect_out_lines 1 '^\{"doc":"z-good",'
expect_out_lines 1 '^\{"doc":"stray","plugin":"good","label":"hit","start":8,"end":13,"text":"water",'
expect_out_lines 1 '^\{"doc":"overlong",.*"start":12,"end":17,'
expect_out_lines 1 '^\{"doc":"surrogate",.*"start":14,"end":19,'
expect_out_lines 1 '^\{"doc":"cut",.*"start":0,"end":5,'
checks=$((checks + 1))
[ "$(sed -n '1s/^{"doc":"\([^"]*\)".*/\1/p;$s/^{"doc":"\([^"]*\)".*/\1/p' "$scratch/out" | tr '\n' ' ')" = "a-good z-good " ] ||
    fail "documents out of input order"

tcase "the same with -o: the file holds the good documents"
rp annotate $plug -o "$scratch/all.jsonl" "$c"
expect_rc 1
checks=$((checks + 1))
[ "$(wc -l < "$scratch/all.jsonl")" -eq 7 ] || fail "-o file has $(wc -l < "$scratch/all.jsonl") lines, expected 7"
expect_err "rapporteur: 8 documents done, 4 skipped, 0 plugin errors"

tcase "--strict: stop at the first bad document, no output file"
rp annotate $plug --strict -o "$scratch/strict.jsonl" "$c"
expect_rc 1
expect_err "rapporteur: doc \"nul\" ($c/nul.txt): byte 5: NUL byte"
expect_no_err "utf16"
expect_absent "$scratch/strict.jsonl"
checks=$((checks + 1))
ls "$scratch" | grep -q 'strict.jsonl' && fail "a temporary strict.jsonl.* is left"

tcase "segment and tokens skip the same documents"
for cmd in segment tokens; do
    rp $cmd -j 2 "$c"
    expect_rc 1
    expect_err "rapporteur: doc \"nul\" ($c/nul.txt): byte 5: NUL byte"
    expect_err "rapporteur: 8 documents done, 4 skipped"
done

tcase "messages come in input order, the same for every -j"
# warnings (invalid UTF-8, empty) and errors (binary) of 60 documents: the
# workers find them in any order; stderr lists them in the corpus's order
o=$scratch/ordered
mkdir "$o"
i=0
while [ $i -lt 60 ]; do
    n=$(printf '%02d' $i)
    case $((i % 4)) in
    0) printf 'Clean water %s.\n' $n > "$o/d$n.txt" ;;
    1) printf 'Stray \200 water %s.\n' $n > "$o/d$n.txt" ;;
    2) : > "$o/d$n.txt" ;;
    3) printf 'water\0%s\n' $n > "$o/d$n.txt" ;;
    esac
    i=$((i + 1))
done
rp annotate --plugin-dir "$RP_BUILDDIR/tests/loader" -p good -P good.word=water -j 1 "$o"
cp "$scratch/err" "$scratch/err-j1"
expect_rc 1
expect_err_lines 46
for j in 2 3 4; do
    rp annotate --plugin-dir "$RP_BUILDDIR/tests/loader" -p good -P good.word=water -j $j "$o"
    checks=$((checks + 1))
    cmp -s "$scratch/err" "$scratch/err-j1" || fail "-j $j: stderr differs from -j 1's"
done
# and the order is the corpus's: d01's warning before d02's before d03's error
checks=$((checks + 1))
head -3 "$scratch/err-j1" | grep -c 'd0[123]' | grep -qx 3 || fail "not in input order: $(head -3 "$scratch/err-j1")"

tcase "one binary document alone"
rp annotate $plug "$c/nul.txt"
expect_rc 1
expect_out_lines 0
expect_err "rapporteur: 0 documents done, 1 skipped, 0 plugin errors"

tcase "a good document alone: no message, exit 0"
rp annotate $plug "$c/a-good.txt"
expect_rc 0
expect_err_lines 0
expect_out_lines 2

finish
