# Sourced by the build scripts: selects the JDK, bootstraps Maven >= 3.9 and installs the
# system packages the build and the UI tests need. Idempotent; does nothing it need not do.
#
# Why Java 25: the Eclipse 2025-12 platform bundles we target declare JavaSE-21, Tycho 5 needs 21+,
# and Temurin 25 is the JDK this machine kind ships beside the default OpenJDK 17.
# Why a Maven bootstrap: Tycho 5 needs Maven >= 3.9.9; Debian ships 3.8.7. We fetch Maven itself
# from Maven Central by its artifact coordinates with whatever Maven is there (no host names here).

ITOT_MAVEN_VERSION=3.9.11
# In CI the tools folder is a fresh, empty temporary folder, so every run proves the bootstrap from
# nothing (a cached Maven once hid a broken bootstrap: issue 14). ITOT_TOOLS_DIR set by hand wins.
if [ -z "${ITOT_TOOLS_DIR:-}" ] && [ -n "${CI:-}" ]; then
    ITOT_TOOLS_DIR=$(mktemp -d "${TMPDIR:-/tmp}/itot-tools.XXXXXX")
    itot_log_early="CI: bootstrapping into the empty tools folder $ITOT_TOOLS_DIR"
fi
export ITOT_TOOLS_DIR="${ITOT_TOOLS_DIR:-$HOME/.cache/itot-architect}"

itot_log() { printf '[itot] %s\n' "$*" >&2; }
itot_die() { printf '[itot] ERROR: %s\n' "$*" >&2; exit 1; }

itot_apt_install() {
    # Installs only the Debian packages that are missing; apt-get update once per run.
    local missing=()
    local pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    itot_log "installing Debian packages: ${missing[*]}"
    if [ -z "${ITOT_APT_UPDATED:-}" ]; then
        $sudo apt-get update -qq || itot_die "apt-get update failed"
        ITOT_APT_UPDATED=1
    fi
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
        || itot_die "apt-get install ${missing[*]} failed"
}

itot_select_java() {
    # The first JDK >= 21 wins: an explicit ITOT_JAVA_HOME, then Temurin 25, then any other.
    local candidate
    for candidate in "${ITOT_JAVA_HOME:-}" /usr/lib/jvm/temurin-25* /usr/lib/jvm/*25* /usr/lib/jvm/*21*; do
        [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
        local major
        major=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 \
            | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p')
        if [ -n "$major" ] && [ "$major" -ge 21 ]; then
            export JAVA_HOME="$candidate"
            export PATH="$JAVA_HOME/bin:$PATH"
            return 0
        fi
    done
    itot_die "no JDK 21 or newer found (looked in /usr/lib/jvm). Install Temurin 25 or set ITOT_JAVA_HOME to a JDK >= 21."
}

itot_bootstrap_maven() {
    local home="$ITOT_TOOLS_DIR/apache-maven-$ITOT_MAVEN_VERSION"
    if [ ! -x "$home/bin/mvn" ]; then
        command -v mvn >/dev/null 2>&1 || itot_apt_install maven
        itot_log "bootstrapping Maven $ITOT_MAVEN_VERSION from Maven Central (org.apache.maven:apache-maven)"
        mkdir -p "$ITOT_TOOLS_DIR"
        local download
        download=$(mktemp -d "$ITOT_TOOLS_DIR/download.XXXXXX")
        # From the empty download folder, not the project: standing in the project, the old Maven would
        # load .mvn/extensions.xml (Tycho 5), which it cannot run (issue 14). -f on a file that does not
        # exist is not needed: a goal given by coordinates runs without a project.
        (cd "$download" && mvn -B -q -ntp org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
            -Dartifact="org.apache.maven:apache-maven:$ITOT_MAVEN_VERSION:tar.gz:bin" \
            -DoutputDirectory="$download" -Dmdep.stripVersion=false) \
            || itot_die "could not fetch org.apache.maven:apache-maven:$ITOT_MAVEN_VERSION from Maven Central"
        tar -xzf "$download"/apache-maven-*.tar.gz -C "$download" || itot_die "could not unpack Maven"
        # Move into place only when complete, so an interrupted bootstrap is retried next time.
        rm -rf "$home"
        mv "$download/apache-maven-$ITOT_MAVEN_VERSION" "$home"
        rm -rf "$download"
    fi
    export MAVEN_HOME="$home"
    export PATH="$home/bin:$PATH"
    export MAVEN_OPTS="${MAVEN_OPTS:--Xmx1500m --sun-misc-unsafe-memory-access=allow}"
}

itot_ui_packages() {
    # Xvfb, GTK and a small window manager for the UI tests and the desktop app on machines without a
    # display; ImageMagick and xdotool take screenshots and close the window as a user would.
    itot_apt_install xvfb xauth libgtk-3-0 libxtst6 fonts-dejavu-core x11-utils imagemagick openbox xdotool dbus-x11
}

[ -n "${itot_log_early:-}" ] && itot_log "$itot_log_early"
itot_select_java
itot_bootstrap_maven
