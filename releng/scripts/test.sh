#!/usr/bin/env bash
# Runs the whole test suite as CI does: installs the toolchain, proves the core is headless, builds
# everything and runs every test bundle (UI tests under Xvfb), then tests the built product's
# command line end to end.
#   bash releng/scripts/test.sh                 all tests
#   bash releng/scripts/test.sh -pl bundles/org.itot.model.tests -am    one bundle's tests (extra args go to Maven)
# The whole run ends with a smoke run of every benchmark (releng/tests/benchmark-smoke.sh, seconds each).
set -euo pipefail
cd "$(dirname "$0")/../.."
source releng/scripts/toolchain.sh
itot_ui_packages
# LibreOffice opens the exported Excel registers in the tests (required when CI=true). The -nogui build
# is enough; a machine with the desktop LibreOffice already has soffice and is left alone.
command -v soffice >/dev/null 2>&1 || itot_apt_install libreoffice-calc-nogui

mvn_args=(-B -ntp)
[ -n "${CI:-}" ] && mvn_args+=(-Dtycho.localArtifacts=ignore)

if [ $# -eq 0 ]; then
    itot_log "1/3 headless proof: core bundles against the target without SWT, JFace and the workbench"
    mvn "${mvn_args[@]}" -Pheadless -DskipTests clean verify
fi

itot_log "2/3 build and test everything (UI tests in the real workbench under Xvfb)"
xvfb-run -a -s "-screen 0 1600x1000x24" mvn "${mvn_args[@]}" clean verify "$@"

if [ $# -eq 0 ]; then
    itot_log "3/3 the built product's command line, as a user runs it"
    itot_apt_install python3-jsonschema   # checks SARIF reports against the OASIS schema
    itot_apt_install librsvg2-bin poppler-utils imagemagick   # render exported SVG and PDF and inspect them
    itot_apt_install strace   # proves the product opens no network connection
    bash releng/tests/cli-smoke.sh
    itot_log "benchmarks: every one smoke-run with tiny sizes, so none rots unseen (issue 19)"
    bash releng/tests/benchmark-smoke.sh
fi
