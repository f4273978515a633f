#!/usr/bin/env bash
# Measures the packaged app's start-up: milliseconds from launching the app-image's launcher to its
# main window being mapped (xdotool), for the app-image as built ("appcds": -XX:+AutoCreateSharedArchive,
# the first run writes the archive when the app exits, see src/dist/jvm-packaged.options) and the
# same image without those options ("base": only the JDK's own CDS archive from jlink). Runs alternate between the variants so that load from elsewhere hits both alike.
# Usage (under a display, e.g. xvfb-run): packaging/scripts/startup-time.sh [rounds] [app-image]
set -euo pipefail
rounds="${1:-8}"
image="$(readlink -f "${2:-$(dirname "$0")/../target/dist/Lumen}")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
command -v xdotool >/dev/null || { echo "needs xdotool (.ci/install-deps.sh test)" >&2; exit 1; }
[ -n "${DISPLAY:-}" ] || { echo "needs a display: run under xvfb-run" >&2; exit 1; }

variant() { # name [strip]
    local name=$1
    cp -a "$image" "$work/$name"
    if [ "${2:-}" = strip ]; then
        sed -i '/AutoCreateSharedArchive\|SharedArchiveFile/d' "$work/$name/lib/app/Lumen.cfg"
    fi
    # Java takes user.home from the password database, not $HOME: the app finds its cache
    # through XDG_CACHE_HOME. The archive's folder must exist before the first exit.
    mkdir -p "$work/home-$name/.cache/lumen"
}
# One run: prints ms to the window, then closes the app with SIGTERM (a normal JVM exit).
run_once() { # name
    local name=$1 start end pid
    start=$(date +%s%N)
    HOME="$work/home-$name" XDG_CACHE_HOME="$work/home-$name/.cache" "$work/$name/bin/Lumen" >>"$work/$name.log" 2>&1 &
    pid=$!
    until xdotool search --onlyvisible --name '^Lumen ' >/dev/null 2>&1; do
        kill -0 "$pid" 2>/dev/null || { echo "$name: the app exited; log:" >&2; cat "$work/$name.log" >&2; exit 1; }
        sleep 0.02
    done
    end=$(date +%s%N)
    kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
    echo $(( (end - start) / 1000000 ))
}
variant base strip
variant appcds
grep -q AutoCreateSharedArchive "$work/appcds/lib/app/Lumen.cfg" || { echo "the image has no AppCDS options" >&2; exit 1; }
# Warm-up: both generate the DEMO study once; appcds also writes its archive at exit.
run_once base >/dev/null
run_once appcds >/dev/null
ls -l "$work/home-appcds/.cache/lumen/lumen.jsa" >&2
declare -A times
for ((i = 0; i < rounds; i++)); do
    for name in base appcds; do times[$name]+="$(run_once "$name") "; done
done
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
for name in base appcds; do
    echo "$name: ${times[$name]}-> median $(echo "${times[$name]}" | median) ms"
done
b=$(echo "${times[base]}" | median); a=$(echo "${times[appcds]}" | median)
awk -v a="$a" -v b="$b" 'BEGIN {printf "appcds/base median ratio: %.2f\n", a / b}'
