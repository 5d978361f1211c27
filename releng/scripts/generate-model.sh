#!/usr/bin/env bash
# Regenerates the EMF code of org.itot.model (model code) and org.itot.model.edit (EMF.Edit item providers) from
# bundles/org.itot.model/model/itot.genmodel, headless: no Eclipse, no p2, only jars from Maven Central (see
# releng/codegen/pom.xml).
#
#   releng/scripts/generate-model.sh            # from any directory
#
# What it does:
#   1. builds releng/codegen (quietly) when its jar is missing or older than its pom/sources;
#   2. moves aside everything the generator owns (GENERATED below), so classes and icons of removed model elements
#      disappear too (put back if the generation fails);
#   3. runs the generator, which writes only those locations (the bundles' MANIFEST.MF, plugin.xml and
#      build.properties are hand-written and are never touched; this script double-checks that).
# The output is deterministic and its text files are '\n'-only: running it twice gives no diff.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# shellcheck source=toolchain.sh
source "$REPO_ROOT/releng/scripts/toolchain.sh"

CODEGEN_DIR="$REPO_ROOT/releng/codegen"
CODEGEN_JAR="$CODEGEN_DIR/target/org.itot.codegen.jar"
GENMODEL="$REPO_ROOT/bundles/org.itot.model/model/itot.genmodel"
# What the generator owns, relative to the repository root. These must match the genmodel: modelDirectory,
# editDirectory, the edit project's icons and its plugin.properties (Bundle-Localization: plugin). The icons are EMF's
# default ones; to use others, override getImage in hand-written code rather than editing these files.
GENERATED=(
    bundles/org.itot.model/src-gen
    bundles/org.itot.model.edit/src-gen
    bundles/org.itot.model.edit/icons/full
    bundles/org.itot.model.edit/plugin.properties
)
# The bundles' hand-written files: the generator must leave them byte for byte as they are.
PROTECTED_FILES=(
    bundles/org.itot.model/META-INF/MANIFEST.MF
    bundles/org.itot.model/plugin.xml
    bundles/org.itot.model/plugin.properties
    bundles/org.itot.model/build.properties
    bundles/org.itot.model.edit/META-INF/MANIFEST.MF
    bundles/org.itot.model.edit/plugin.xml
    bundles/org.itot.model.edit/build.properties
)

[ -f "$GENMODEL" ] || itot_die "genmodel not found: $GENMODEL"

# 1. Build the generator if needed. Maven runs from releng/codegen, whose own .mvn/ keeps the repo root's
#    .mvn/ (Tycho build extension) out of this plain Maven build.
if [ ! -f "$CODEGEN_JAR" ] || [ -n "$(find "$CODEGEN_DIR/pom.xml" "$CODEGEN_DIR/src" -newer "$CODEGEN_JAR" -print -quit)" ]; then
    itot_log "building the code generator (releng/codegen)"
    # JDK 24+ warns about Maven's own (Guice) use of sun.misc.Unsafe on every run; allow it there to keep this quiet.
    # Older JDKs do not know the option, so probe first.
    maven_opts="${MAVEN_OPTS:-}"
    if java --sun-misc-unsafe-memory-access=allow -version >/dev/null 2>&1; then
        maven_opts="$maven_opts --sun-misc-unsafe-memory-access=allow"
    fi
    (cd "$CODEGEN_DIR" && MAVEN_OPTS="$maven_opts" mvn -q package) || itot_die "building releng/codegen failed"
fi

# Snapshot the protected files, to restore them should a generator ever change them.
backup_dir="$(mktemp -d)"
trap 'rm -rf "$backup_dir"' EXIT
for file in "${PROTECTED_FILES[@]}"; do
    if [ -f "$REPO_ROOT/$file" ]; then
        mkdir -p "$backup_dir/protected/$(dirname "$file")"
        cp -p "$REPO_ROOT/$file" "$backup_dir/protected/$file"
    fi
done

# 2. Start from nothing, so stale classes and icons of removed model elements do not survive (and plugin.properties
#    is written afresh rather than merged). The old output is kept aside until the generator succeeds, so a model
#    with errors leaves the bundles as they were.
for path in "${GENERATED[@]}"; do
    if [ -e "$REPO_ROOT/$path" ]; then
        mkdir -p "$backup_dir/generated/$(dirname "$path")"
        mv "$REPO_ROOT/$path" "$backup_dir/generated/$path"
    fi
done

# 3. Generate. The generator prints the model's problems and exits non-zero on errors.
status=0
java -jar "$CODEGEN_JAR" "$GENMODEL" || status=$?

# Whatever happened, put back any protected file that was changed, created or deleted.
changed=()
for file in "${PROTECTED_FILES[@]}"; do
    if [ -f "$backup_dir/protected/$file" ]; then
        if ! cmp -s "$backup_dir/protected/$file" "$REPO_ROOT/$file"; then
            cp -p "$backup_dir/protected/$file" "$REPO_ROOT/$file"
            changed+=("$file")
        fi
    elif [ -e "$REPO_ROOT/$file" ]; then
        rm -f "$REPO_ROOT/$file"
        changed+=("$file")
    fi
done

if [ "$status" -ne 0 ]; then
    for path in "${GENERATED[@]}"; do
        rm -rf "${REPO_ROOT:?}/$path"
        if [ -e "$backup_dir/generated/$path" ]; then
            mv "$backup_dir/generated/$path" "$REPO_ROOT/$path"
        fi
    done
    itot_die "code generation failed (exit $status); ${GENERATED[*]} left as they were"
fi
if [ ${#changed[@]} -gt 0 ]; then
    itot_die "the generator touched ${changed[*]}; restored them. This is a bug in releng/codegen."
fi
