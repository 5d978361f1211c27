#!/usr/bin/env bash
# Smoke run of every benchmark with tiny sizes (issue 19, goal 5): proves in CI that each one still
# compiles, starts on the classpath the build resolved and prints its table rows, so the published
# figures stay reproducible. Measures nothing; sizes are chosen for seconds, not for meaning.
#   bash releng/tests/benchmark-smoke.sh        (test.sh runs it after the build; the cold benchmark needs the product)
# Prints one line per benchmark and a last line "benchmark-smoke: N passed, M failed"; exits 1 if any failed.
set -uo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/itot-benchmark-smoke.XXXXXX")
trap 'rm -rf "$work"' EXIT
passed=0
failed=0

# smoke NAME ARGS...: runs `benchmark.sh NAME ARGS...`; it passes if it exits 0 and prints a table row.
smoke() {
    local name=$1 status
    ITOT_BENCH_HEAP=512m bash "$repo/releng/scripts/benchmark.sh" "$@" >"$work/out" 2>"$work/err"
    status=$?
    if [ "$status" -ne 0 ]; then
        echo "not ok - benchmark $name: exit status $status: $(tail -n 5 "$work/err")"
        failed=$((failed + 1))
    elif ! grep -q '^| .* |$' "$work/out"; then
        echo "not ok - benchmark $name: no table row in its output: $(head -c 500 "$work/out")"
        failed=$((failed + 1))
    else
        echo "ok - benchmark $name ($(grep -c '^| ' "$work/out") rows)"
        passed=$((passed + 1))
    fi
}

smoke model-io 50 1
smoke validation 50
smoke live 50
smoke layout 50 20 1
smoke drawing 50
smoke excel 50 1
smoke paths 50
smoke scale 40 80 1
smoke repaint 50 50
smoke first-paint 50 1
smoke threat "$repo/bundles/org.itot.attack/data/ics-attack-18.1.json" 50 1
smoke merge 50 5 1
smoke reconcile 50 1
smoke capture 50 1
smoke cold 50 1
smoke ocl-java 50
smoke phases 50 1
smoke cold-load 50 1

echo "benchmark-smoke: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
