#!/usr/bin/env bash
# Start-up A/B: alternating launches of two checkouts' ./lumen (each built, with its class archive
# written by one warm-up launch) and the bare JavaFX window peer (bench/startup/EmptyWindow.java),
# interleaved A, B, bare, A, B, bare, ... so that a load change on a shared machine hits both alike.
# Prints each launch and the medians (ms from launch to interactive, as bench/startup.sh measures),
# B / A and each / bare window, of the medians and as the median of each round's own ratios.
# Usage: bench/startup-ab.sh CHECKOUT_A CHECKOUT_B [rounds, default 7]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
a="$(cd "$1" && pwd)"; b="$(cd "$2" && pwd)"; rounds="${3:-7}"
work="$(mktemp -d)"
trap 'rm -rf "$work"; [ -n "${xvfb:-}" ] && kill "$xvfb" 2>/dev/null || true' EXIT
. "$here/bench/startup/common.sh"
build_both "$a" "$b"
# prints "ms-to-first-frame ms-to-image ms-to-interactive fx-thread-cpu-ms process-cpu-ms" of one launch
timed() {
    local log="$1" start pid line; shift
    : >"$log"
    start=$(now_ms)
    "$@" >"$log" 2>&1 &
    pid=$!
    for _ in $(seq 1200); do grep -q '^lumen-startup ' "$log" && break; kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
    sleep 0.3; kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
    line=$(grep '^lumen-startup ' "$log" | sed 's/[a-z]*=//g' || true)
    [ -n "$line" ] || { echo "no start-up line in $log:" >&2; tail -20 "$log" >&2; exit 1; }
    read -r _ _ window image responsive fxcpu cpu <<<"$line"
    echo "$(( window - start )) $(( image - start )) $(( responsive - start )) $fxcpu $cpu"
}
lumen() { # checkout, home (exec: the launch's pid is ./lumen's)
    XDG_CONFIG_HOME="$2/config" XDG_CACHE_HOME="$2/cache" HOME="$2" \
        JAVA_TOOL_OPTIONS="-Dlumen.startupTiming=exit ${LUMEN_STARTUP_OPTS:-}" exec "$1/lumen"
}
# ./lumen moves the class archive (or, in older checkouts, the AOT cache) into place after its first
# workstation start: wait for it, or the first rounds run without one
cache_written() {
    for _ in $(seq 600); do
        # (one older than 10 minutes is left over from a killed run)
        [ -n "$(find "$1/packaging/target/app" -maxdepth 1 \( -name '*.partial' -o -name '*.aot.*' \) -mmin -10 -print -quit)" ] || return 0
        sleep 0.5
    done
}
mkdir -p "$work/a" "$work/b" "$work/peer"
timed "$work/warm-a.log" lumen "$a" "$work/a" >/dev/null # demo study generated, class archive written if needed
timed "$work/warm-b.log" lumen "$b" "$work/b" >/dev/null
cache_written "$a"; cache_written "$b"
"$JAVA_HOME/bin/javac" -cp "$a/packaging/target/app/lib/*" -d "$work/peer" "$here/bench/startup/EmptyWindow.java"
. "$here/bench/jvm-options.sh"
read_jvm_options "$a/packaging/src/dist/jvm.options"
bare() { "$JAVA_HOME/bin/java" "${jvm_options[@]}" -cp "$work/peer:$a/packaging/target/app/lib/*" EmptyWindowMain; }
echo "A=$a B=$b rounds=$rounds; $(uptime)"
echo "round  A(frame image interactive fxcpu cpu)  B(frame image interactive fxcpu cpu)  bare(interactive fxcpu cpu)"
: >"$work/runs"
for i in $(seq "$rounds"); do
    if (( i % 2 )); then ra=$(timed "$work/a$i.log" lumen "$a" "$work/a"); rb=$(timed "$work/b$i.log" lumen "$b" "$work/b")
    else rb=$(timed "$work/b$i.log" lumen "$b" "$work/b"); ra=$(timed "$work/a$i.log" lumen "$a" "$work/a"); fi
    rp=$(timed "$work/p$i.log" bare | awk '{print $3, $4, $5}')
    echo "$i  $ra  $rb  $rp" | tee -a "$work/runs"
done
col() { awk -v c="$1" '{print $c}' "$work/runs" | median; }
ia=$(col 4); ib=$(col 9); p=$(col 12)
echo "medians: A frame $(col 2) image $(col 3) interactive $ia, CPU FX $(col 5) process $(col 6);" \
    "B frame $(col 7) image $(col 8) interactive $ib, CPU FX $(col 10) process $(col 11); bare $p, CPU FX $(col 13) process $(col 14); $(uptime)"
awk -v a="$ia" -v b="$ib" -v p="$p" -v fa="$(col 5)" -v fb="$(col 10)" -v ca="$(col 6)" -v cb="$(col 11)" 'BEGIN {
    printf "interactive B / A = %.2f; A / bare = %.2fx; B / bare = %.2fx; CPU B / A: FX thread %.2f, process %.2f\n", b / a, a / p, b / p, fb / fa, cb / ca }'
echo "median of each round's own ratios (its launches ran one after the other): interactive B / A" \
    "$(awk '{printf "%.3f\n", $9 / $4}' "$work/runs" | median), A / bare $(awk '{printf "%.3f\n", $4 / $12}' "$work/runs" | median)x," \
    "B / bare $(awk '{printf "%.3f\n", $9 / $12}' "$work/runs" | median)x"
