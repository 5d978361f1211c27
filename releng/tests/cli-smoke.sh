#!/usr/bin/env bash
# Smoke test of the built product's command line: runs `itot` as a user would, without a display,
# and checks exit statuses, messages and the files written.
#   bash releng/tests/cli-smoke.sh [PRODUCT_DIR]
# PRODUCT_DIR defaults to the product `mvn verify` materialises. Prints one line per check and
# a last line "cli-smoke: N passed, M failed"; exits 1 if any check failed, 2 if there is no product.
set -uo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
product=${1:-$repo/releng/org.itot.product/target/products/org.itot.product/linux/gtk/x86_64}
itot="$product/itot"
if [ ! -x "$itot" ]; then
    echo "cli-smoke: no product at $product; build it first (mvn verify)" >&2
    exit 2
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/itot-cli-smoke.XXXXXX")
trap 'rm -rf "$work"' EXIT
passed=0
failed=0

# run ARGS...: runs itot headless; sets $status, $out, $err.
run() {
    env -u DISPLAY -u WAYLAND_DISPLAY "$itot" "$@" >"$work/out" 2>"$work/err"
    status=$?
    out=$(cat "$work/out")
    err=$(cat "$work/err")
}

check() {
    local name=$1 problem=$2
    if [ -z "$problem" ]; then
        echo "ok - $name"
        passed=$((passed + 1))
    else
        echo "not ok - $name: $problem"
        failed=$((failed + 1))
    fi
}

# expect STATUS OUT_PATTERN ERR_EXACT: the problem with the last run, empty when none.
expect() {
    if [ "$status" != "$1" ]; then
        echo "exit status $status, expected $1 (stderr: $err)"
    elif ! [[ "$out" =~ $2 ]]; then
        echo "stdout '$out' does not match '$2'"
    elif [ "$err" != "$3" ]; then
        echo "stderr '$err', expected '$3'"
    fi
}

model="$work/purdue.itot"
run new --template purdue -o "$model"
problem=$(expect 0 "^Created $model \(template purdue\): 8 zones, 46 assets, 7 conduits, [0-9]+ flows$" "")
[ -z "$problem" ] && ! grep -q '<itot:ArchitectureModel' "$model" 2>/dev/null && problem="$model is not a model file"
check "itot new --template purdue writes a model and exits 0" "$problem"

before=$(sha256sum "$model" 2>/dev/null)
run new --template blank -o "$model"
problem=$(expect 2 "^$" "itot new: $model already exists; add --force to overwrite it")
[ -z "$problem" ] && [ "$(sha256sum "$model")" != "$before" ] && problem="the existing file was changed"
check "an existing file is refused with exit 2 and left alone" "$problem"

run new --template x -o "$work/x.itot"
problem=$(expect 2 "^$" "itot new: unknown template 'x' (known: purdue, blank)")
[ -z "$problem" ] && [ -e "$work/x.itot" ] && problem="a file was written"
check "an unknown template exits 2 with a one-line reason" "$problem"

run new --template purdue
check "a missing output file exits 2" "$(expect 2 "^$" "itot new: no output file; give -o FILE.itot")"

run new --template purdue -o "$work/missing/x.itot"
check "an unwritable destination exits 1" \
    "$(expect 1 "^$" "itot new: cannot write $work/missing/x.itot: folder $work/missing does not exist")"

# Two runs at once: no workspace, so neither locks the other; the same seed gives the same plant
# (element UUIDs are random by design, so compare what validation finds in each).
env -u DISPLAY "$itot" new --synthetic 2000 --seed 7 -o "$work/a.itot" >/dev/null 2>"$work/a.err" & first=$!
env -u DISPLAY "$itot" new --synthetic 2000 --seed 7 -o "$work/b.itot" >/dev/null 2>"$work/b.err" & second=$!
problem=""
wait "$first" || problem="first run failed: $(cat "$work/a.err")"
wait "$second" || problem="second run failed: $(cat "$work/b.err")"
if [ -z "$problem" ]; then
    summary_a=$(env -u DISPLAY "$itot" validate "$work/a.itot" | tail -n 1 | sed 's/^[^:]*: //')
    summary_b=$(env -u DISPLAY "$itot" validate "$work/b.itot" | tail -n 1 | sed 's/^[^:]*: //')
    [ -n "$summary_a" ] && [ "$summary_a" = "$summary_b" ] || problem="the plants differ: '$summary_a' vs '$summary_b'"
fi
check "two synthetic runs at once both succeed with the same plant" "$problem"

run validate "$model"
check "itot validate passes the Purdue template (exit 0)" \
    "$(expect 0 ": 0 errors, [0-9]+ warnings, [0-9]+ infos \(0 accepted\); 45 rules checked" "")"

head -c 2000 "$model" > "$work/truncated.itot"
run validate "$work/truncated.itot"
problem=""
[ "$status" = 2 ] || problem="exit status $status, expected 2"
[ -z "$problem" ] && [ "$(printf '%s\n' "$err" | wc -l)" != 1 ] && problem="expected one line on stderr, got: $err"
[ -z "$problem" ] && [[ "$err" != "itot validate: "*truncated.itot* ]] && problem="stderr does not name the file: $err"
check "itot validate on a truncated file exits 2 naming the file" "$problem"

# SARIF 2.1.0 output must validate against the OASIS schema (shared/ lies beside the repository).
schema="$repo/../shared/data/sarif/sarif-schema-2.1.0.json"
run validate "$model" --format sarif -o "$work/report.sarif"
if [ "$status" != 0 ]; then
    problem="exit status $status: $err"
elif [ ! -f "$schema" ]; then
    problem="no SARIF schema at $schema"
else
    problem=$(/usr/bin/python3 - "$schema" "$work/report.sarif" 2>&1 <<'PY'
import json, sys
import jsonschema
schema = json.load(open(sys.argv[1]))
report = json.load(open(sys.argv[2]))
errors = sorted(jsonschema.validators.validator_for(schema)(schema).iter_errors(report), key=lambda e: list(e.path))
for error in errors[:5]:
    print("/".join(map(str, error.path)) + ": " + error.message)
PY
)
fi
check "itot validate --format sarif writes a report that validates against the SARIF 2.1.0 schema" "$problem"

# Drawings: SVG/PDF output is not done until it renders. Export the template's overview, render the
# SVG with rsvg-convert and the PDF with pdftoppm, and compare both pictures with the PNG export.
run export png "$model" -o "$work/overview.png"
check "itot export png writes the overview (exit 0)" \
    "$(expect 0 "^Wrote $work/overview.png \(diagram 'Purdue overview'\)$" "")"
run export svg "$model" -o "$work/overview.svg"
check "itot export svg writes the overview (exit 0)" \
    "$(expect 0 "^Wrote $work/overview.svg \(diagram 'Purdue overview'\)$" "")"
run export pdf "$model" -o "$work/overview.pdf"
check "itot export pdf writes the overview (exit 0)" \
    "$(expect 0 "^Wrote $work/overview.pdf \(diagram 'Purdue overview'\)$" "")"

# picture_problem RENDERED.png: empty when the picture has the PNG export's size, many colours,
# the Enterprise zone's fill, and differs from the PNG export in few pixels (text is anti-aliased
# differently by each renderer, so a few percent differ).
picture_problem() {
    local picture=$1 reference="$work/overview.png"
    [ -s "$picture" ] || { echo "nothing rendered"; return; }
    local size expected colours enterprise differing total
    size=$(identify -format '%wx%h' "$picture" 2>&1)
    expected=$(identify -format '%wx%h' "$reference" 2>&1)
    [ "$size" = "$expected" ] || { echo "size $size, expected $expected"; return; }
    colours=$(convert "$picture" -format %k info:)
    [ "$colours" -gt 200 ] || { echo "only $colours colours"; return; }
    enterprise=$(convert "$picture" -format %c histogram:info:- | grep -i '#D6E6F7' | awk -F: '{print $1+0}')
    [ "${enterprise:-0}" -gt 20000 ] || { echo "Enterprise zone fill #d6e6f7 on ${enterprise:-0} pixels only"; return; }
    differing=$(compare -metric AE -fuzz 10% "$picture" "$reference" null: 2>&1)
    total=$(( ${size%x*} * ${size#*x} ))
    [[ "$differing" =~ ^[0-9.e+]+$ ]] || { echo "compare failed: $differing"; return; }
    awk -v d="$differing" -v t="$total" 'BEGIN { exit !(d + 0 < t * 0.06) }' \
        || echo "$differing of $total pixels differ from the PNG export by more than 10 %"
}

if rsvg-convert -o "$work/svg.png" "$work/overview.svg" 2>"$work/render.err"; then
    problem=$(picture_problem "$work/svg.png")
else
    problem="rsvg-convert failed: $(cat "$work/render.err")"
fi
check "the SVG renders (rsvg-convert) like the PNG export" "$problem"

if pdftoppm -png -r 72 -singlefile "$work/overview.pdf" "$work/pdf" 2>"$work/render.err"; then
    problem=$(picture_problem "$work/pdf.png")
    text=$(pdftotext "$work/overview.pdf" - 2>/dev/null)
    [ -z "$problem" ] && [[ "$text" != *"Enterprise IT"* || "$text" != *"Jump server"* ]] \
        && problem="zone and asset names are not text in the PDF"
else
    problem="pdftoppm failed: $(cat "$work/render.err")"
fi
check "the PDF renders (pdftoppm) like the PNG export, names as text" "$problem"

run export drawio "$model" --all -o "$work/drawings"
problem=$(expect 0 "1 drawio files in $work/drawings$" "")
[ -z "$problem" ] && ! grep -q '<mxGraphModel' "$work/drawings/Purdue-overview.drawio" 2>/dev/null \
    && problem="no draw.io model in $work/drawings/Purdue-overview.drawio"
check "itot export drawio --all writes one file per diagram" "$problem"

run export svg "$model" --diagram Nope -o "$work/nope.svg"
check "an unknown diagram exits 2 naming the diagrams there are" \
    "$(expect 2 "^$" "itot export: $model has no diagram named 'Nope' (known: 'Purdue overview')")"

run export pdf "$model" -o "$work/missing/x.pdf"
check "an unwritable drawing exits 1" \
    "$(expect 1 "^$" "itot export: cannot write $work/missing/x.pdf: folder $work/missing does not exist")"

# Excel register: export, then import it unchanged: the model file must stay byte for byte the same.
register="$work/purdue.xlsx"
run export excel "$model" -o "$register"
problem=$(expect 0 "^Wrote $register: 46 assets, 8 zones, 7 conduits, [0-9]+ flows, [0-9]+ firewall rules, [0-9]+ findings$" "")
[ -z "$problem" ] && [ "$(head -c 2 "$register" 2>/dev/null)" != "PK" ] && problem="$register is not an .xlsx (zip) file"
check "itot export excel writes a register and exits 0" "$problem"

before=$(sha256sum "$model")
run import excel "$register" --into "$model"
problem=$(expect 0 "nothing to change, the model is left as it was$" "")
[ -z "$problem" ] && [ "$(sha256sum "$model")" != "$before" ] && problem="the model file was changed"
[ -z "$problem" ] && [ -e "$model.bak" ] && problem="a backup was written although nothing changed"
check "itot import excel of an unchanged register changes nothing (exit 0)" "$problem"

run import excel "$work/truncated.itot" --into "$model"
problem=""
[ "$status" = 2 ] || problem="exit status $status, expected 2"
[ -z "$problem" ] && [[ "$err" != "itot import: $work/truncated.itot is not an Excel .xlsx workbook"* ]] && problem="stderr: $err"
check "itot import excel of a file that is no workbook exits 2 naming it" "$problem"

# A damaged register (its [Content_Types].xml cut half-way): one line on stderr, not POI's logged stack trace.
if command -v python3 >/dev/null; then
    python3 - "$register" "$work/damaged.xlsx" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as src, zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED) as out:
    for entry in src.infolist():
        data = src.read(entry.filename)
        out.writestr(entry.filename, data[:len(data) // 2] if entry.filename == "[Content_Types].xml" else data)
PY
    run import excel "$work/damaged.xlsx" --into "$model"
    problem=""
    [ "$status" = 2 ] || problem="exit status $status, expected 2"
    [ -z "$problem" ] && [ "$(printf '%s\n' "$err" | wc -l)" != 1 ] && problem="stderr has more than one line: $err"
    check "itot import excel of a damaged register exits 2 with one line on stderr" "$problem"
fi

# Compliance evidence report (issue 21): both files, the PDF's text, the same bytes for the same date.
run report "$model" -o "$work/report" --date 2026-12-07
problem=$(expect 0 "^Wrote $work/report/index.html, $work/report/report.pdf \([0-9]+ pages\)$" "")
if [ -z "$problem" ]; then
    text=$(pdftotext "$work/report/report.pdf" - 2>/dev/null)
    [[ "$text" != *"SR 5.1"* ]] && problem="pdftotext does not find SR 5.1"
    zones=$(python3 -c 'import sys, xml.etree.ElementTree as ET
for e in ET.parse(sys.argv[1]).iter():
    if e.tag.split("}")[-1] in ("zones", "subZones") and e.get("name"): print(e.get("name"))' "$model")
    while IFS= read -r zone; do
        [ -z "$problem" ] && [[ "$text" != *"$zone"* ]] && problem="pdftotext does not find zone '$zone'"
    done <<<"$zones"
    [ -z "$problem" ] && grep -qi '<script' "$work/report/index.html" && problem="the HTML has a script"
fi
check "itot report writes index.html and report.pdf; the PDF's text has SR 5.1 and every zone" "$problem"

run report "$model" -o "$work/report2" --date 2026-12-07
problem=$(expect 0 "pages" "")
[ -z "$problem" ] && ! cmp -s "$work/report/report.pdf" "$work/report2/report.pdf" && problem="the PDFs differ"
[ -z "$problem" ] && ! cmp -s "$work/report/index.html" "$work/report2/index.html" && problem="the HTML files differ"
check "itot report gives byte-identical files for the same model and --date" "$problem"

if pdftoppm -png -r 40 -f 1 -l 1 "$work/report/report.pdf" "$work/report-page" 2>"$work/render.err"; then
    problem=""
else
    problem="pdftoppm failed: $(cat "$work/render.err")"
fi
check "the report's PDF renders (pdftoppm)" "$problem"

run report "$model" -o "$work/report3" --standard iso27001
check "an unknown standard exits 2 listing the known ones" "$(expect 2 "^$" "itot report: unknown standard 'iso27001' (known: iec62443-3-3, iec62443-3-2, nist-800-82r3, nerc-cip-005)")"

run report "$model" -o "$work/missing/report"
check "an unwritable report folder exits 1 and names it" \
    "$(expect 1 "^$" "itot report: cannot write the report to $work/missing/report: folder $work/missing does not exist")"

# Files written: 644 under umask 022, a replaced file keeps its mode, never over the command's own inputs.
problem=""
for format in svg png pdf; do
    (umask 022 && env -u DISPLAY "$itot" export "$format" "$model" -o "$work/umask.$format" >/dev/null 2>&1)
    mode=$(stat -c %a "$work/umask.$format" 2>/dev/null)
    [ "$mode" = 644 ] || problem="$problem export $format wrote mode '$mode';"
done
(umask 022 && env -u DISPLAY "$itot" export excel "$model" -o "$work/umask.xlsx" >/dev/null 2>&1)
[ "$(stat -c %a "$work/umask.xlsx" 2>/dev/null)" = 644 ] || problem="$problem export excel not 644;"
chmod 640 "$work/umask.svg"
(umask 022 && env -u DISPLAY "$itot" export svg "$model" -o "$work/umask.svg" --force >/dev/null 2>&1)
[ "$(stat -c %a "$work/umask.svg")" = 640 ] || problem="$problem a replaced 640 file became $(stat -c %a "$work/umask.svg");"
check "exports are 644 under umask 022 and a replaced file keeps its mode" "$problem"

before=$(sha256sum "$model")
run validate "$model" -o "$model" --force
problem=$(expect 2 "^$" "itot validate: $model is the model this command reads; write to another file (--force does not allow this)")
[ -z "$problem" ] && [ "$(sha256sum "$model")" != "$before" ] && problem="the model file was changed"
check "itot validate MODEL -o MODEL is refused even with --force" "$problem"

# Files and folders named like commands in the current folder change nothing.
words="$work/words"
mkdir -p "$words/paths" "$words/diff" "$words/coverage" "$words/levels"
cp "$model" "$words/m.itot"
(cd "$words" && env -u DISPLAY "$itot" levels m.itot >"$work/out" 2>"$work/err")
status=$?
check "itot levels beside folders named paths, diff, coverage, levels runs the command" \
    "$( [ "$status" = 0 ] || echo "exit status $status: $(cat "$work/err")")"

# An Error (here out of memory on a small heap) exits 70 with one line, never 0.
ITOT_CLI_HEAP=96m run new --synthetic 100000 -o "$work/huge.itot"
problem=""
[ "$status" = 70 ] || problem="exit status $status, expected 70 (stderr: $err)"
[ -z "$problem" ] && [[ "$err" != "itot new: internal error: out of memory"* ]] && problem="stderr: $err"
check "out of memory exits 70 with a one-line reason" "$problem"

run --version
check "itot --version exits 0" "$(expect 0 "^ITOT Architect [0-9]+\.[0-9]+\.[0-9]+" "")"

run help
problem=$(expect 0 "new +Create a model file" "")
check "itot help lists the commands" "$problem"

run frobnicate
check "an unknown command exits 2" \
    "$(expect 2 "^$" "itot: unknown command 'frobnicate' (known: new, validate, paths, diff, merge, git-setup, export, import, diagram, coverage, levels, report, reconcile, help); see 'itot help'")"

# Threat view: ATT&CK for ICS import (MITRE's bundle beside the repository), coverage, security levels.
attack_bundle="$repo/../shared/data/mitre-attack-ics/ics-attack.json"
threat="$work/threat.itot"
cp "$model" "$threat"
before=$(sha256sum <"$threat")
run coverage "$threat"
problem=$(expect 0 "^ATT&CK for ICS 18\.1 \(built into ITOT Architect\): 83 techniques" "")
[ -z "$problem" ] && [ "$(sha256sum <"$threat")" != "$before" ] && problem="coverage changed the model file"
check "itot coverage of a new model uses the built-in ATT&CK for ICS 18.1 and exits 0" "$problem"

if [ -f "$attack_bundle" ]; then
    run import attack "$attack_bundle" --into "$threat" --attack-version 18.1
    problem=$(expect 0 "Techniques: 83 active of 95 \(12 deprecated\).*Tactics: 12.*Mitigations: 52.*Assets: 18" "")
    [ -z "$problem" ] && [ ! -e "$threat.bak" ] && problem="no backup of the previous model was kept"
    [ -z "$problem" ] && ! grep -q 'externalId="T0886"' "$threat" && problem="T0886 is not in the saved model"
    check "itot import attack imports the v18.1 bundle (83 techniques, 52 mitigations) and exits 0" "$problem"

    run coverage "$threat" --zone Z-CTL --format json
    problem=$(expect 0 '"attackVersion": "18.1"' "")
    [ -z "$problem" ] && [[ "$out" != *'"id": "Z-CTL"'* ]] && problem="zone Z-CTL missing: $out"
    check "itot coverage --zone --format json reports the zone and exits 0" "$problem"
else
    check "itot import attack (the shared ATT&CK bundle $attack_bundle is missing)" "bundle not found"
fi

printf '{"type": "bundle", "objects": [' >"$work/cut.json"
before=$(sha256sum "$threat")
run import attack "$work/cut.json" --into "$threat"
problem=""
[ "$status" = 2 ] || problem="exit status $status, expected 2"
[ -z "$problem" ] && [[ "$err" != "itot import attack: $work/cut.json: ends too early"* ]] && problem="stderr: $err"
[ -z "$problem" ] && [ "$(sha256sum "$threat")" != "$before" ] && problem="the model file was changed"
check "itot import attack of a truncated bundle exits 2 naming it and changes nothing" "$problem"

run levels "$threat"
problem=$(expect 0 "^Zone +FR +SL-T +Achievable +SL-A +Gap" "")
[ -z "$problem" ] && [ "$(grep -c ' FR[1-7] ' <<<"$out")" != 56 ] && problem="expected 8 zones x 7 FRs: $out"
check "itot levels prints the gap table (8 zones x 7 FRs) and exits 0" "$problem"

# As built vs as designed: a Zeek conn.log with an undocumented workstation-to-PLC session and an unknown host.
conn="$work/conn.log"
{
    printf '#separator \\x09\n#set_separator\t,\n#empty_field\t(empty)\n#unset_field\t-\n#path\tconn\n'
    printf '#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\tproto\tservice\tduration\n'
    printf '#types\ttime\tstring\taddr\tport\taddr\tport\tenum\tstring\tinterval\n'
    printf '1709287200.000000\tC1\t10.40.1.11\t50000\t10.10.1.11\t502\ttcp\tmodbus\t1.0\n'
    printf '1709287260.000000\tC2\t10.30.1.177\t50001\t10.30.1.11\t443\ttcp\tssl\t-\n'
} >"$conn"
run reconcile "$model" --traffic "$conn" --format json
problem=$(expect 1 '"rule": "ASB-01"' "itot reconcile: $conn: Zeek conn.log (TSV), 9 lines, 2 session records")
[ -z "$problem" ] && ! printf '%s' "$out" | python3 -c '
import json, sys
r = json.load(sys.stdin)
rules = {f["rule"] for f in r["findings"]}
assert {"ASB-01", "ASB-02"} <= rules, rules
e = next(f for f in r["findings"] if f["rule"] == "ASB-01")["evidence"]
assert e["line"] == 8 and e["firstSeen"] == "2024-03-01T10:00:00Z", e' 2>/dev/null \
    && problem="the JSON lacks ASB-01/ASB-02 or the evidence (file line 8, first seen): $out"
check "itot reconcile finds the undocumented session and the unknown host, with evidence (exit 1)" "$problem"
# The drawing of what really talks: the sessions dashed over the overview, with the legend, rendered by pdftoppm.
run reconcile "$model" --traffic "$conn" --drawing "$work/sessions.pdf"
problem=""
[ "$status" = 1 ] || problem="exit status $status, expected 1 (stderr: $err)"
[ -z "$problem" ] && [[ "$err" != *"itot reconcile: wrote $work/sessions.pdf (diagram 'Purdue overview', 2 undocumented session(s) drawn dashed)"* ]] \
    && problem="stderr: $err"
if [ -z "$problem" ]; then
    if pdftoppm -png -r 72 -singlefile "$work/sessions.pdf" "$work/sessions" 2>"$work/render.err"; then
        violet=$(convert "$work/sessions.png" -format %c histogram:info:- | grep -i '#7B2CBF' | awk -F: '{print $1+0}')
        [ "${violet:-0}" -gt 100 ] || problem="the sessions' violet #7b2cbf on ${violet:-0} pixels only"
        [[ "$(pdftotext "$work/sessions.pdf" - 2>/dev/null)" == *"Dashed: undocumented session seen in the traffic"* ]] \
            || problem="${problem:-no legend text in the PDF}"
    else
        problem="pdftoppm failed: $(cat "$work/render.err")"
    fi
fi
check "itot reconcile --drawing writes the overview with the sessions dashed and a legend (PDF renders)" "$problem"
run reconcile "$model" --traffic "$conn" --drawing "$work/sessions.jpg"
check "itot reconcile --drawing with an unknown extension exits 2 naming the formats" \
    "$(expect 2 "^$" "itot reconcile: --drawing FILE must end in .svg, .png, .pdf, .drawio (the format follows the extension), not '$work/sessions.jpg'")"
before=$(sha256sum "$model")
printf 'not a log\n' >"$work/notes.txt"
run reconcile "$model" --traffic "$work/notes.txt" --adopt
problem=""
[ "$status" = 2 ] || problem="exit status $status, expected 2"
[ -z "$problem" ] && [[ "$err" != "itot reconcile: $work/notes.txt:1: not a traffic format"* ]] && problem="stderr: $err"
[ -z "$problem" ] && [ "$(sha256sum "$model")" != "$before" ] && problem="the model file was changed"
check "itot reconcile of a file that is no traffic log exits 2 naming it and changes nothing" "$problem"

# Attack paths and as-is/to-be diff.
run paths "$model" --fail-under 2
check "itot paths lists the Purdue template's paths, none below two barriers (exit 0)" \
    "$(expect 0 "^Entry points:.*enterprise  Enterprise users, modelled.*[0-9]+ paths to [0-9]+ targets from [0-9]+ entry points" "")"

# Every CI gate on its failing side too: a threshold the template does not meet exits 1.
run paths "$model" --fail-under 99
check "itot paths --fail-under 99 exits 1 (a path crosses fewer barriers)" \
    "$(expect 1 "[0-9]+ barriers" "")"
run validate "$model" --fail-on warning
check "itot validate --fail-on warning exits 1 on the template's open warnings" \
    "$(expect 1 ": 0 errors, [1-9][0-9]* warnings, " "")"

run paths "$model" --from enterprise --to CTL-PLC-01 --format json --max 1
problem=$(expect 0 '"key": "enterprise -> CTL-PLC-01 via ' "")
[ -z "$problem" ] && ! printf '%s' "$out" | python3 -c 'import json,sys; r=json.load(sys.stdin); assert len(r["paths"]) == 1 and r["truncated"]' 2>/dev/null \
    && problem="the JSON does not hold exactly one path marked truncated"
check "itot paths --from --to --format json --max 1 writes one path as JSON" "$problem"

run paths "$model" --to NO-SUCH-PLC
problem=""
[ "$status" = 2 ] || problem="exit status $status, expected 2"
[ -z "$problem" ] && [[ "$err" != "itot paths: $model: --to 'NO-SUCH-PLC' names no asset or zone of the model;"* ]] && problem="stderr: $err"
check "itot paths --to an unknown name exits 2 naming it" "$problem"

bypass="$work/bypass.itot"
# References in a model file are xmi:ids: look up the two assets' and add a flow between them.
python3 - "$model" "$bypass" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
def xmi_id(asset):
    element = re.search(r'<assets [^>]*\bid="%s"[^>]*>' % asset, text).group(0)
    return re.search(r'xmi:id="([^"]+)"', element).group(1)
flow = '<flows id="F-BYPASS" name="Office to PLC" source="%s" target="%s"/>\n  ' % (xmi_id("ENT-WS-01"), xmi_id("CTL-PLC-01"))
at = text.index("<flows ")
open(sys.argv[2], "w", encoding="utf-8").write(text[:at] + flow + text[at:])
PY
run diff "$model" "$bypass"
problem=$(expect 0 "Elements added \(1\):.*Flow F-BYPASS.*SEG-03@F-BYPASS.*Attack paths appeared.*flow F-BYPASS -> Z-CTL" "")
check "itot diff lists the bypass flow, its SEG findings and its new attack paths" "$problem"

run diff "$model"
check "itot diff with one model exits 2" \
    "$(expect 2 "^$" "itot diff: two models needed; usage: itot diff OLD.itot NEW.itot [--format text|json]")"

# Three-way merge (issue 22): the template is the base; one side renames Office workstation 1, the other
# updates its firmware (both on the element's one line), a third renames it differently.
merging="$work/merge"
mkdir -p "$merging"
python3 - "$model" "$merging" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
def edited(attribute, value):
    def change(match):
        element = match.group(0)
        if re.search(r'\s%s="[^"]*"' % attribute, element):
            return re.sub(r'(\s%s=)"[^"]*"' % attribute, r'\1"%s"' % value, element)
        return element.replace(' id="ENT-WS-01"', ' id="ENT-WS-01" %s="%s"' % (attribute, value))
    return re.sub(r'<assets [^>]*id="ENT-WS-01"[^>]*>', change, text, count=1)
for name, attribute, value in (("ours", "name", "Finance PC"), ("theirs", "firmware", "22H2"), ("other", "name", "HR PC")):
    open("%s/%s.itot" % (sys.argv[2], name), "w", encoding="utf-8").write(edited(attribute, value))
PY
run merge "$model" "$merging/ours.itot" "$merging/theirs.itot" -o "$merging/merged.itot"
problem=$(expect 0 "^Merged cleanly: 1 change\(s\) of " "")
[ -z "$problem" ] && ! grep -q 'name="Finance PC"' "$merging/merged.itot" && problem="the rename is not in the output"
[ -z "$problem" ] && ! grep -q 'firmware="22H2"' "$merging/merged.itot" && problem="the firmware is not in the output"
check "itot merge combines a rename and a firmware update of one element" "$problem"

run merge "$model" "$merging/ours.itot" "$merging/other.itot" -o "$merging/conflict.itot" --format json
problem=$(expect 1 '"id": "ENT-WS-01".*"feature": "name".*"ours": "Finance PC",.*"theirs": "HR PC"' "")
[ -z "$problem" ] && ! grep -q 'name="Finance PC"' "$merging/conflict.itot" && problem="the output does not hold ours"
check "itot merge reports a conflict by id, feature and values, exits 1 and keeps ours" "$problem"

printf '\211PNG\r\n\032\n\0\0\0\rIHDR' > "$merging/picture.itot"
run merge "$model" "$merging/ours.itot" "$merging/picture.itot" -o "$merging/none.itot"
problem=$(expect 2 "^$" "itot merge: THEIRS $merging/picture.itot is a binary file, not a model (model files are XML text); check the file names, or for Git that *.itot files are not marked binary")
[ -z "$problem" ] && [ -e "$merging/none.itot" ] && problem="an output was written"
check "itot merge refuses a binary file with exit 2 and writes nothing" "$problem"

# Git's merge driver: itot git-setup, then git merge of two branches editing the element's one line.
repository="$work/repository"
git_in() { env -u DISPLAY -u WAYLAND_DISPLAY GIT_CONFIG_NOSYSTEM=1 git -C "$repository" -c user.name=smoke \
    -c user.email=smoke@example.org -c commit.gpgsign=false "$@"; }
mkdir -p "$repository" && git_in init -q -b main && cp "$model" "$repository/plant.itot" && git_in add plant.itot \
    && git_in commit -qm base && git_in checkout -qb firmware && cp "$merging/theirs.itot" "$repository/plant.itot" \
    && git_in commit -qam firmware && git_in checkout -q main && cp "$merging/ours.itot" "$repository/plant.itot" \
    && git_in commit -qam rename
run git-setup "$repository" --command "$itot"
problem=$(expect 0 "^Added '\*\.itot merge=itot' to $repository/\.gitattributes" "")
[ -z "$problem" ] && [ "$(git_in config merge.itot.driver)" != "$itot merge %O %A %B -o %A" ] \
    && problem="merge.itot.driver is '$(git_in config merge.itot.driver)'"
check "itot git-setup writes .gitattributes and the merge driver" "$problem"
merged_by_git=$(git_in merge --no-edit firmware 2>&1)
git_status=$?
problem=""
[ $git_status -eq 0 ] || problem="git merge failed (exit $git_status): $merged_by_git"
[ -z "$problem" ] && ! grep -q 'name="Finance PC"' "$repository/plant.itot" && problem="the rename is lost"
[ -z "$problem" ] && ! grep -q 'firmware="22H2"' "$repository/plant.itot" && problem="the firmware update is lost"
check "git merge with the itot driver merges a rename and a firmware update on one line" "$problem"

# Diagrams from the command line (issue 17): New Diagram and Arrange All with the desktop's code.
big="$work/big.itot"
env -u DISPLAY "$itot" new --synthetic 2000 -o "$big" >/dev/null 2>&1
started=$(date +%s%N)
run diagram new "$big" --name Plant --zones all --with-flows
elapsed_ms=$(( ($(date +%s%N) - started) / 1000000 ))
problem=$(expect 0 "^Created diagram 'Plant' \(D-[0-9]+\) in $big: 35 zones, 2000 assets, [0-9]+ conduits, [0-9]+ flows summarised by their conduits" "")
check "itot diagram new lays out all zones of a 2,000-asset plant and saves it (exit 0, ${elapsed_ms} ms)" "$problem"
run export drawio "$big" --diagram Plant -o "$work/plant.drawio"
problem=$(expect 0 "^Wrote" "")
if [ -z "$problem" ]; then
    problem=$(python3 - "$work/plant.drawio" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
m = re.search(r'pageWidth="([0-9.]+)" pageHeight="([0-9.]+)"', text)
w, h = float(m.group(1)), float(m.group(2))
if max(w / h, h / w) > 4:
    print(f"page {w} x {h} is beyond 4:1")
PY
)
fi
check "itot export drawio of that diagram gives a page within 4:1" "$problem"
run diagram list "$big"
check "itot diagram list names the new diagram" "$(expect 0 "D-[0-9]+.Plant.2035 nodes" "")"
run diagram layout "$big" --diagram Plant
check "itot diagram layout of an arranged diagram changes nothing (exit 0)" "$(expect 0 "already arranged" "")"
before=$(sha256sum "$model")
run diagram new "$model" --name X --zones Z-NOPE
problem=""
[ "$status" != 2 ] && problem="exit status $status, expected 2"
[ -z "$problem" ] && [[ "$err" != "itot diagram: no zone 'Z-NOPE' in $model"* ]] && problem="stderr '$err' does not name the zone"
[ -z "$problem" ] && [ "$(sha256sum "$model")" != "$before" ] && problem="the model was changed"
check "itot diagram new with an unknown zone id exits 2 naming it and changes nothing" "$problem"

# Start-up (issue 19). The heap follows the machine: half of the memory the JVM sees, not a fixed 2 GB.
ITOT_VMARGS=-XX:+PrintFlagsFinal run --version
max_heap=$(awk '$2 == "MaxHeapSize" { print $4 }' <<<"$out")
memory=$(awk '/^MemTotal:/ { print $2 * 1024 }' /proc/meminfo)
limit=$(cat /sys/fs/cgroup/memory.max 2>/dev/null || echo max)
[[ "$limit" =~ ^[0-9]+$ ]] && [ "$limit" -lt "$memory" ] && memory=$limit
problem=$(awk -v heap="${max_heap:-0}" -v memory="$memory" 'BEGIN {
    if (heap < 0.45 * memory || heap > 0.52 * memory) printf "MaxHeapSize %.0f is not half of the memory (%.0f)", heap, memory }')
check "itot's maximum heap is half of the machine's memory ($((${max_heap:-0} / 1048576)) MB)" "$problem"
ITOT_CLI_HEAP=768m ITOT_VMARGS=-XX:+PrintFlagsFinal run --version
problem=""
[ "$(awk '$2 == "MaxHeapSize" { print $4 }' <<<"$out")" = $((768 * 1048576)) ] || problem="ITOT_CLI_HEAP=768m was not the maximum heap"
check "ITOT_CLI_HEAP sets the command line's maximum heap" "$problem"

# Commands start with the JIT's compile thresholds raised (a short run compiles less; issue 19), and a
# user's ITOT_VMARGS still decides: its flags come after the script's.
ITOT_VMARGS=-XX:+PrintFlagsFinal run --version
problem=""
[ "$(awk '$2 == "CompileThresholdScaling" { print $4 }' <<<"$out")" = 4.000000 ] \
    || problem="a command's CompileThresholdScaling is not 4"
ITOT_VMARGS="-XX:CompileThresholdScaling=1 -XX:+PrintFlagsFinal" run --version
[ -z "$problem" ] && [ "$(awk '$2 == "CompileThresholdScaling" { print $4 }' <<<"$out")" != 1.000000 ] \
    && problem="ITOT_VMARGS=-XX:CompileThresholdScaling=1 did not restore the JVM's default"
check "commands raise the JIT's compile thresholds; ITOT_VMARGS overrides them" "$problem"

# Commands keep their heap near what they hold (issue 19: the 100,000-asset estate within 4 GB resident):
# G1 may spend up to a third of its time collecting before it grows the heap, and on Java 25 objects have
# compact headers.
ITOT_VMARGS="-XshowSettings:properties -XX:+PrintFlagsFinal" run --version
problem=""
[ "$(awk '$2 == "GCTimeRatio" { print $4 }' <<<"$out")" = 2 ] || problem="a command's GCTimeRatio is not 2"
java_spec=$(sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p' <<<"$err")
if [ -z "$problem" ] && [ "${java_spec:-0}" -ge 25 ] \
        && [ "$(awk '$2 == "UseCompactObjectHeaders" { print $4 }' <<<"$out")" != true ]; then
    problem="a command on Java $java_spec runs without compact object headers"
fi
check "commands collect before they grow the heap, with compact object headers on Java 25+" "$problem"

# The AOT cache the build trains (Java 25+) is used, and a damaged one is ignored without a word.
build_java_major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "${JAVA_HOME:-/nonexistent}/release" 2>/dev/null || true)
if [ "${build_java_major:-0}" -ge 25 ]; then
    ITOT_JAVA="$JAVA_HOME/bin/java" ITOT_VMARGS="-Xlog:class+load=info:file=$work/classes.txt" run help
    problem=$(expect 0 "new +Create a model file" "")
    [ -z "$problem" ] && [ ! -s "$product/itot.aot" ] && problem="no itot.aot in the product"
    [ -z "$problem" ] && ! grep -q 'org\.eclipse\..* source: shared objects file' "$work/classes.txt" \
        && problem="no framework class came from the AOT cache"
    check "itot starts with the AOT cache the build trained (Java $build_java_major)" "$problem"
    damaged="$work/damaged-aot"
    cp -a "$product" "$damaged"
    head -c 4096 "$product/itot.aot" >"$damaged/itot.aot"
    ITOT_JAVA="$JAVA_HOME/bin/java" env -u DISPLAY "$damaged/itot" help >"$work/out" 2>"$work/err"
    status=$?
    out=$(cat "$work/out")
    err=$(cat "$work/err")
    check "itot with a damaged AOT cache starts without it, output unchanged" "$(expect 0 "^ITOT Architect command line" "")"
    rm -rf "$damaged"
fi

# A read-only installation (under /opt, installed by root, run by a user): a copy of the product with
# every write permission taken away, run by an unprivileged user whose home is a fresh folder. Root
# would write through the missing permissions, so as root the checks run as `nobody`.
readonly_root=$(mktemp -d "${TMPDIR:-/tmp}/itot-readonly.XXXXXX")
chmod 755 "$readonly_root"
installed="$readonly_root/itot-architect"
cp -a "$product" "$installed"
chmod -R a-w "$installed"
user_home="$readonly_root/home"
mkdir "$user_home"
as_user=()
if [ "$(id -u)" = 0 ]; then
    chown nobody:nogroup "$user_home"
    as_user=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
fi
trap 'chmod -R u+w "$readonly_root" 2>/dev/null; rm -rf "$work" "$readonly_root"' EXIT

# run_installed ARGS...: runs the read-only installation's itot as the user, in the user's home.
run_installed() {
    (cd "$user_home" && env -u DISPLAY -u WAYLAND_DISPLAY -u ITOT_CONFIGURATION -u ITOT_WORKSPACE HOME="$user_home" \
        "${as_user[@]}" "$installed/itot" "$@") >"$work/out" 2>"$work/err"
    status=$?
    out=$(cat "$work/out")
    err=$(cat "$work/err")
}

run_installed help
check "a read-only installation: itot help as an unprivileged user" "$(expect 0 "new +Create a model file" "")"

user_model="$user_home/plant.itot"
run_installed new --template purdue -o "$user_model"
check "a read-only installation: itot new --template purdue writes into the user's folder" \
    "$(expect 0 "^Created $user_model \(template purdue\)" "")"

run_installed validate "$user_model"
problem=$(expect 0 ": 0 errors, [0-9]+ warnings, [0-9]+ infos \(0 accepted\); 45 rules checked" "")
configurations=("$user_home"/.itot-architect/configuration/*)
[ -z "$problem" ] && [ ! -d "${configurations[0]}" ] && problem="no OSGi configuration under $user_home/.itot-architect/configuration"
check "a read-only installation: itot validate, the OSGi configuration in the user's ~/.itot-architect" "$problem"

# The desktop from the same installation, as the same user, on a virtual display of its own (started
# without access control, so the user may connect): window up, closed as a user would, exit 0.
desktop_problem=""
if ! (unset DISPLAY WAYLAND_DISPLAY ITOT_WORKSPACE ITOT_CONFIGURATION
      source "$repo/releng/scripts/toolchain.sh" && ITOT_PRODUCT_DIR="$installed" && source "$repo/releng/scripts/desktop.sh" \
      && ITOT_LAUNCH_AS="env HOME=$user_home ${as_user[*]}" && itot_virtual_display \
      && itot_launch_and_wait "$user_model" && itot_close_app) >"$work/desktop-ro" 2>&1; then
    desktop_problem="the desktop did not start and close cleanly: $(tail -c 400 "$work/desktop-ro")"
elif [ ! -d "$user_home/.itot-architect/workspace/.metadata" ]; then
    desktop_problem="no workspace in $user_home/.itot-architect/workspace"
fi
check "a read-only installation: the desktop starts and closes for an unprivileged user (workspace in the user's folder)" \
    "$desktop_problem"

# The product makes no network connections: the commands above once more under strace, which logs every
# connect() of every thread and child process; an AF_INET or AF_INET6 address (also DNS look-ups) fails.
net="$work/network"
mkdir -p "$net"
cp "$model" "$net/model.itot"
traced=0
network_problem=""
for command in "new --template purdue -o $net/new.itot" "validate $net/model.itot --format sarif -o $net/report.sarif" \
        "export svg $net/model.itot -o $net/overview.svg" "export pdf $net/model.itot -o $net/overview.pdf" \
        "export png $net/model.itot -o $net/overview.png" "export drawio $net/model.itot --all -o $net/drawings" \
        "export excel $net/model.itot -o $net/register.xlsx" "import excel $net/register.xlsx --into $net/model.itot"; do
    # shellcheck disable=SC2086 # the command is a list of words without spaces inside them
    env -u DISPLAY -u WAYLAND_DISPLAY strace -f -qq -e trace=connect,execve -o "$net/trace" "$itot" $command \
        >"$net/out" 2>"$net/err"
    traced_status=$?
    # execve of the launcher is always there: without it strace could not trace (ptrace not allowed)
    if [ "$traced_status" -gt 1 ] || ! grep -q 'execve(' "$net/trace" 2>/dev/null; then
        network_problem="itot $command under strace: exit $traced_status ($(head -c 300 "$net/err"))"
        break
    fi
    if grep -E 'AF_INET6?[,}]' "$net/trace" >"$net/inet"; then
        network_problem="itot $command connected to the network: $(head -c 300 "$net/inet")"
        break
    fi
    traced=$((traced + 1))
done
check "the product opens no network connection ($traced commands traced with strace)" "$network_problem"

# The desktop too: started on the model (diagram editor, explorer, live validation), screenshot, closed,
# all under strace. The desktop's helper processes (the X server, D-Bus, GTK's accessibility bus
# launcher, the screenshot tools) may touch 127.0.0.1 only: when Xvfb has gone at shutdown, X11 clients
# retry the display on localhost TCP. Any other AF_INET/AF_INET6 connect, from any process or thread
# of the product, fails the check.
desktop_trace="$net/desktop-trace"
ITOT_SCREENSHOT_DELAY=5 strace -f -qq -e trace=connect,execve,clone,clone3,fork,vfork -o "$desktop_trace" \
    bash "$repo/releng/scripts/run-app.sh" --screenshot "$net/desktop.png" "$net/model.itot" \
    >"$net/desktop-out" 2>&1
desktop_status=$?
network_problem=""
if [ "$desktop_status" != 0 ] || [ ! -s "$net/desktop.png" ]; then
    network_problem="the desktop did not start and close under strace (exit $desktop_status): $(tail -c 300 "$net/desktop-out")"
else
    network_problem=$(python3 - "$desktop_trace" <<'PY'
import re, sys
helpers = ("Xvfb", "xvfb-run", "dbus-daemon", "dbus-launch", "at-spi-bus-launcher", "at-spi2-registryd",
           "xdotool", "import", "xwininfo", "xprop", "openbox", "convert")
program = {}
problems = []
java_seen = False
for line in open(sys.argv[1], encoding="utf-8", errors="replace"):
    pid = line.split(" ", 1)[0]
    child = re.search(r"(?:clone3?|v?fork)(?:\(| resumed>).*= (\d+)$", line.strip())
    if child and pid in program:
        program[child.group(1)] = program[pid]   # a thread or fork runs its parent's program until it execs
    call = re.search(r'execve\("([^"]+)"', line)
    if call and " = 0" in line:
        program[pid] = call.group(1).rsplit("/", 1)[-1]
        java_seen = java_seen or program[pid] == "java"
    if re.search(r"sa_family=AF_INET6?[,}]", line):
        loopback = 'inet_addr("127.0.0.1")' in line or 'inet_pton(AF_INET6, "::1"' in line
        if not (loopback and program.get(pid) in helpers):
            problems.append("%s (%s): %s" % (pid, program.get(pid, "thread of the product"), line.strip()[:200]))
if not java_seen:
    print("strace did not see the product's Java process start")
elif problems:
    print("network connections: " + "; ".join(problems[:3]))
PY
)
fi
check "the desktop opens no network connection (started, screenshot taken and closed under strace)" "$network_problem"

echo "cli-smoke: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
