#!/usr/bin/env bash
# Priors' prefetch vs the current study (ADR 0016, amended by prefetch2): a current CT study of 4 series opened as the
# series strip opens it (the series on the screen streamed, the next one at Tier.NEXT, the other two downloaded whole),
# with 2 relevant chest priors of 2 series each (and a head CT, not relevant) on the same Orthanc, behind the bench
# LinkShaper (default 30 Mbit/s, 10 ms RTT). The figure: ms to the current study's last series complete with the
# prefetch on (-Dlumen.priors.prefetch=2) over the same with it off (=0), runs alternated in the same session (target
# about 1.0x: the priors never delay the current study); also when the priors are complete. OLD_CLASSES=<dir of another
# build's viewer-app classes> adds the same pair for that build (e.g. main before prefetch2).
# Usage: [LINK="30 10"] [SIZE=256] [SLICES=60] [OLD_CLASSES=dir] bench/priors.sh [repeat]   (default 3)
# Raw results: bench/results/priors-<time>/.
set -euo pipefail
cd "$(dirname "$0")/.."
. .ci/jdk.sh
repeat="${1:-3}"; size="${SIZE:-256}"; slices="${SLICES:-60}"
out="bench/results/priors-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$out"; out="$(cd "$out" && pwd)"

. bench/web-orthanc.sh
web_bench_build
lib_cp="bench/target/classes:$mods:$(deps viewer-app)" # bench: CtSeriesWriter.ctImage, the bench's CT slice attributes
"$JAVA_HOME/bin/javac" -cp "viewer-app/target/classes:$lib_cp" -d "$out/run" bench/priors/PriorPrefetchRun.java

pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$out/orthanc/storage"' EXIT
start_orthanc lumen-priors-bench
echo "== storing the studies ($size x $size, $slices slices a series)" >&2
java -cp "$out/run:viewer-app/target/classes:$lib_cp" PriorPrefetchRun store "http://127.0.0.1:$port/dicom-web" "$size" "$slices"

set -- ${LINK:-30 10}; mbit=$1; rtt=$2
sport=$(free_port)
java -cp "$bench_cp" org.lumen.bench.web.LinkShaper "$sport" "$port" "$mbit" "$rtt" 2>>"$out/shaper.log" &
pids+=($!)
for _ in $(seq 100); do curl -sf -o /dev/null "http://127.0.0.1:$sport/system" && break; sleep 0.1; done
surl="http://127.0.0.1:$sport/dicom-web"
builds=("new:viewer-app/target/classes"); [ -n "${OLD_CLASSES:-}" ] && builds+=("old:$OLD_CLASSES")
results="$out/results.jsonl"; : >"$results"
# Alternated (each repeat runs every build and setting) so that load drifting on a shared machine spreads over them.
for r in $(seq "$repeat"); do
    for b in "${builds[@]}"; do
        for limit in 2 0; do
            line=$(java -Dlumen.priors.prefetch="$limit" -cp "$out/run:${b#*:}:$lib_cp" PriorPrefetchRun run "$surl")
            printf '{"build":"%s","run":%d,"mbit":%s,"rttMs":%s,"result":%s}\n' "${b%%:*}" "$r" "$mbit" "$rtt" "$line" | tee -a "$results" >&2
        done
    done
done
/usr/bin/python3 - "$results" <<'PY' | tee "$out/summary.txt"
import json, sys, statistics as st
rows = [json.loads(l) for l in open(sys.argv[1])]
print("build  link            last series (prefetch on)  last series (off)  on/off  first prior opened (on)  priors complete (on)  runs")
for build in sorted({r["build"] for r in rows}):
    rs = [r for r in rows if r["build"] == build]
    on = [r["result"]["lastSeriesMs"] for r in rs if r["result"]["limit"] > 0]
    off = [r["result"]["lastSeriesMs"] for r in rs if r["result"]["limit"] == 0]
    pri = [r["result"]["priorsMs"] for r in rs if r["result"]["limit"] > 0]
    opened = [r["result"].get("firstPriorOpenedMs", -1) for r in rs if r["result"]["limit"] > 0]
    ratios = [a / b for a, b in zip(on, off)]
    print(f"{build:<5}  {rs[0]['mbit']:>3} Mbit/s {rs[0]['rttMs']:>2} ms  {st.median(on):17.0f} ms  {st.median(off):14.0f} ms  {st.median(ratios):6.2f}  {st.median(opened):18.0f} ms  {st.median(pri):15.0f} ms  {len(on)}"
          + f"   (pairs: {', '.join(f'{x:.2f}' for x in ratios)})")
PY
