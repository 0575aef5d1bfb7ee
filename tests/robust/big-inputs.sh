#!/bin/sh
# big-inputs.sh -- issue 8: pathological documents finish, correctly, in
# bounded time and memory: a long line without spaces, a huge "word",
# hundreds of thousands of tiny paragraphs, long runs of footnote markers.
# make check uses sizes that run in about a second each (RP_PATHO_MB
# scales them; the full sizes -- a 100 MB line, a 10 MB word -- are in
# bench/genpatho.py and `make bench`). Each document ends with a sentence
# whose "water" must be found at its exact byte offset.
. "${RP_SRCDIR:-.}/tests/robust/lib.sh"
NOVG=1   # sizes far beyond what valgrind runs in reasonable time
mb=${RP_PATHO_MB:-4}
plug="--plugin-dir $RP_BUILDDIR/tests/loader -p good -P good.word=water"
c=$scratch/corpus
mkdir "$c"
python3 - "$c" "$mb" <<'PY'
import sys
d, mb = sys.argv[1], int(sys.argv[2])
n = mb * 1024 * 1024
tail = "\n\nClean water.\n"
docs = {
    "line": "x" * n,                                    # one line, no space
    "word": "A word: " + "w" * n + " ends here.",       # one huge token
    "paras": "".join("%d. Yes.\n\n" % (i % 999 + 1) for i in range(n // 10)),
    "markers": "Text" + "\u00b9\u00b2\u00b3\u2074\u2075" * (n // 15) + " end.\n"
               + "".join("[%d]" % i for i in range(n // 16)) + "\n"
               + "word" + "1" * (n // 8) + "\n",
}
for k, v in docs.items():
    with open("%s/%s.txt" % (d, k), "w") as f:
        f.write(v + tail)
    b = (v + tail).encode()
    with open("%s/%s.off" % (d, k), "w") as f:
        f.write(str(b.rindex(b"water")))
PY
for doc in line word paras markers; do
    tcase "$doc ($mb MB scale)"
    : > "$scratch/time"
    if [ -x /usr/bin/time ]; then
        /usr/bin/time -f "%e %M" -o "$scratch/time" "$RAPPORTEUR" annotate "$c/$doc.txt" > /dev/null 2>&1 || true
    fi
    rp annotate $plug "$c/$doc.txt"
    expect_rc 0
    expect_err_lines 0
    off=$(cat "$c/$doc.off")
    expect_out_lines 1 "^\\{\"doc\":\"$doc\",\"plugin\":\"good\",\"label\":\"hit\",\"start\":$off,\"end\":$((off + 5)),\"text\":\"water\""
    read -r secs kb < "$scratch/time" || true
    size=$(wc -c < "$c/$doc.txt")
    echo "  $doc: $size bytes, ${secs:-?} s, ${kb:-?} KB max RSS"
    checks=$((checks + 1))
    # memory: within what normal text needs per byte (about 80 times the
    # document for annotate with every plugin, see bench/genpatho.py); the
    # point is to catch a super-linear blow-up, not to benchmark
    # (not under ASan, whose shadow memory and quarantine multiply RSS)
    [ "${RP_SANITIZERS:-no}" != no ] || [ -z "${kb:-}" ] || [ "$kb" -le $((size / 1024 * 100 + 65536)) ] || fail "max RSS $kb KB for a $size-byte document"
    for cmd in segment tokens; do
        rp $cmd "$c/$doc.txt"
        expect_rc 0
        expect_err_lines 0
    done
done

tcase "the four together, -j 2, every record in order"
rp annotate $plug -j 2 "$c"
expect_rc 0
expect_out_lines 4
checks=$((checks + 1))
[ "$(sed 's/^{"doc":"\([a-z]*\)".*/\1/' "$scratch/out" | tr '\n' ' ')" = "line markers paras word " ] || fail "wrong order"

finish
