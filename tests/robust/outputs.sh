#!/bin/sh
# outputs.sh -- issue 8: -o to something that is not a regular file. A
# FIFO, /dev/null or a terminal is written in place: the atomic
# temporary-and-rename would replace it with a regular file (as root, -o
# /dev/null used to destroy /dev/null). A folder is refused.
. "${RP_SRCDIR:-.}/tests/robust/lib.sh"
plug="--plugin-dir $RP_BUILDDIR/tests/loader -p good -P good.word=water"
echo "water and water" > "$scratch/a.txt"

tcase "-o FIFO"
if mkfifo "$scratch/pipe" 2>/dev/null; then
    cat "$scratch/pipe" > "$scratch/fromfifo" &
    reader=$!
    rp annotate $plug -o "$scratch/pipe" "$scratch/a.txt"
    wait $reader
    expect_rc 0
    checks=$((checks + 1))
    [ -p "$scratch/pipe" ] || fail "the FIFO was replaced"
    checks=$((checks + 1))
    [ "$(wc -l < "$scratch/fromfifo")" -eq 2 ] || fail "the reader got $(wc -l < "$scratch/fromfifo") records, expected 2"
    checks=$((checks + 1))
    if ls "$scratch" | grep -q '^pipe\.'; then fail "a temporary is left"; fi
fi

tcase "-o a character device (a private null device, as root)"
if [ "$(id -u)" = 0 ] && mknod -m 666 "$scratch/null" c 1 3 2>/dev/null; then
    for cmd in annotate count segment tokens; do
        if [ $cmd = segment ] || [ $cmd = tokens ]; then rp $cmd -o "$scratch/null" "$scratch/a.txt"
        else rp $cmd $plug -o "$scratch/null" "$scratch/a.txt"; fi
        expect_rc 0
        checks=$((checks + 1))
        [ -c "$scratch/null" ] || fail "$cmd -o replaced the device with a file"
    done
fi

tcase "-o a folder"
mkdir "$scratch/dir"
rp annotate $plug -o "$scratch/dir" "$scratch/a.txt"
expect_rc 2
expect_err "rapporteur: $scratch/dir: cannot write the output: it is a folder"
expect_err_lines 1

tcase "-o in a missing folder"
rp annotate $plug -o "$scratch/nosuch/out.jsonl" "$scratch/a.txt"
expect_rc 2
expect_err "rapporteur: $scratch/nosuch/out.jsonl: cannot create the output file: No such file or directory"

finish
