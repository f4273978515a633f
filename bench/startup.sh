#!/usr/bin/env bash
# Start-up time: from launching `./lumen` to an interactive main window, N times, under one Xvfb.
# The app (with -Dlumen.startupTiming=exit, passed through JAVA_TOOL_OPTIONS) prints the wall-clock
# times of the JVM start, its first frame, the first frame showing the demo study's image in the
# viewport, and the first FX task run after it (responsive), then quits. Measured from the moment the
# script starts the process. Peers in the same run: `java -version` (the bare JVM start),
# `java -cp <app classpath> org.lumen.viewer.Main --version` (the JVM plus loading our CLI), and
# bench/startup/EmptyWindow.java (a bare JavaFX window of the same size, same JVM options: the floor).
# Target: 2 s to the interactive window. Both also print the CPU time their FX thread and the whole
# process had used by then (not inflated by waiting for a core on a loaded machine).
# Usage: bench/startup.sh [runs, default 10]; LUMEN_STARTUP_OPTS adds JVM options (e.g. -Dlumen.renderer=cpu)
set -euo pipefail
cd "$(dirname "$0")/.."
. .ci/jdk.sh # (again in common.sh; needed before the build)
runs="${1:-10}"
out="bench/results/startup-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$out"
home="$(mktemp -d)"
trap 'rm -rf "$home"; [ -n "${xvfb:-}" ] && kill "$xvfb" 2>/dev/null || true' EXIT
# Build once (./lumen builds on first use too, but that time is not start-up).
./lumen --version >/dev/null
. bench/startup/common.sh

# One warm-up launch generates the demo study in the (fresh) cache, as a first start does once, and
# is the start that writes ./lumen's class archive when the build has none yet (at its exit).
launch() {
    local log="$1" start pid
    : >"$log"
    start=$(now_ms)
    XDG_CONFIG_HOME="$home/config" XDG_CACHE_HOME="$home/cache" HOME="$home" \
        JAVA_TOOL_OPTIONS="-Dlumen.startupTiming=exit ${LUMEN_STARTUP_OPTS:-}" ./lumen >"$log" 2>&1 &
    pid=$!
    for _ in $(seq 600); do grep -q '^lumen-startup ' "$log" && break; kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
    sleep 0.5; kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
    local line; line=$(grep '^lumen-startup ' "$log" || true)
    [ -n "$line" ] || { echo "no start-up line in $log:" >&2; tail -20 "$log" >&2; exit 1; }
    echo "$start $line"
}
launch "$out/warmup.log" >/dev/null
peer="$home/peer"
mkdir -p "$peer"
"$JAVA_HOME/bin/javac" -cp "packaging/target/app/lib/*" -d "$peer" bench/startup/EmptyWindow.java
. bench/jvm-options.sh
read_jvm_options packaging/src/dist/jvm.options
empty_window() {
    local start pid log="$1"
    : >"$log" # exists before the loop below reads it (the launch's redirection happens in the background)
    start=$(now_ms)
    "$JAVA_HOME/bin/java" "${jvm_options[@]}" -cp "$peer:packaging/target/app/lib/*" EmptyWindowMain >"$log" 2>&1 &
    pid=$!
    for _ in $(seq 600); do grep -q '^lumen-startup ' "$log" && break; kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
    kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
    echo "$start $(grep '^lumen-startup ' "$log")"
}
: >"$out/runs.txt"
for i in $(seq "$runs"); do
    read -r start _ jvm window image responsive fxcpu cpu <<<"$(launch "$out/run$i.log" | sed 's/[a-z]*=//g')"
    s=$(now_ms); "$JAVA_HOME/bin/java" -version >/dev/null 2>&1; version=$(( $(now_ms) - s ))
    s=$(now_ms); "$JAVA_HOME/bin/java" -cp "packaging/target/app/lib/*" org.lumen.viewer.Main --version >/dev/null 2>&1; cli=$(( $(now_ms) - s ))
    read -r pstart _ _ _ _ presponsive pfxcpu pcpu <<<"$(empty_window "$out/empty$i.log" | sed 's/[a-z]*=//g')"
    echo "$(( jvm - start )) $(( window - start )) $(( image - start )) $(( responsive - start )) $version $cli $(( presponsive - pstart )) $fxcpu $cpu $pfxcpu $pcpu" >>"$out/runs.txt"
done
col() { awk -v c="$1" '{print $c}' "$out/runs.txt" | median; }
jvm=$(col 1); window=$(col 2); image=$(col 3); responsive=$(col 4); version=$(col 5); cli=$(col 6); empty=$(col 7)
fxcpu=$(col 8); cpu=$(col 9); pfxcpu=$(col 10); pcpu=$(col 11)
{
    echo "start-up of ./lumen, median of $runs runs ($(nproc) cores, $(date -u +%Y-%m-%d)), ms from launching the process:"
    printf '| %-44s | %8s |\n' "step" "ms"
    printf '| %-44s | %8s |\n' "JVM started (script + java launcher)" "$jvm"
    printf '| %-44s | %8s |\n' "main window's first frame" "$window"
    printf '| %-44s | %8s |\n' "demo image in the viewport" "$image"
    printf '| %-44s | %8s |\n' "interactive (FX task run after that frame)" "$responsive"
    printf '| %-44s | %8s |\n' "peer: java -version" "$version"
    printf '| %-44s | %8s |\n' "peer: java ... Main --version (our CLI)" "$cli"
    printf '| %-44s | %8s |\n' "peer: bare JavaFX window, interactive" "$empty"
    printf '| %-44s | %8s |\n' "CPU by interactive: FX thread / process" "$fxcpu / $cpu"
    printf '| %-44s | %8s |\n' "peer's CPU: FX thread / process" "$pfxcpu / $pcpu"
    awk -v r="$responsive" -v v="$version" -v c="$cli" -v e="$empty" 'BEGIN {
        printf "interactive / 2000 ms target = %.2f; / java -version = %.1fx; / CLI --version = %.1fx; / bare JavaFX window = %.2fx\n",
            r / 2000, r / v, r / c, r / e }'
} | tee "$out/result.txt"
