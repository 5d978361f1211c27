# Sourced by run-app.sh and the benchmarks: a virtual display, and the product started, waited for
# and closed as a user would. Needs toolchain.sh sourced first.

# ITOT_PRODUCT_DIR set beforehand names another installation (cli-smoke.sh: a read-only copy).
ITOT_PRODUCT_DIR="${ITOT_PRODUCT_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/releng/org.itot.product/target/products/org.itot.product/linux/gtk/x86_64}"

itot_virtual_display() {
    # Starts Xvfb and a small window manager when there is no display; both end with the calling shell.
    [ -n "${DISPLAY:-}" ] && return 0
    itot_ui_packages
    # Xvfb picks a free display itself and writes its number once it accepts clients (-displayfd): no
    # guessed number that another server may hold, no fixed wait that a loaded machine outruns.
    local number_file waited=0
    number_file=$(mktemp /tmp/itot-display.XXXXXX)
    Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$number_file" >/dev/null 2>&1 &
    ITOT_XVFB_PID=$!
    while [ ! -s "$number_file" ]; do
        kill -0 "$ITOT_XVFB_PID" 2>/dev/null || itot_die "Xvfb could not start"
        [ "$waited" -ge 300 ] && itot_die "Xvfb did not accept clients within 30 s"
        sleep 0.1
        waited=$((waited + 1))
    done
    export DISPLAY=":$(tr -d '[:space:]' <"$number_file")"
    rm -f "$number_file"
    itot_log "no display: started Xvfb on $DISPLAY"
    # The window manager gives the window its title bar and lets us close it as a user would.
    openbox >/dev/null 2>&1 &
    ITOT_WM_PID=$!
    trap 'kill $ITOT_WM_PID $ITOT_XVFB_PID 2>/dev/null || true' EXIT
    sleep 0.5
}

itot_launch_and_wait() {
    # Starts the product on a model and returns once its window is usable (the app writes a marker
    # file then). Sets ITOT_APP_PID and ITOT_STARTUP_MS (launch to usable window). ITOT_LAUNCH_AS, if
    # set, is a command prefix that runs the product as another user (words without spaces).
    local model="$1"
    local marker
    marker=$(mktemp -u /tmp/itot-started.XXXXXX)
    local started
    started=$(date +%s%3N)
    # shellcheck disable=SC2086 # the prefix is several words
    ITOT_VMARGS="-Ditot.startupMarker=$marker ${ITOT_VMARGS:-}" ${ITOT_LAUNCH_AS:-} "$ITOT_PRODUCT_DIR/itot" "$model" &
    ITOT_APP_PID=$!
    local _
    for _ in $(seq 1 600); do
        [ -f "$marker" ] && break
        kill -0 "$ITOT_APP_PID" 2>/dev/null || itot_die "ITOT Architect exited before its window was up"
        sleep 0.1
    done
    [ -f "$marker" ] || itot_die "no window after 60 s"
    ITOT_STARTUP_MS=$(( $(cat "$marker") - started ))
    rm -f "$marker"
}

itot_main_window() {
    # The workbench window: the largest visible window of that name (a tooltip or popup may carry the name too).
    local id best="" best_area=0 width height
    for id in $(xdotool search --onlyvisible --name '^ITOT Architect' 2>/dev/null || true); do
        eval "$(xdotool getwindowgeometry --shell "$id" | grep -E '^(WIDTH|HEIGHT)=')"
        width=$WIDTH
        height=$HEIGHT
        if [ $((width * height)) -gt "$best_area" ]; then
            best=$id
            best_area=$((width * height))
        fi
    done
    echo "$best"
}

itot_close_app() {
    # Closes the window the way a user does (Alt+F4 through the window manager) and expects a clean exit.
    # Escape first closes a dialog a screenshot may have opened.
    local window
    window=$(itot_main_window)
    [ -n "$window" ] || itot_die "no visible window titled 'ITOT Architect'"
    xdotool windowactivate --sync "$window" key --clearmodifiers Escape Escape
    sleep 0.5
    xdotool windowactivate --sync "$window" key --clearmodifiers alt+F4
    local _
    for _ in $(seq 1 300); do
        kill -0 "$ITOT_APP_PID" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$ITOT_APP_PID" 2>/dev/null; then
        # What kept it open (a dialog?) is worth seeing before it goes.
        import -window root /tmp/itot-close-failure.png 2>/dev/null || true
        kill -9 "$ITOT_APP_PID"
        itot_die "ITOT Architect did not exit within 30 s of closing its window (screen: /tmp/itot-close-failure.png)"
    fi
    local status=0
    wait "$ITOT_APP_PID" || status=$?
    [ "$status" -eq 0 ] || itot_die "ITOT Architect exited with status $status after its window was closed"
}
