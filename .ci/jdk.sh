# Sourced by ./lumen, ./run-tests and .ci/run: points JAVA_HOME at a JDK 25 or newer.
# Keeps a JAVA_HOME that already is one; otherwise looks under /usr/lib/jvm and /opt.
# The major version from the JDK's `release` file (no JVM started: ./lumen sources this on every
# launch, and starting a JVM only to ask its version cost 70 to 400 ms of the start-up); a JDK
# without that file is asked.
lumen_java_major() {
    local major=""
    if [ -r "$1/release" ]; then
        major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release")
    fi
    if [ -z "$major" ]; then
        major=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p')
    fi
    echo "$major"
}
lumen_pick_jdk() {
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ] && [ "$(lumen_java_major "$JAVA_HOME")" -ge 25 ] 2>/dev/null; then
        return 0
    fi
    local candidate
    for candidate in /usr/lib/jvm/* /opt/jdk* /opt/java/*; do
        if [ -x "$candidate/bin/javac" ] && [ "$(lumen_java_major "$candidate")" -ge 25 ] 2>/dev/null; then
            export JAVA_HOME="$candidate"
            return 0
        fi
    done
    echo "lumen: no JDK 25 found. Install one (for example Temurin 25) and set JAVA_HOME to it." >&2
    return 1
}
lumen_pick_jdk
export PATH="$JAVA_HOME/bin:$PATH"
