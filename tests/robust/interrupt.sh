#!/bin/sh
# interrupt.sh -- issue 8: no lost results. SIGINT/SIGTERM during
# `annotate -o FILE` leave neither FILE nor its temporary, exit 130/143 and
# say how far the run got; `annotate --split DIR` keeps the finished
# documents' files and `--resume` completes the run to exactly what an
# uninterrupted run writes.
#
# Deterministic: with -j 1 and standard input as the second document (a
# FIFO this script holds), the run is parked inside document 2 when the
# signal comes; closing the FIFO then lets document 2 finish, and the run
# stops before document 3.
. "${RP_SRCDIR:-.}/tests/robust/lib.sh"
if ! mkfifo "$scratch/fifo" 2>/dev/null; then
    echo "SKIP: no mkfifo"
    exit 77
fi
plug="--plugin-dir $RP_BUILDDIR/tests/loader -p good -P good.word=water"
c=$scratch/corpus
mkdir -p "$c/sub"
echo "water one, water two" > "$c/a.txt"
echo "no match here" > "$c/b.txt"
echo "water in a subfolder" > "$c/sub/c.txt"
echo "water from stdin" > "$scratch/stdin.txt"

# run_parked SIGNAL ARGS...: starts rapporteur ARGS with the FIFO as stdin,
# waits until it reads it, sends SIGNAL, then lets stdin reach its end.
run_parked() {
    sig=$1
    shift
    "$RAPPORTEUR" "$@" < "$scratch/fifo" > "$scratch/out" 2> "$scratch/err" &
    pid=$!
    exec 9> "$scratch/fifo"
    wait_reading_stdin $pid
    kill -"$sig" $pid
    sleep 0.5
    cat "$scratch/stdin.txt" >&9
    exec 9>&-
    wait $pid
    rc=$?
}

for sig in INT TERM; do
    tcase "SIG$sig during annotate -o"
    echo "previous contents" > "$scratch/result.jsonl"
    run_parked $sig annotate $plug -j 1 -o "$scratch/result.jsonl" "$c/a.txt" - "$c/b.txt"
    if [ $sig = INT ]; then expect_rc 130; n=2; else expect_rc 143; n=15; fi
    expect_err "rapporteur: interrupted by signal $n after 2 of 3 documents; no output written"
    checks=$((checks + 1))
    [ "$(cat "$scratch/result.jsonl")" = "previous contents" ] || fail "result.jsonl was changed"
    checks=$((checks + 1))
    if ls "$scratch" | grep -q '^result\.jsonl\.'; then fail "a temporary is left: $(ls "$scratch")"; fi
    rm -f "$scratch/result.jsonl"
    run_parked $sig annotate $plug -j 1 -o "$scratch/result.jsonl" "$c/a.txt" - "$c/b.txt"
    expect_absent "$scratch/result.jsonl"
    checks=$((checks + 1))
    if ls "$scratch" | grep -q '^result\.jsonl'; then fail "a temporary is left: $(ls "$scratch")"; fi
done

tcase "the uninterrupted reference run"
printf 'doc_id\tpath\na\ta.txt\nb\tb.txt\nsub/c\tsub/c.txt\n' > "$c/manifest.tsv"
"$RAPPORTEUR" annotate $plug -j 1 -o "$scratch/ref.jsonl" - "$c/manifest.tsv" < "$scratch/stdin.txt" 2> "$scratch/err"
rc=$?
expect_rc 0
checks=$((checks + 1))
[ "$(wc -l < "$scratch/ref.jsonl")" -eq 4 ] || fail "reference has $(wc -l < "$scratch/ref.jsonl") records, expected 4"

tcase "--split: interrupted, the finished documents are kept"
# parked in document 1 (standard input): it finishes, the others do not start
run_parked INT annotate $plug -j 1 --split "$scratch/split" - "$c/manifest.tsv"
expect_rc 130
expect_err "rapporteur: interrupted by signal 2 after 1 of 4 documents; their files are kept (--resume goes on from there)"
expect_err_lines 1
checks=$((checks + 1))
[ "$(cd "$scratch/split" && find . -type f | sort | tr '\n' ' ')" = "./stdin.jsonl " ] ||
    fail "split folder holds: $(cd "$scratch/split" && find . | sort | tr '\n' ' ')"

tcase "--split --resume: the rest, nothing twice"
rp annotate $plug -j 1 --split "$scratch/split" --resume - "$c/manifest.tsv" < /dev/null
expect_rc 0
expect_err "rapporteur: annotate: --resume: 1 of 4 documents already in $scratch/split, not redone"
expect_err_lines 1
checks=$((checks + 1))
[ "$(cd "$scratch/split" && find . -type f | sort | tr '\n' ' ')" = "./a.jsonl ./b.jsonl ./stdin.jsonl ./sub/c.jsonl " ] ||
    fail "split folder holds: $(cd "$scratch/split" && find . | sort | tr '\n' ' ')"
checks=$((checks + 1))
[ -f "$scratch/split/b.jsonl" ] && [ ! -s "$scratch/split/b.jsonl" ] || fail "b.jsonl should exist and be empty (no match)"
# input order: -, a, b, sub/c; the files concatenated = the reference run
cat "$scratch/split/stdin.jsonl" "$scratch/split/a.jsonl" "$scratch/split/b.jsonl" "$scratch/split/sub/c.jsonl" > "$scratch/joined.jsonl"
checks=$((checks + 1))
cmp -s "$scratch/joined.jsonl" "$scratch/ref.jsonl" || fail "resumed files differ from the uninterrupted run: $(diff "$scratch/ref.jsonl" "$scratch/joined.jsonl")"
rp annotate $plug -j 1 --split "$scratch/split" --resume - "$c/manifest.tsv" < /dev/null
expect_rc 0
expect_err "rapporteur: annotate: --resume: 4 of 4 documents already in $scratch/split, not redone"
expect_err_lines 1
checks=$((checks + 1))
if find "$scratch/split" -name '*.jsonl.*' | grep -q .; then fail "temporaries left in the split folder"; fi

tcase "--split with csv, tsv and conllu"
for fmt in csv tsv conllu; do
    rp annotate $plug --format $fmt --split "$scratch/s-$fmt" "$c/manifest.tsv"
    expect_rc 0
    checks=$((checks + 1))
    [ -f "$scratch/s-$fmt/sub/c.$fmt" ] && [ -f "$scratch/s-$fmt/b.$fmt" ] || fail "no per-document .$fmt files"
done
checks=$((checks + 1))
head -1 "$scratch/s-csv/a.csv" | grep -q '^doc,plugin,label,start,end' || fail "a.csv has no header"

tcase "--split usage errors"
rp annotate $plug --resume "$c/a.txt"
expect_rc 1
expect_err "--resume needs --split DIR"
rp annotate $plug --split "$scratch/x" -o "$scratch/y" "$c/a.txt"
expect_rc 1
expect_err "--split DIR and -o FILE exclude each other"
rp annotate $plug --split "$scratch/x" --format brat "$c/a.txt"
expect_rc 1
expect_err "--split: brat already writes one file per document"
printf 'doc_id\tpath\na\ta.txt\n/a\tb.txt\n' > "$c/clash.tsv"
rp annotate $plug --split "$scratch/clash" "$c/clash.tsv"
expect_rc 1
expect_err "rapporteur: annotate: --split: doc \"a\" and doc \"/a\" would both be written to $scratch/clash/a.jsonl; give them distinct ids"
expect_err_lines 1
rp annotate $plug --split "$c/a.txt" "$c/a.txt"
expect_rc 2
expect_err "rapporteur: annotate: --split $c/a.txt: not a folder"

finish
