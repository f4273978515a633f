# Sourced by bench/startup.sh, bench/startup-ab.sh and bench/pauses.sh: JDK 25, a private Xvfb when no
# DISPLAY is set (its pid in $xvfb, for the caller's exit trap), and the helpers they share.
. "$(dirname "${BASH_SOURCE[0]}")/../../.ci/jdk.sh"
if [ -z "${DISPLAY:-}" ]; then
    for n in $(seq 90 120); do [ -e "/tmp/.X11-unix/X$n" ] || break; done
    Xvfb ":$n" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb=$!
    export DISPLAY=":$n"
    for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.1; done
fi
now_ms() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
# Two checkouts built (./lumen builds on first use and after source changes; that time is not start-up).
build_both() { local side; for side in "$@"; do (cd "$side" && ./lumen --version >/dev/null); done; }
