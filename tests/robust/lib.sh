# tests/robust/lib.sh -- sourced by the issue 8 robustness tests.
# Gives: $scratch (a private folder, removed at exit), rp ARGS (runs
# rapporteur: stdout in $scratch/out, stderr in $scratch/err, status in
# $rc; under valgrind memcheck with RP_VALGRIND=1 unless NOVG=1), and
# assertions that count failures; finish prints the tally and exits.
set -u
: "${RAPPORTEUR:?run me from make check (RAPPORTEUR unset)}"
RP_BUILDDIR=${RP_BUILDDIR:-$(dirname "$RAPPORTEUR")}
RP_SRCDIR=${RP_SRCDIR:-$RP_BUILDDIR}
LC_ALL=C.UTF-8
export LC_ALL
scratch=$(mktemp -d "${TMPDIR:-/tmp}/rp-robust.XXXXXX")
trap 'chmod -R u+rwx "$scratch" 2>/dev/null; rm -rf "$scratch"' EXIT
trap 'exit 1' INT TERM
failures=0
checks=0
case_name=""

tcase() { case_name=$1; }

fail() {
    failures=$((failures + 1))
    echo "FAIL [$case_name]: $*"
    if [ -s "$scratch/err" ]; then
        echo "  stderr was:"
        sed -n '1,12s/^/    /p' "$scratch/err"
    fi
}

rp() {
    if [ "${RP_VALGRIND:-0}" = 1 ] && [ "${NOVG:-0}" != 1 ] && command -v valgrind >/dev/null 2>&1; then
        valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite \
            --show-leak-kinds=definite "$RAPPORTEUR" "$@" >"$scratch/out" 2>"$scratch/err"
    else
        "$RAPPORTEUR" "$@" >"$scratch/out" 2>"$scratch/err"
    fi
    rc=$?
}

# wait_reading_stdin PID: waits until a thread of PID sits in read(0, ...)
# (Linux /proc/PID/task/TID/syscall: "0 0x0 ..."), at most 10 s.
wait_reading_stdin() {
    _i=0
    while [ $_i -lt 100 ] && ! cat /proc/"$1"/task/*/syscall 2>/dev/null | grep -q '^0 0x0 '; do
        sleep 0.1
        _i=$((_i + 1))
    done
}

# expect_rc N
expect_rc() {
    checks=$((checks + 1))
    [ "$rc" = "$1" ] || fail "exit status $rc, expected $1"
}

# expect_err STRING: a stderr line contains STRING (fixed string)
expect_err() {
    checks=$((checks + 1))
    grep -qF -- "$1" "$scratch/err" || fail "stderr lacks: $1"
}

# expect_no_err STRING
expect_no_err() {
    checks=$((checks + 1))
    if grep -qF -- "$1" "$scratch/err"; then fail "stderr has: $1"; fi
}

# expect_err_lines N: stderr has exactly N lines (one line per error)
expect_err_lines() {
    checks=$((checks + 1))
    n=$(wc -l < "$scratch/err")
    [ "$n" -eq "$1" ] || fail "stderr has $n lines, expected $1"
}

# expect_out_lines N [PATTERN]: stdout has N lines (matching the ERE)
expect_out_lines() {
    checks=$((checks + 1))
    if [ $# -gt 1 ]; then n=$(grep -cE -- "$2" "$scratch/out"); else n=$(wc -l < "$scratch/out"); fi
    [ "$n" -eq "$1" ] || fail "stdout has $n lines${2:+ matching $2}, expected $1"
}

# expect_file_absent PATH...
expect_absent() {
    for f in "$@"; do
        checks=$((checks + 1))
        [ ! -e "$f" ] || fail "$f exists"
    done
}

finish() {
    echo "$checks checks, $failures failed"
    [ "$failures" -eq 0 ] || exit 1
    exit 0
}
