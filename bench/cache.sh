#!/usr/bin/env bash
# Encrypted cache benchmark: warm reads of a 100 MiB set of cached frames and durable writes, each
# beside the same bytes as plain files (same durability) in the same JMH run, and the workstation's
# warm open of a cached series (readSeries) against a plain folder. Prints the ratios. Then
# CachePairedReads: the same reads alternated pass by pass, from the page cache and from the disk
# (both sides dropped from the page cache before each pass, posix_fadvise through PageCache).
# Usage: bench/cache.sh [frames]   (512 KiB frames in the read set, default 200 = 100 MiB)
set -euo pipefail
cd "$(dirname "$0")/.."
. .ci/jdk.sh
frames="${1:-200}"
out="bench/results/cache-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$out"
# Our modules from their build folders, third-party jars from the local repository (resolved in the
# same reactor build, so nothing of ours needs to be installed).
./mvnw -q -B -ntp -pl bench -am compile dependency:build-classpath -DexcludeGroupIds=org.lumen \
    -Dmdep.outputFile="$PWD/$out/deps.txt" >&2
cp="bench/target/classes:dicom-core/target/classes:rendering/target/classes:secure-store/target/classes:$(cat "$out/deps.txt")"
java --enable-native-access=ALL-UNNAMED -cp "$cp" org.openjdk.jmh.Main CacheBenchmark -p frames="$frames" \
    -f 1 -wi 3 -w 2s -i 5 -r 2s -rf json -rff "$out/cache.json" | tee "$out/cache.jmh.txt" >&2
/usr/bin/python3 - "$out/cache.json" "$frames" <<'PY' | tee "$out/summary.txt"
import json, sys
runs = {r["benchmark"].rsplit(".", 1)[1]: r["primaryMetric"]["score"] for r in json.load(open(sys.argv[1]))}
mib = int(sys.argv[2]) * 0.5
w = 16 * 0.5
print(f"{'':10} {'cache MiB/s':>12} {'plain MiB/s':>12} {'cache/plain':>12}")
for name, size in (("read", mib), ("readSeries", mib), ("write", w)):
    c, p = size / (runs[name + "Cache"] / 1e3), size / (runs[name + "Plain"] / 1e3)
    print(f"{name:10} {c:12.0f} {p:12.0f} {c / p:12.2f}")
PY
java --enable-native-access=ALL-UNNAMED -cp "$cp" org.lumen.bench.CachePairedReads "$frames" 40 | tee -a "$out/summary.txt"
