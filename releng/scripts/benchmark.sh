#!/usr/bin/env bash
# Runs a plain-Java benchmark (releng/benchmarks) against the built bundles, outside OSGi, and prints
# markdown table rows for docs/BENCHMARKS.md. Builds the benchmarks and the bundles first if they are
# missing or older than their sources. releng/tests/benchmark-smoke.sh runs every one with tiny sizes in CI.
#   bash releng/scripts/benchmark.sh model-io [ASSETS] [ROUNDS]
#   bash releng/scripts/benchmark.sh validation [ASSETS...]
#   bash releng/scripts/benchmark.sh live [ASSETS...]
#   bash releng/scripts/benchmark.sh layout [ASSETS] [FLOWS] [ROUNDS]
#   bash releng/scripts/benchmark.sh drawing [ASSETS]
#   bash releng/scripts/benchmark.sh excel [ASSETS] [ROUNDS]
#   bash releng/scripts/benchmark.sh paths [ASSETS]
#   bash releng/scripts/benchmark.sh scale [SMALL] [LARGE] [ROUNDS]   load and Excel export, small against large plant
# ITOT_BENCH_HEAP sets the JVM's maximum heap (default 4g), e.g. 512m to prove a memory bound.
#   bash releng/scripts/benchmark.sh repaint [NODES] [EDGES]
#   bash releng/scripts/benchmark.sh first-paint [ASSETS] [ROUNDS]
#   bash releng/scripts/benchmark.sh threat [ICS_ATTACK_JSON] [ASSETS] [ROUNDS]
#   bash releng/scripts/benchmark.sh cold [ASSETS] [RUNS]    the product's own `itot`, a new process per command
#                                                            (releng/scripts/benchmark-cold.sh)
#   bash releng/scripts/benchmark.sh reconcile [ASSETS] [MEGABYTES]
#   bash releng/scripts/benchmark.sh capture [ASSETS] [MEGABYTES]      reconcile --traffic of a generated pcap
#   bash releng/scripts/benchmark.sh ocl-java [ASSETS]     five rules in OCL against the same in Java, one thread, CPU
#   bash releng/scripts/benchmark.sh phases [ASSETS] [ROUNDS]   a cold JVM's load, parse, validate and report phases
#   bash releng/scripts/benchmark.sh cold-load [ASSETS] [RUNS]  first load in a fresh JVM, ours against plain EMF
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
source "$repo/releng/scripts/toolchain.sh"

case "${1:-}" in
    model-io) main=org.itot.benchmarks.ModelIoBenchmark ;;
    validation) main=org.itot.benchmarks.ValidationBenchmark ;;
    live) main=org.itot.benchmarks.LiveValidationBenchmark ;;
    layout) main=org.itot.benchmarks.LayoutBenchmark ;;
    drawing) main=org.itot.benchmarks.DrawingBenchmark ;;
    excel) main=org.itot.benchmarks.ExcelBenchmark ;;
    paths) main=org.itot.benchmarks.PathsBenchmark ;;
    scale) main=org.itot.benchmarks.ScaleBenchmark ;;
    repaint) main=org.itot.benchmarks.RepaintBenchmark ;;
    first-paint) main=org.itot.benchmarks.FirstPaintBenchmark ;;
    threat) main=org.itot.benchmarks.ThreatBenchmark ;;
    reconcile) main=org.itot.benchmarks.ReconcileBenchmark ;;
    capture) main=org.itot.benchmarks.CaptureBenchmark ;;
    merge) main=org.itot.benchmarks.MergeBenchmark ;;
    ocl-java) main=org.itot.benchmarks.OclAgainstJavaCpu ;;
    phases) main=org.itot.benchmarks.ValidationPhases ;;
    cold-load) main=org.itot.benchmarks.ColdModelLoad ;;
    cold) shift; exec bash "$repo/releng/scripts/benchmark-cold.sh" "$@" ;;
    *) itot_die "usage: benchmark.sh model-io|validation|live|layout|drawing|excel|paths|scale|threat|repaint|first-paint|merge|reconcile|capture|ocl-java|phases|cold-load|cold [arguments]" ;;
esac
shift

# The benchmarks are a bundle of the build (releng/benchmarks): Maven compiles them against the target
# platform and writes the classpath Tycho resolved for them to target/classpath.txt, so this script holds
# no list of jars that could drift from targetplatform/org.itot.target. They run as plain Java, outside OSGi.
module="$repo/releng/benchmarks"
classes="$module/target/classes"
classpath_file="$module/target/classpath.txt"
# Built when missing, and again when a source of the benchmarks or of a bundle changed since.
if [ ! -s "$classpath_file" ] || [ ! -d "$classes" ] || [ -n "$(find "$repo/bundles" "$module/src" "$module/META-INF" \
        "$repo/targetplatform" -newer "$classpath_file" -type f \( -name '*.java' -o -name '*.MF' -o -name '*.ocl' \
        -o -name '*.target' \) -not -path '*/target/*' -print -quit)" ]; then
    itot_log "building the benchmarks and the bundles they use (mvn verify -pl releng/benchmarks -am, tests skipped)"
    (cd "$repo" && mvn -B -ntp -q -DskipTests verify -pl releng/benchmarks -am)
    touch "$classpath_file"
fi
classpath="$classes:$(cat "$classpath_file")"
java_args=("-Xmx${ITOT_BENCH_HEAP:-4g}" -Djava.awt.headless=true -cp "$classpath")
case "$main" in
    *.OclAgainstJavaCpu) exec java "${java_args[@]}" -Ditot.validation.threads=1 "$main" "${1:-10000}" ;;
    *.ValidationPhases | *.ColdModelLoad)
        # Cold figures need a fresh JVM per measurement: the plant is written once, by a JVM of its own.
        plant_dir=$(mktemp -d "${TMPDIR:-/tmp}/itot-bench-plant.XXXXXX")
        trap 'rm -rf "$plant_dir"' EXIT
        java "${java_args[@]}" org.itot.benchmarks.ColdModelLoad write "${1:-10000}" "$plant_dir"
        if [ "$main" = org.itot.benchmarks.ValidationPhases ]; then
            java "${java_args[@]}" "$main" "$plant_dir/plant.itot" "$plant_dir/report.json" "${2:-3}"
        else
            for _ in $(seq 1 "${2:-3}"); do
                java "${java_args[@]}" "$main" ours "$plant_dir/plant.itot"
                java "${java_args[@]}" "$main" plain "$plant_dir/plant.xmi"
            done
        fi
        exit 0 ;;
esac
exec java "${java_args[@]}" "$main" "$@"
