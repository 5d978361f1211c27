#!/usr/bin/env bash
# Runs a plain-Java benchmark (releng/benchmarks) against the built bundles, outside OSGi, and prints
# markdown table rows for docs/BENCHMARKS.md. Builds the bundles first if they are missing.
#   bash releng/scripts/benchmark.sh model-io [ASSETS] [ROUNDS]
#   bash releng/scripts/benchmark.sh validation [ASSETS...]
#   bash releng/scripts/benchmark.sh layout [ASSETS] [FLOWS] [ROUNDS]
#   bash releng/scripts/benchmark.sh drawing [ASSETS]
#   bash releng/scripts/benchmark.sh excel [ASSETS] [ROUNDS]
#   bash releng/scripts/benchmark.sh paths [ASSETS]
# ITOT_BENCH_HEAP sets the JVM's maximum heap (default 4g), e.g. 512m to prove a memory bound.
#   bash releng/scripts/benchmark.sh repaint [NODES] [EDGES]
#   bash releng/scripts/benchmark.sh first-paint [ASSETS] [ROUNDS]
#   bash releng/scripts/benchmark.sh threat [ICS_ATTACK_JSON] [ASSETS] [ROUNDS]
#   bash releng/scripts/benchmark.sh reconcile [ASSETS] [MEGABYTES]
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
source "$repo/releng/scripts/toolchain.sh"

case "${1:-}" in
    model-io) main=org.itot.benchmarks.ModelIoBenchmark ;;
    validation) main=org.itot.benchmarks.ValidationBenchmark ;;
    layout) main=org.itot.benchmarks.LayoutBenchmark ;;
    drawing) main=org.itot.benchmarks.DrawingBenchmark ;;
    excel) main=org.itot.benchmarks.ExcelBenchmark ;;
    paths) main=org.itot.benchmarks.PathsBenchmark ;;
    repaint) main=org.itot.benchmarks.RepaintBenchmark ;;
    first-paint) main=org.itot.benchmarks.FirstPaintBenchmark ;;
    threat) main=org.itot.benchmarks.ThreatBenchmark ;;
    reconcile) main=org.itot.benchmarks.ReconcileBenchmark ;;
    *) itot_die "usage: benchmark.sh model-io|validation|layout|drawing|excel|paths|threat|reconcile|repaint|first-paint [arguments]" ;;
esac
shift

jar_of() { ls "$repo/bundles/$1/target/$1-"*.jar 2>/dev/null | grep -v sources | head -n 1; }
bundles=(org.itot.model org.itot.model.edit org.itot.analysis org.itot.attack org.itot.validation org.itot.layout org.itot.render org.itot.export.drawing org.itot.export.excel org.itot.asbuilt)
for bundle in "${bundles[@]}"; do
    if [ -z "$(jar_of "$bundle")" ]; then
        itot_log "building the bundles (mvn verify, tests skipped)"
        (cd "$repo" && mvn -B -ntp -q -DskipTests verify -pl "$(printf 'bundles/%s,' "${bundles[@]}" | sed 's/,$//')")
        break
    fi
done

# The same third-party versions as targetplatform/org.itot.target.
m2="${HOME}/.m2/repository"
third_party=(
    org/eclipse/emf/org.eclipse.emf.common/2.46.0/org.eclipse.emf.common-2.46.0.jar
    org/eclipse/emf/org.eclipse.emf.ecore/2.43.0/org.eclipse.emf.ecore-2.43.0.jar
    org/eclipse/emf/org.eclipse.emf.ecore.xmi/2.41.0/org.eclipse.emf.ecore.xmi-2.41.0.jar
    org/eclipse/ocl/3.4.0-v20140524-1358/ocl-3.4.0-v20140524-1358.jar
    org/eclipse/ocl/ecore/3.3.0-v20130520-1222/ecore-3.3.0-v20130520-1222.jar
    org/eclipse/ocl/common/1.2.0-v20140528-1458/common-1.2.0-v20140528-1458.jar
    lpg/runtime/java/2.0.17-v201004271640/java-2.0.17-v201004271640.jar
    org/eclipse/emf/org.eclipse.emf.edit/2.23.0/org.eclipse.emf.edit-2.23.0.jar
    org/eclipse/platform/org.eclipse.equinox.common/3.21.0/org.eclipse.equinox.common-3.21.0.jar
    org/eclipse/elk/org.eclipse.elk.core/0.12.1/org.eclipse.elk.core-0.12.1.jar
    org/eclipse/elk/org.eclipse.elk.graph/0.12.1/org.eclipse.elk.graph-0.12.1.jar
    org/eclipse/elk/org.eclipse.elk.alg.common/0.12.1/org.eclipse.elk.alg.common-0.12.1.jar
    org/eclipse/elk/org.eclipse.elk.alg.layered/0.12.1/org.eclipse.elk.alg.layered-0.12.1.jar
    org/eclipse/xtext/org.eclipse.xtext.xbase.lib/2.44.0/org.eclipse.xtext.xbase.lib-2.44.0.jar
    com/google/guava/guava/33.8.0-jre/guava-33.8.0-jre.jar
    com/google/guava/failureaccess/1.0.3/failureaccess-1.0.3.jar
    org/apache/pdfbox/pdfbox/3.0.8/pdfbox-3.0.8.jar
    org/apache/pdfbox/pdfbox-io/3.0.8/pdfbox-io-3.0.8.jar
    org/apache/pdfbox/fontbox/3.0.8/fontbox-3.0.8.jar
    commons-logging/commons-logging/1.4.0/commons-logging-1.4.0.jar
    org/apache/poi/poi/5.5.1/poi-5.5.1.jar
    org/apache/poi/poi-ooxml/5.5.1/poi-ooxml-5.5.1.jar
    org/apache/poi/poi-ooxml-lite/5.5.1/poi-ooxml-lite-5.5.1.jar
    org/apache/xmlbeans/xmlbeans/5.3.0/xmlbeans-5.3.0.jar
    commons-io/commons-io/2.21.0/commons-io-2.21.0.jar
    org/apache/commons/commons-compress/1.28.0/commons-compress-1.28.0.jar
    org/apache/commons/commons-collections4/4.5.0/commons-collections4-4.5.0.jar
    commons-codec/commons-codec/1.20.0/commons-codec-1.20.0.jar
    org/apache/commons/commons-math3/3.6.1/commons-math3-3.6.1.jar
    com/zaxxer/SparseBitSet/1.3/SparseBitSet-1.3.jar
    org/apache/logging/log4j/log4j-api/2.24.3/log4j-api-2.24.3.jar
    com/google/code/gson/gson/2.13.2/gson-2.13.2.jar
)
classpath=$(for bundle in "${bundles[@]}"; do printf '%s:' "$(jar_of "$bundle")"; done)
classpath=${classpath%:}
for jar in "${third_party[@]}"; do
    [ -f "$m2/$jar" ] || itot_die "missing $m2/$jar; run the build once (bash releng/scripts/test.sh) to fetch it"
    classpath="$classpath:$m2/$jar"
done

classes="$repo/releng/benchmarks/target/classes"
rm -rf "$classes" && mkdir -p "$classes"
# Only the chosen benchmark and what it uses: one benchmark that no longer compiles does not stop the others.
javac --release 21 -nowarn -d "$classes" -cp "$classpath" -sourcepath "$repo/releng/benchmarks/src" \
    "$repo/releng/benchmarks/src/${main//.//}.java"
exec java "-Xmx${ITOT_BENCH_HEAP:-4g}" -Djava.awt.headless=true -cp "$classes:$classpath" "$main" "$@"
