#!/usr/bin/env bash
# CPU oblique reslice (JMH): 512 x 512 output from a 512 x 512 x 500 volume on 2 fork/join threads,
# target 8 ms or less; the native axial slice of the same volume is the peer measured in the same run.
# Usage: bench/reslice.sh [threads]   (default 2)
set -euo pipefail
cd "$(dirname "$0")/.."
. .ci/jdk.sh
threads="${1:-2}"
out="bench/results/reslice-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$out"
./mvnw -q -B -ntp -DskipTests -pl bench -am package >&2
cp="bench/target/classes:dicom-core/target/classes:rendering/target/classes:$(./mvnw -q -B -ntp -pl bench dependency:build-classpath \
    -DexcludeGroupIds=org.lumen -Dmdep.outputFile=/dev/stdout)"
java --enable-native-access=ALL-UNNAMED -cp "$cp" -Djmh.ignoreLock=true org.openjdk.jmh.Main ObliqueResliceBenchmark -p threads="$threads" \
    -wi 5 -w 1s -i 10 -r 1s -rf json -rff "$out/reslice.json" | tee "$out/reslice.jmh.txt" >&2
/usr/bin/python3 - "$out/reslice.json" <<'PY' | tee "$out/summary.txt"
import json, sys
data = json.load(open(sys.argv[1]))
rows = {r["benchmark"].rsplit(".", 1)[1]: r for r in data}
threads = int(data[0]["params"]["threads"])
def cpu_ms(r):
    s = r["secondaryMetrics"]
    return s["cpuNanos"]["score"] / s["renders"]["score"] / 1e6
peer = rows["axialTrilinearPeer"]
print(f"{'benchmark':<22} {'wall ms':>8} {'+-':>6} {'CPU ms':>8} {'CPU/' + str(threads):>8} {'/ axial':>8}  target 8 ms on {threads} cores")
for name, r in rows.items():
    m = r["primaryMetric"]
    est = cpu_ms(r) / threads
    print(f"{name:<22} {m['score']:8.2f} {m['scoreError']:6.2f} {cpu_ms(r):8.2f} {est:8.2f} {cpu_ms(r) / cpu_ms(peer):8.2f}  "
          f"{'met' if est <= 8 else 'missed'} (estimate), wall {'met' if m['score'] <= 8 else 'missed'}")
PY
