#!/usr/bin/env bash
# Builds the product if needed and starts ITOT Architect on the bundled sample model.
#   bash releng/scripts/run-app.sh                         open the app (on a virtual display if there is none)
#   bash releng/scripts/run-app.sh MODEL.itot              open the app on another model
#   bash releng/scripts/run-app.sh --screenshot OUT.png    start, wait for the window, save a screenshot, quit
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
source "$repo/releng/scripts/toolchain.sh"

screenshot=""
if [ "${1:-}" = "--screenshot" ]; then
    screenshot=$(readlink -f "${2:?--screenshot needs a file name}")
    shift 2
fi
product="$repo/releng/org.itot.product/target/products/org.itot.product/linux/gtk/x86_64"
model="${1:-$product/samples/water-treatment.itot}"

# Rebuild when any source is newer than the product (Tycho itself always rebuilds everything).
if [ ! -x "$product/itot" ] || [ -n "$(find "$repo/bundles" "$repo/features" "$repo/releng/org.itot.product" "$repo/targetplatform" \
        -newer "$product/itot" -type f -not -path '*/target/*' -not -path '*/bin/*' -print -quit)" ]; then
    itot_log "building the product (mvn verify, tests skipped)"
    (cd "$repo" && mvn -B -ntp -q -DskipTests verify)
fi
[ -x "$product/itot" ] || itot_die "the build did not produce $product/itot"

if [ -z "${DISPLAY:-}" ]; then
    itot_ui_packages
    display=":$((90 + RANDOM % 100))"
    itot_log "no display: starting Xvfb on $display"
    Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    trap 'kill $xvfb_pid 2>/dev/null || true' EXIT
    export DISPLAY=$display
    sleep 1
fi

if [ -z "$screenshot" ]; then
    "$product/itot" "$model"
    exit $?
fi

marker=$(mktemp -u /tmp/itot-started.XXXXXX)
ITOT_VMARGS="-Ditot.startupMarker=$marker ${ITOT_VMARGS:-}" "$product/itot" "$model" &
app_pid=$!
for _ in $(seq 1 120); do
    [ -f "$marker" ] && break
    kill -0 "$app_pid" 2>/dev/null || itot_die "ITOT Architect exited before its window was up"
    sleep 0.5
done
[ -f "$marker" ] || itot_die "no window after 60 s"
sleep 2   # let the first paint of every view finish
import -window root "$screenshot"
itot_log "screenshot saved to $screenshot"
rm -f "$marker"
kill -TERM "$app_pid"
wait "$app_pid" || true
