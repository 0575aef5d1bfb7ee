#!/bin/bash
# bench/run.sh -- rapporteur's benchmark: the theme-count job of
# ../shared/bench timed side by side with the peers researchers use, in one
# run on one machine, and the figures issue 7 asks for.
#
#   bench/run.sh                 (or `make bench` from the build tree)
#
# Environment: RAPPORTEUR (the binary; default ./rapporteur), SHARED (default
# ../shared beside the source tree), BENCH_WORK (scratch, default
# /tmp/rapporteur-bench), RUNS (rounds of timed runs, default 3), BIG=1 to add the
# 500 MB scaling point (needs ~0.5 GB of disk and a few minutes).
#
# What it prints, each as a ratio measured in this run:
#  1. count -p themes --lexicon themes.tsv --overlap all --wide, -j 1 and -j 2,
#     against py_pystemmer (the fastest peer) and wc -w; the table must equal
#     py_pystemmer's cell for cell (checked first);
#  2. annotate with the three built-in plugins, JSON Lines, MB/s per thread;
#  3. peak RSS of count and annotate at 10, 50 (and 500) MB;
#  4. the load time of a generated 100,000-entry lexicon;
#  5. pathological inputs (one 20 MB line, a 10 MB word, 200,000 tiny
#     paragraphs, runs of footnote markers) in ns per byte against normal text.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/.." && pwd)
RAP=${RAPPORTEUR:-./rapporteur}
RAP=$(cd "$(dirname "$RAP")" && pwd)/$(basename "$RAP")
SHARED=${SHARED:-$src/../shared}
WORK=${BENCH_WORK:-/tmp/rapporteur-bench}
RUNS=${RUNS:-3}
PY=/usr/bin/python3
THEMES=$SHARED/bench/themes.tsv
mkdir -p "$WORK"

for tool in hyperfine /usr/bin/time "$PY"; do
    command -v "$tool" >/dev/null || { echo "bench: missing $tool (apt-get install hyperfine time python3)" >&2; exit 2; }
done
"$PY" -c 'import Stemmer' 2>/dev/null || { echo "bench: missing python3-stemmer (apt-get install python3-stemmer)" >&2; exit 2; }
[ -f "$THEMES" ] || { echo "bench: $THEMES not found (set SHARED=...)" >&2; exit 2; }

corpus() { # corpus MB -> dir
    local dir=$WORK/corpus$1
    [ -d "$dir" ] || "$PY" "$SHARED/bench/make-corpus.py" --out "$dir" --total-mb "$1" >/dev/null
    echo "$dir"
}
mbytes() { du -sb --apparent-size "$1" | awk '{print $1/1e6}'; }
median() { # hyperfine json... -> median seconds over all their runs
    "$PY" -c 'import json,sys,statistics; print("%.4f" % statistics.median(t for f in sys.argv[1:] for t in json.load(open(f))["results"][0]["times"]))' "$@"
}
peak_rss_mb() { # command... -> peak RSS in MB
    /usr/bin/time -f %M -o "$WORK/rss" "$@" >/dev/null 2>"$WORK/rss.err" || { cat "$WORK/rss.err" >&2; return 1; }
    awk '{printf "%.1f", $1/1024}' "$WORK/rss"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN{printf "%.2f", a/b}'; }

C50=$(corpus 50)
C10=$(corpus 10)
MB50=$(mbytes "$C50")
echo "machine: $(nproc) cores, $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -r)"
echo "corpus: $C50 ($MB50 MB, $(ls "$C50" | wc -l) documents)"
echo

# ---- 1. correctness first: the same table as py_pystemmer ------------------
COUNT=("$RAP" count -p themes --lexicon "$THEMES" --overlap all --wide --format tsv --quiet)
"${COUNT[@]}" -j 1 "$C50" > "$WORK/rapporteur.tsv"
"$PY" "$SHARED/bench/peers/py_pystemmer.py" "$C50" "$THEMES" > "$WORK/py_pystemmer.tsv"
if cmp -s "$WORK/rapporteur.tsv" "$WORK/py_pystemmer.tsv"; then
    echo "table: identical to py_pystemmer ($(($(wc -l < "$WORK/rapporteur.tsv") - 1)) documents x $(head -1 "$WORK/rapporteur.tsv" | awk -F'\t' '{print NF-1}') themes)"
else
    echo "table: DIFFERS from py_pystemmer:" >&2
    diff "$WORK/py_pystemmer.tsv" "$WORK/rapporteur.tsv" | head -20 >&2
    exit 1
fi
echo

# ---- 2. timings, side by side, interleaved --------------------------------
# The machine's speed drifts (a shared host: 10% within minutes), so the jobs
# are not timed one after the other: each round runs every job once, in
# turn, and the ratios come from the medians over RUNS rounds, after one
# round of warm-up.  A slow minute then slows every job alike.
names=(py wc j1 j2 ann)
cmds=("$PY $SHARED/bench/peers/py_pystemmer.py $C50 $THEMES"
      "cat $C50/*.txt | wc -w"
      "${COUNT[*]} -j 1 $C50"
      "${COUNT[*]} -j 2 $C50"
      "$RAP annotate --quiet -j 1 -o $WORK/ann.jsonl $C50")
rm -f "$WORK"/t_*.json
for round in $(seq 0 "$RUNS"); do
    for k in "${!names[@]}"; do
        hyperfine --runs 1 --style none --export-json "$WORK/t_${names[k]}_$round.json" "${cmds[k]}" >/dev/null
    done
done
rm -f "$WORK"/t_*_0.json   # the warm-up round
t_py=$(median "$WORK"/t_py_*.json); t_wc=$(median "$WORK"/t_wc_*.json)
t_j1=$(median "$WORK"/t_j1_*.json); t_j2=$(median "$WORK"/t_j2_*.json); t_ann=$(median "$WORK"/t_ann_*.json)
H="hyperfine --runs $RUNS --warmup 1 --style none --export-json"   # the other timings
printf '%-44s %9s %9s\n' "job (50 MB corpus, median of $RUNS rounds)" "seconds" "MB/s"
for row in "py_pystemmer (fastest peer):$t_py" "wc -w (limit):$t_wc" "rapporteur count -j 1:$t_j1" \
           "rapporteur count -j 2:$t_j2" "rapporteur annotate, 3 plugins, jsonl, -j 1:$t_ann"; do
    printf '%-44s %9.3f %9.1f\n' "${row%:*}" "${row##*:}" "$(awk -v m="$MB50" -v t="${row##*:}" 'BEGIN{print m/t}')"
done
echo
echo "count -j 1 vs py_pystemmer:  $(ratio "$t_py" "$t_j1")x faster   (target >= 5)"
echo "count -j 1 vs wc -w:         $(ratio "$t_wc" "$t_j1")x           (target >= 1: no slower)"
echo "count -j 2 vs -j 1:          $(ratio "$t_j1" "$t_j2")x           (target >= 1.7)"
echo "annotate per thread:         $(awk -v m="$MB50" -v t="$t_ann" 'BEGIN{printf "%.1f", m/t}') MB/s     (target >= 50)"
echo

# ---- 3. memory -------------------------------------------------------------
sizes="10 50"
[ "${BIG:-0}" = 1 ] && sizes="10 50 500"
printf '%-10s %16s %19s\n' "corpus" "count RSS (MB)" "annotate RSS (MB)"
for mb in $sizes; do
    c=$(corpus "$mb")
    printf '%-10s %16s %19s\n' "${mb} MB" "$(peak_rss_mb "${COUNT[@]}" -j 2 "$c")" \
        "$(peak_rss_mb "$RAP" annotate --quiet -j 2 -o "$WORK/ann.jsonl" "$c")"
done
echo "(target: < 64 MB and flat)"
echo

# ---- 4. a 100,000-entry lexicon ---------------------------------------------
"$PY" "$here/genlex.py" 100000 > "$WORK/lex100k.lex"
$H "$WORK/t_lex.json" "$RAP lexicon check --quiet $WORK/lex100k.lex" >/dev/null
echo "100,000-entry lexicon: check (load + compile) $(median "$WORK/t_lex.json") s   (target < 0.5)"
echo

# ---- 5. pathological inputs --------------------------------------------------
P=$WORK/patho; mkdir -p "$P"
"$PY" "$here/genpatho.py" "$P"
$H "$WORK/t_norm.json" "$RAP annotate --quiet -j 1 -o /dev/null $C10" >/dev/null
base=$(awk -v t="$(median "$WORK/t_norm.json")" -v m="$(mbytes "$C10")" 'BEGIN{print t/m}')
printf '%-28s %12s %8s\n' "input" "s per MB" "x normal"
printf '%-28s %12.4f %8s\n' "normal text (10 MB)" "$base" "1.00"
for f in "$P"/*.txt; do
    $H "$WORK/t_p.json" "$RAP annotate --quiet -j 1 -o /dev/null $f" >/dev/null
    spm=$(awk -v t="$(median "$WORK/t_p.json")" -v m="$(mbytes "$f")" 'BEGIN{print t/m}')
    printf '%-28s %12.4f %8s\n' "$(basename "$f" .txt)" "$spm" "$(ratio "$spm" "$base")"
done
echo "(target: at most about 2x normal)"
