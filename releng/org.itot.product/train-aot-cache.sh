#!/usr/bin/env bash
# Trains the JDK's ahead-of-time cache for the product (issue 19; JEP 483/514/515, Java 25+): one
# representative `itot validate` of a synthetic plant records the classes the command line loads and
# links and the methods it runs hot; the JVM writes them to itot.aot in the installation folder, and the
# `itot` script starts with it. Run by the product build (pom.xml) after the product is materialised and
# before it is archived, with the JDK the build runs on.
#   bash train-aot-cache.sh PRODUCT_DIR JAVA
# ITOT_AOT_TRAINING_ASSETS sets the size of the training plant (default 1000; see docs/BENCHMARKS.md,
# issue 19's levers, for what a larger one was measured to give).
# A JDK older than 25 trains nothing (the product then starts without a cache, as before).
set -euo pipefail
product=$1
java=$2
release="$(dirname "$(dirname "$(readlink -f "$java")")")/release"
major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release" 2>/dev/null || true)
rm -f "$product/itot.aot"
if [ -z "$major" ] || [ "$major" -lt 25 ]; then
    echo "[itot] no AOT cache: $java is Java ${major:-of unknown version}, the cache needs Java 25 or newer"
    exit 0
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/itot-aot-training.XXXXXX")
trap 'rm -rf "$work"' EXIT
export ITOT_JAVA="$java" ITOT_CONFIGURATION="$work/configuration" HOME="$work"
unset ITOT_VMARGS ITOT_HEAP ITOT_CLI_HEAP
"$product/itot" new --synthetic "${ITOT_AOT_TRAINING_ASSETS:-1000}" -o "$work/plant.itot" >/dev/null
status=0
# Trained at the JVM's default compile thresholds (the `itot` script raises them for commands): the
# training records method profiles from more of the methods the command runs.
ITOT_VMARGS="-XX:CompileThresholdScaling=1 -XX:AOTCacheOutput=$product/itot.aot" "$product/itot" validate "$work/plant.itot" >"$work/out" 2>&1 || status=$?
# Exit status 1 is "findings at error level": the run was complete.
if [ "$status" -gt 1 ] || [ ! -s "$product/itot.aot" ]; then
    cat "$work/out" >&2
    echo "[itot] ERROR: training the AOT cache failed (status $status)" >&2
    exit 1
fi
echo "[itot] AOT cache trained: $product/itot.aot ($(( $(stat -c %s "$product/itot.aot") / 1048576 )) MB, Java $major)"
