#!/usr/bin/env bash
# JIT options against the app's hot CPU paths (bench/startup/JitSteady.java): decoding the DEMO study's
# axial series stored plain, JPEG-LS and JPEG lossless (SV1), loading it as a volume and rendering every
# slice and 30 oblique planes with the CPU renderer, round after round in one JVM. Each variant runs
# with packaging/src/dist/jvm.options plus its own options; the variants alternate, launch by launch.
# Prints, per variant, the medians over launches of: round 1 (cold), rounds 1-5 (warm-up), and the
# median of the last 10 rounds (steady state), with CPU seconds of the whole launch; then each
# variant's ratios to the first one.
# Usage: bench/jit-steady.sh [launches] [rounds] "" "-XX:... options" ...   (defaults 5, 25, "" only)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v dcmcjpls >/dev/null || .ci/install-deps.sh test # dcmtk
. .ci/jdk.sh
launches="${1:-5}"; rounds="${2:-25}"; shift $(( $# < 2 ? $# : 2 ))
[ $# -gt 0 ] || set -- ""
[ -f packaging/target/app/.built ] || { echo "build first: ./lumen --version" >&2; exit 1; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
lib="packaging/target/app/lib/*"
"$JAVA_HOME/bin/javac" -cp "$lib" -d "$work/peer" bench/startup/JitSteady.java
# The data: the DEMO study (as the first start writes it), its axial series recompressed by dcmtk.
demo=$("$JAVA_HOME/bin/java" -cp "$work/peer:$lib" JitSteady demo "$work/demo")
mkdir -p "$work/data/plain" "$work/data/jpegls" "$work/data/sv1"
for f in "$demo"/AX*.dcm; do
    b=$(basename "$f"); cp "$f" "$work/data/plain/$b"
    dcmcjpls "$f" "$work/data/jpegls/$b"; dcmcjpeg +e1 "$f" "$work/data/sv1/$b"
done
. bench/jvm-options.sh
read_jvm_options packaging/src/dist/jvm.options
echo "load before: $(uptime)" >&2
for l in $(seq "$launches"); do
    v=0
    for opts in "$@"; do
        v=$((v + 1))
        # shellcheck disable=SC2086 # the variant's options are words
        /usr/bin/time -f "cpu %U %S" -o "$work/time" "$JAVA_HOME/bin/java" "${jvm_options[@]}" $opts -cp "$work/peer:$lib" \
            JitSteady "$rounds" "$work/data/plain" "$work/data/jpegls" "$work/data/sv1" > "$work/v$v.$l.txt"
        cat "$work/time" >> "$work/v$v.$l.txt"
        echo "launch $l variant $v: $(tail -2 "$work/v$v.$l.txt" | head -1)" >&2
    done
done
echo "load after: $(uptime)" >&2
/usr/bin/python3 - "$work" "$launches" "$@" <<'PY'
import re, statistics as st, sys
work, launches, variants = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
def parse(path):
    rounds, cpu = [], None
    for line in open(path):
        if line.startswith("round"):
            rounds.append({f"{k} {m}": int(x) for k, w, c in re.findall(r"(\S+)=(\d+)/(\d+)", line) for m, x in (("wall", w), ("cpu", c))})
        elif line.startswith("cpu"):
            _, u, s = line.split(); cpu = float(u) + float(s)
    return rounds, cpu
rows = []
for v, opts in enumerate(variants, 1):
    runs = [parse(f"{work}/v{v}.{l}.txt") for l in range(1, launches + 1)]
    tasks = list(runs[0][0][0].keys())
    row = {"opts": opts or "(jvm.options only)",
           "round 1 wall": st.median(r[0]["total wall"] for r, _ in runs),
           "round 1 cpu": st.median(r[0]["total cpu"] for r, _ in runs),
           "rounds 1-5 cpu": st.median(sum(x["total cpu"] for x in r[:5]) for r, _ in runs),
           "cpu s": st.median(c for _, c in runs)}
    for t in tasks:
        row["steady " + t] = st.median(st.median(x[t] for x in r[-10:]) for r, _ in runs)
    rows.append(row)
keys = [k for k in rows[0] if k != "opts"]
print("variant | " + " | ".join(keys) + " | options")
for i, row in enumerate(rows, 1):
    print(f"v{i} | " + " | ".join(f"{row[k]:.1f}" if isinstance(row[k], float) else str(row[k]) for k in keys) + f" | {row['opts']}")
for i, row in enumerate(rows[1:], 2):
    print(f"v{i} / v1 | " + " | ".join(f"{row[k] / rows[0][k]:.2f}" if rows[0][k] else "-" for k in keys))
PY
