#!/usr/bin/env bash
# Regenerates the EMF model code of org.itot.model from bundles/org.itot.model/model/itot.genmodel, headless:
# no Eclipse, no p2, only jars from Maven Central (see releng/codegen/pom.xml).
#
#   releng/scripts/generate-model.sh            # from any directory
#
# What it does:
#   1. builds releng/codegen (quietly) when its jar is missing or older than its pom/sources;
#   2. deletes bundles/org.itot.model/src-gen, so classes removed from the model disappear too (restored if the
#      generation fails);
#   3. runs the generator, which writes only below src-gen (the bundle's MANIFEST.MF, plugin.xml and
#      build.properties are hand-written and are never touched; this script double-checks that).
# The output is deterministic and '\n'-only: running it twice gives no diff.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# shellcheck source=toolchain.sh
source "$REPO_ROOT/releng/scripts/toolchain.sh"

CODEGEN_DIR="$REPO_ROOT/releng/codegen"
CODEGEN_JAR="$CODEGEN_DIR/target/org.itot.codegen.jar"
BUNDLE_DIR="$REPO_ROOT/bundles/org.itot.model"
GENMODEL="$BUNDLE_DIR/model/itot.genmodel"
OUTPUT_DIR="$BUNDLE_DIR/src-gen" # must match modelDirectory="/org.itot.model/src-gen" in the genmodel
# The bundle's hand-written files: the generator must leave them byte for byte as they are.
PROTECTED_FILES=(META-INF/MANIFEST.MF plugin.xml plugin.properties build.properties)

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
    if [ -f "$BUNDLE_DIR/$file" ]; then
        mkdir -p "$backup_dir/$(dirname "$file")"
        cp -p "$BUNDLE_DIR/$file" "$backup_dir/$file"
    fi
done

# 2. Start from nothing, so stale classes of removed model elements do not survive. The old output is kept aside
#    until the generator succeeds, so a model with errors leaves the bundle as it was.
if [ -d "$OUTPUT_DIR" ]; then
    mv "$OUTPUT_DIR" "$backup_dir/src-gen"
fi

# 3. Generate. The generator prints the model's problems and exits non-zero on errors.
status=0
java -jar "$CODEGEN_JAR" "$GENMODEL" || status=$?

# Whatever happened, put back any protected file that was changed, created or deleted.
changed=()
for file in "${PROTECTED_FILES[@]}"; do
    if [ -f "$backup_dir/$file" ]; then
        if ! cmp -s "$backup_dir/$file" "$BUNDLE_DIR/$file"; then
            cp -p "$backup_dir/$file" "$BUNDLE_DIR/$file"
            changed+=("$file")
        fi
    elif [ -e "$BUNDLE_DIR/$file" ]; then
        rm -f "$BUNDLE_DIR/$file"
        changed+=("$file")
    fi
done

if [ "$status" -ne 0 ]; then
    rm -rf "$OUTPUT_DIR"
    if [ -d "$backup_dir/src-gen" ]; then
        mv "$backup_dir/src-gen" "$OUTPUT_DIR"
    fi
    itot_die "code generation failed (exit $status); $OUTPUT_DIR left as it was"
fi
if [ ${#changed[@]} -gt 0 ]; then
    itot_die "the generator touched ${changed[*]} in $BUNDLE_DIR; restored them. This is a bug in releng/codegen."
fi
