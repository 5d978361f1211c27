#!/usr/bin/env bash
# Foundation benchmarks for docs/BENCHMARKS.md: cold and warm build+test, and start-up time of the
# product to a usable window (median of 5). Each figure comes with a baseline measured in the same run.
#   bash releng/scripts/benchmark-foundation.sh [--skip-cold]
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
cd "$repo"
source releng/scripts/toolchain.sh
source releng/scripts/desktop.sh
itot_ui_packages

now_ms() { date +%s%3N; }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
build() { xvfb-run -a -s "-screen 0 1600x1000x24" mvn -B -ntp -q clean verify "$@" >/dev/null; }

echo "| figure | value | baseline (same run) | ratio |"
echo "|---|---|---|---|"

# Baseline for the builds: compiling and packaging without running any test.
t0=$(now_ms); build -DskipTests; no_tests_ms=$(( $(now_ms) - t0 ))

if [ "${1:-}" != "--skip-cold" ]; then
    cold_repo=$(mktemp -d /tmp/itot-cold-repo.XXXXXX)
    t0=$(now_ms); build -Dmaven.repo.local="$cold_repo"; cold_ms=$(( $(now_ms) - t0 ))
    downloaded=$(du -sm "$cold_repo" | cut -f1)
    rm -rf "$cold_repo"
    echo "| cold build + all tests (empty local Maven repository, ${downloaded} MB downloaded) | $((cold_ms / 1000)) s | warm build without tests: $((no_tests_ms / 1000)) s | $(awk "BEGIN { printf \"%.1f\", $cold_ms / $no_tests_ms }") |"
fi
t0=$(now_ms); build; warm_ms=$(( $(now_ms) - t0 ))
echo "| warm build + all tests | $((warm_ms / 1000)) s | warm build without tests: $((no_tests_ms / 1000)) s | $(awk "BEGIN { printf \"%.1f\", $warm_ms / $no_tests_ms }") |"

# Start-up: launch to usable workbench window, against the bare JVM start on the same machine.
itot_virtual_display
startups=(); jvms=()
for _ in 1 2 3 4 5; do
    itot_launch_and_wait "$ITOT_PRODUCT_DIR/samples/water-treatment.itot"
    startups+=("$ITOT_STARTUP_MS")
    itot_close_app
    t0=$(now_ms); "$JAVA_HOME/bin/java" -version 2>/dev/null; jvms+=($(( $(now_ms) - t0 )))
done
startup=$(printf '%s\n' "${startups[@]}" | median)
jvm=$(printf '%s\n' "${jvms[@]}" | median)
echo "| start-up to usable window, median of 5 (runs: ${startups[*]} ms) | $startup ms | bare JVM start (java -version), median: $jvm ms | $(awk "BEGIN { printf \"%.0f\", $startup / $jvm }") |"
