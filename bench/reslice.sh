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
java --enable-native-access=ALL-UNNAMED -cp "$cp" org.openjdk.jmh.Main ObliqueResliceBenchmark -p threads="$threads" \
    -wi 5 -w 1s -i 10 -r 1s -rf json -rff "$out/reslice.json" | tee "$out/reslice.jmh.txt" >&2
/usr/bin/python3 - "$out/reslice.json" <<'PY' | tee "$out/summary.txt"
import json, sys
rows = {r["benchmark"].rsplit(".", 1)[1]: r["primaryMetric"] for r in json.load(open(sys.argv[1]))}
peer = rows["axialTrilinearPeer"]["score"]
print(f"{'benchmark':<22} {'ms/op':>8} {'+-':>6} {'/ axial':>8}  target 8 ms")
for name, m in rows.items():
    print(f"{name:<22} {m['score']:8.2f} {m['scoreError']:6.2f} {m['score'] / peer:8.2f}  {'met' if m['score'] <= 8 else 'missed'}")
PY
