#!/bin/sh
# files.sh -- issue 8: files that cannot be read, folders with symbolic
# link loops, a file that vanishes between listing and reading. Each is one
# line naming the file and the system error; the rest of the corpus is
# processed; exit status 2 (environment).
. "${RP_SRCDIR:-.}/tests/robust/lib.sh"
plug="--plugin-dir $RP_BUILDDIR/tests/loader -p good -P good.word=water"
c=$scratch/corpus
mkdir -p "$c/sub"
echo "water one" > "$c/a.txt"
echo "water two" > "$c/sub/b.txt"
echo "water three" > "$c/z.txt"

tcase "folder symlink loops are entered once"
ln -s .. "$c/sub/up"
ln -s . "$c/self"
ln -s "$c" "$c/sub/abs"
rp annotate $plug "$c"
expect_rc 0
expect_err_lines 0
expect_out_lines 3
expect_out_lines 1 '"doc":"sub/b"'

tcase "a file symlink loop and a dangling link"
ln -s loop.txt "$c/loop.txt"
ln -s nowhere.txt "$c/dangling.txt"
rp annotate $plug "$c"
expect_rc 2
expect_err "rapporteur: $c/dangling.txt: dangling symbolic link"
expect_err "rapporteur: $c/loop.txt: symbolic link loop (too many levels of symbolic links)"
expect_err "rapporteur: 3 documents done, 2 skipped, 0 plugin errors"
expect_err_lines 3
expect_out_lines 3
rp annotate $plug --strict "$c"
expect_rc 2
expect_out_lines 0
expect_err_lines 1
rm "$c/loop.txt" "$c/dangling.txt"

tcase "an unreadable file"
if [ "$(id -u)" != 0 ]; then
    echo "water four" > "$c/locked.txt"
    chmod 000 "$c/locked.txt"
    rp annotate $plug "$c"
    expect_rc 2
    expect_err "rapporteur: doc \"locked\": cannot read $c/locked.txt: Permission denied; skipped"
    rm -f "$c/locked.txt"
else
    # root reads through chmod 000: use a file whose read(2) fails instead
    # (/proc/self/mem at offset 0 gives EIO)
    ln -s /proc/self/mem "$c/locked.txt"
    rp annotate $plug "$c"
    expect_rc 2
    expect_err "rapporteur: doc \"locked\": cannot read $c/locked.txt: Input/output error; skipped"
    rm -f "$c/locked.txt"
fi
expect_err "rapporteur: 3 documents done, 1 skipped, 0 plugin errors"
expect_err_lines 2
expect_out_lines 3

tcase "an unreadable folder"
if [ "$(id -u)" != 0 ]; then
    mkdir "$c/closed"
    chmod 000 "$c/closed"
    rp annotate $plug "$c"
    expect_rc 2
    expect_err "rapporteur: $c/closed: cannot read the folder: Permission denied"
    expect_out_lines 3
    chmod 755 "$c/closed"
    rmdir "$c/closed"
fi

tcase "a missing input"
rp annotate $plug "$c/a.txt" "$c/nosuch.txt" "$c/z.txt"
expect_rc 2
expect_err "rapporteur: $c/nosuch.txt: No such file or directory"
expect_err "rapporteur: 2 documents done, 1 skipped, 0 plugin errors"
expect_out_lines 2

tcase "what a folder holds: .txt files and links to them, nothing else"
# a regular file is known from its folder entry, without a stat(); a link
# or anything else is asked, and only regular .txt files are documents
k=$scratch/kinds
mkdir -p "$k/deep/er"
echo "water deep" > "$k/deep/er/d.txt"
mkdir -p "$scratch/elsewhere"
echo "water outside" > "$scratch/elsewhere/outside.txt"
ln -s "$scratch/elsewhere/outside.txt" "$k/link.txt"
ln -s "$scratch/elsewhere" "$k/linked"
echo "water notes" > "$k/notes.md"
echo "water hidden" > "$k/.hidden.txt"
mkdir "$k/dir.txt"
mkfifo "$k/fifo.txt" 2>/dev/null || :
rp annotate $plug "$k"
expect_rc 0
expect_err_lines 0
expect_out_lines 3
expect_out_lines 1 '"doc":"deep/er/d"'
expect_out_lines 1 '"doc":"link"'
expect_out_lines 1 '"doc":"linked/outside"'

for j in 1 2; do
tcase "a file that vanishes after the corpus was listed (-j $j)"
# standard input first: a worker waits on stdin (a FIFO we hold) while
# gone.txt, already listed, is deleted; then it is read.  With -j 2 the
# other worker must not read gone.txt before stdin has been read whole.
if mkfifo "$scratch/fifo$j" 2>/dev/null; then
    cp "$c/sub/b.txt" "$c/gone.txt"
    NOVG=1
    "$RAPPORTEUR" annotate $plug -j $j - "$c/gone.txt" "$c/z.txt" < "$scratch/fifo$j" > "$scratch/out" 2> "$scratch/err" &
    pid=$!
    exec 9> "$scratch/fifo$j"
    wait_reading_stdin $pid
    rm "$c/gone.txt"
    echo "water from stdin" >&9
    exec 9>&-
    wait $pid
    rc=$?
    NOVG=0
    expect_rc 2
    expect_err "rapporteur: doc \"gone\": cannot read $c/gone.txt: No such file or directory; skipped"
    expect_err "rapporteur: 2 documents done, 1 skipped, 0 plugin errors"
    expect_out_lines 2
    expect_out_lines 1 '"doc":"-"'
    expect_out_lines 1 '"doc":"z"'
fi
done

finish
