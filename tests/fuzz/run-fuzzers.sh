#!/bin/sh
# run-fuzzers.sh SECONDS NAME... -- runs each libFuzzer harness over its
# committed corpus (tests/fuzz/corpus/NAME, read-only: new inputs go to a
# scratch folder) for SECONDS. A crash leaves crash-* in tests/fuzz/ and a
# non-zero exit; commit it as a regression input under corpus/NAME.
# The PRNG seed is fixed (FUZZ_SEED, default 1) so that CI runs repeat;
# set FUZZ_SEED=0 for a random one when hunting.
set -eu
secs=$1
shift
here=$(cd "$(dirname "$0")" && pwd)
status=0
for name in "$@"; do
    scratch=$(mktemp -d)
    echo "== $name: ${secs}s =="
    log="$scratch.log"
    if ! "./tests/fuzz/$name" -seed="${FUZZ_SEED:-1}" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="tests/fuzz/$name-" "$scratch" "$here/corpus/$name" >"$log" 2>&1; then
        status=1
        tail -n 40 "$log"
    else
        tail -n 2 "$log"
    fi
    rm -f "$log"
    rm -rf "$scratch"
done
exit $status
