#!/usr/bin/env bash
# Cold-process benchmark (issue 19): times the built product's own `itot` as users run it, a new JVM
# per command, against `itot help` measured in the same run. Prints markdown rows for docs/BENCHMARKS.md.
#   bash releng/scripts/benchmark-cold.sh [ASSETS] [RUNS]      (also: bash releng/scripts/benchmark.sh cold ...)
# Defaults: the 10,000-asset synthetic plant, 3 runs of each command, interleaved (help, validate,
# help, validate, ...) so a load change on a shared machine hits both sides alike. Wall and CPU
# (user + system of the process and its children) come from bash's `time`; medians of the runs.
# ITOT_PRODUCT_DIR picks another installation; ITOT_VMARGS passes VM arguments to every run (to try a
# lever without rebuilding). The product is built (tests skipped) if there is none.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
assets=${1:-10000}
runs=${2:-3}
product=${ITOT_PRODUCT_DIR:-$repo/releng/org.itot.product/target/products/org.itot.product/linux/gtk/x86_64}
if [ ! -x "$product/itot" ]; then
    source "$repo/releng/scripts/toolchain.sh"
    itot_log "no product at $product: building it (mvn verify, tests skipped)"
    (cd "$repo" && mvn -B -ntp -q -DskipTests verify)
fi
itot="$product/itot"

work=$(mktemp -d "${TMPDIR:-/tmp}/itot-cold.XXXXXX")
trap 'rm -rf "$work"' EXIT
# A configuration folder of its own, like a user's after the first start: the first run below fills
# Equinox's caches (bundle resolution), as the first start after installing does, and is not counted.
export ITOT_CONFIGURATION="$work/configuration"

# timed NAME COMMAND...: runs the command, output discarded, appends "wall cpu" (seconds) to $work/NAME.
# Exit status 1 of validate means "findings at error level", a result, not a failure.
timed() {
    local name=$1 status times
    shift
    times=$( { TIMEFORMAT='%3R %3U %3S'; time "$@" >/dev/null 2>"$work/stderr"; } 2>&1 ) && status=0 || status=$?
    # `time` reports on the last line; a failing command leaves its status in the compound's status.
    if [ "$status" -gt 1 ]; then
        echo "benchmark-cold: '$*' failed with status $status:" >&2
        cat "$work/stderr" >&2
        exit 1
    fi
    echo "$times" | tail -n 1 | awk '{ printf "%.3f %.3f\n", $1, $2 + $3 }' >>"$work/$name"
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
column() { cut -d ' ' -f "$2" "$work/$1"; }
list() { column "$1" "$2" | paste -sd ' ' | sed 's/ /, /g'; }

plant="$work/plant.itot"
first_start=$( { TIMEFORMAT='%3R'; time "$itot" help >/dev/null; } 2>&1 | tail -n 1)
"$itot" new --synthetic "$assets" -o "$plant" >/dev/null
for _ in $(seq "$runs"); do
    timed help "$itot" help
    timed validate "$itot" validate "$plant"
done

help_wall=$(column help 1 | median)
help_cpu=$(column help 2 | median)
validate_wall=$(column validate 1 | median)
validate_cpu=$(column validate 2 | median)
ratio() { awk "BEGIN { printf \"%.1f\", $1 / $2 }"; }
echo "| figure | value | baseline (same run) | ratio |"
echo "|---|---|---|---|"
echo "| cold \`itot validate\` of the $assets-asset plant ($(du -m "$plant" | cut -f1) MB), wall, median of $runs (runs: $(list validate 1) s) | ${validate_wall} s | \`itot help\`, wall, median of $runs (runs: $(list help 1) s): ${help_wall} s | $(ratio "$validate_wall" "$help_wall") |"
echo "| cold \`itot validate\`, CPU (user + system), median of $runs (runs: $(list validate 2) s) | ${validate_cpu} s | \`itot help\`, CPU (runs: $(list help 2) s): ${help_cpu} s | $(ratio "$validate_cpu" "$help_cpu") |"
echo "| first \`itot help\` with an empty configuration folder (Equinox resolves and caches the bundles), wall | ${first_start} s | later \`itot help\`, wall, median: ${help_wall} s | $(ratio "$first_start" "$help_wall") |"
