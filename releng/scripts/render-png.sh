#!/usr/bin/env bash
# Renders a model's diagram to PNG with the built bundles on plain Java (no OSGi, no display).
#   bash releng/scripts/render-png.sh MODEL.itot|template:purdue OUT.png [SCALE] [DIAGRAM-NAME-OR-ID]
# Builds org.itot.model and org.itot.render first if their jars are missing.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
source "$repo/releng/scripts/toolchain.sh"

[ $# -ge 2 ] || itot_die "usage: render-png.sh MODEL.itot|template:purdue OUT.png [SCALE] [DIAGRAM-NAME-OR-ID]"

jar_of() { ls "$repo/bundles/$1/target/$1-"*.jar 2>/dev/null | grep -v sources | head -n 1; }
if [ -z "$(jar_of org.itot.model)" ] || [ -z "$(jar_of org.itot.render)" ]; then
    itot_log "building the bundles (mvn verify, tests skipped)"
    (cd "$repo" && mvn -B -ntp -q -DskipTests verify -pl bundles/org.itot.model,bundles/org.itot.render)
fi

# The same EMF versions as targetplatform/org.itot.target.
m2="${HOME}/.m2/repository"
classpath="$(jar_of org.itot.model):$(jar_of org.itot.render)"
for jar in org/eclipse/emf/org.eclipse.emf.common/2.46.0/org.eclipse.emf.common-2.46.0.jar \
           org/eclipse/emf/org.eclipse.emf.ecore/2.43.0/org.eclipse.emf.ecore-2.43.0.jar \
           org/eclipse/emf/org.eclipse.emf.ecore.xmi/2.41.0/org.eclipse.emf.ecore.xmi-2.41.0.jar; do
    [ -f "$m2/$jar" ] || itot_die "missing $m2/$jar; run the build once (bash releng/scripts/test.sh) to fetch it"
    classpath="$classpath:$m2/$jar"
done
exec java -Djava.awt.headless=true -cp "$classpath" org.itot.render.java2d.RenderPng "$@"
