#!/usr/bin/env bash
# GC pauses while reading: two checkouts' ./lumen (e.g. one with ZGC, one with G1 in jvm.options)
# alternately start on the DEMO study, play cine 8 s, scroll 300 images by key, open the MPR layout
# (builds the volume) and scroll 300 images there, under a JFR recording; prints each run's
# collections and pause times (jdk.GCPhasePause: the application's threads stopped) per checkout.
# Usage: bench/pauses.sh CHECKOUT_A CHECKOUT_B [runs each, default 2]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
a="$(cd "$1" && pwd)"; b="$(cd "$2" && pwd)"; runs="${3:-2}"
work="$(mktemp -d)"
trap 'rm -rf "$work"; [ -n "${xvfb:-}" ] && kill "$xvfb" 2>/dev/null || true' EXIT
. "$here/bench/startup/common.sh"
build_both "$a" "$b"
# A first workstation start after a build writes ./lumen's class archive (not exec'd: its pid is not the
# JVM's, and it moves the archive into place after exiting): made here, before the measured runs.
for side in "$a" "$b"; do
    mkdir -p "$work/home-warm-up"
    XDG_CONFIG_HOME="$work/home-warm-up/config" XDG_CACHE_HOME="$work/home-warm-up/cache" HOME="$work/home-warm-up" \
        JAVA_TOOL_OPTIONS="-Dlumen.startupTiming=exit" timeout 300 "$side/lumen" >/dev/null 2>&1 || true
done
read_one() { # checkout, name
    local log="$work/$2.log" pid wid
    mkdir -p "$work/home-$2"
    : >"$log"
    XDG_CONFIG_HOME="$work/home-$2/config" XDG_CACHE_HOME="$work/home-$2/cache" HOME="$work/home-$2" \
        JAVA_TOOL_OPTIONS="-Dlumen.startupTiming=log -XX:StartFlightRecording:settings=default" \
        "$1/lumen" >"$log" 2>&1 &
    pid=$!
    for _ in $(seq 1200); do grep -q '^lumen-startup ' "$log" && break; sleep 0.1; done
    sleep 2
    wid=$(xdotool search --name '^Lumen' | head -1)
    xdotool windowfocus --sync "$wid" 2>/dev/null || xdotool windowfocus "$wid"
    xdotool key space; sleep 8; xdotool key space
    xdotool key --delay 25 --repeat 300 Down
    xdotool key ctrl+m; sleep 4
    xdotool key --delay 25 --repeat 300 Down
    sleep 1
    "$JAVA_HOME/bin/jcmd" "$pid" JFR.dump filename="$work/$2.jfr" >/dev/null
    kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
    "$JAVA_HOME/bin/java" "$here/bench/startup/GcPauses.java" "$work/$2.jfr"
}
for i in $(seq "$runs"); do
    echo "A run $i: $(read_one "$a" "a$i")"
    echo "B run $i: $(read_one "$b" "b$i")"
done
echo "$(uptime)"
