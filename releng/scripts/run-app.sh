#!/usr/bin/env bash
# Builds the product if needed and starts ITOT Architect on the Purdue reference architecture.
#   bash releng/scripts/run-app.sh                         open the app on the Purdue reference architecture
#                                                          (on a virtual display if there is none)
#   bash releng/scripts/run-app.sh MODEL.itot              open the app on another model
#   bash releng/scripts/run-app.sh --screenshot OUT.png    start, wait for the window, save a screenshot, close it
#                                                          (ITOT_SCREENSHOT_DELAY seconds to wait, ITOT_SCREENSHOT_KEYS
#                                                          keys to type first, e.g. "ctrl+m" to maximise the editor;
#                                                          ITOT_SCREENSHOT_CLOSE_KEYS keys to type after it, e.g.
#                                                          "Escape" to close a dialog the first keys opened)
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
source "$repo/releng/scripts/toolchain.sh"
source "$repo/releng/scripts/desktop.sh"

screenshot=""
if [ "${1:-}" = "--screenshot" ]; then
    screenshot=$(readlink -f "${2:?--screenshot needs a file name}")
    shift 2
fi
model_argument="${1:-}"

# Rebuild when any source is newer than the product (Tycho itself always rebuilds everything).
stamp="$ITOT_PRODUCT_DIR/configuration/config.ini"   # written anew by every product build
if [ ! -f "$stamp" ] || [ -n "$(find "$repo/bundles" "$repo/features" "$repo/releng/org.itot.product" "$repo/targetplatform" \
        -newer "$stamp" -type f -not -path '*/target/*' -not -path '*/bin/*' -print -quit)" ]; then
    itot_log "building the product (mvn verify, tests skipped)"
    (cd "$repo" && mvn -B -ntp -q -DskipTests verify)
fi
[ -x "$ITOT_PRODUCT_DIR/itot" ] || itot_die "the build did not produce $ITOT_PRODUCT_DIR/itot"

# The default model is the Purdue reference template, written by the product's own command line:
# exactly what `itot new --template purdue` gives.
if [ -n "$model_argument" ]; then
    model=$(readlink -f "$model_argument")
else
    model="${ITOT_SAMPLES_DIR:-$HOME/.itot-architect/samples}/purdue-reference.itot"
    mkdir -p "$(dirname "$model")"
    env -u DISPLAY "$ITOT_PRODUCT_DIR/itot" new --template purdue -o "$model" --force >/dev/null \
        || itot_die "could not write the Purdue template to $model"
fi

itot_virtual_display
if [ -z "$screenshot" ]; then
    itot_log "starting ITOT Architect on $model (display $DISPLAY)"
    # Not exec: the virtual display, if we started one, must be stopped when the app exits.
    status=0
    "$ITOT_PRODUCT_DIR/itot" "$model" || status=$?
    exit $status
fi

# Screenshots start from a fresh workspace, so they show the product's own layout, not a restored one.
ITOT_WORKSPACE=$(mktemp -d)
export ITOT_WORKSPACE
itot_launch_and_wait "$model"
sleep "${ITOT_SCREENSHOT_DELAY:-4}"   # let the views paint and the first validation land in the Problems view
# ITOT_SCREENSHOT_KEYS, e.g. "ctrl+m", is typed into the window first (Ctrl+M maximises the diagram editor).
if [ -n "${ITOT_SCREENSHOT_KEYS:-}" ]; then
    window=$(itot_main_window)
    # shellcheck disable=SC2086 # several keys are several words
    xdotool windowactivate --sync "$window" key --delay 250 --clearmodifiers $ITOT_SCREENSHOT_KEYS
    sleep 2
fi
import -window root "$screenshot"
if [ -n "${ITOT_SCREENSHOT_CLOSE_KEYS:-}" ]; then
    # shellcheck disable=SC2086 # several keys are several words
    xdotool key --clearmodifiers $ITOT_SCREENSHOT_CLOSE_KEYS
    sleep 1
fi
itot_log "window usable after ${ITOT_STARTUP_MS} ms; screenshot saved to $screenshot"
itot_close_app
itot_log "window closed, application exited cleanly"
