#!/usr/bin/env bash
# GPU frame time: the GL renderer against the CPU reference renderer in the same run, on a synthetic
# 512 x 512 x 500 CT-like volume (oblique trilinear MPR at 1024 x 1024 with window/level and readback,
# the plane turned a little each frame), plus the CPU oblique reslice to 512 x 512 on 2 cores (target
# 8 ms). Prints one JSON line and a table; keeps them under bench/results/.
# Usage: bench/gpu-frame-time.sh [GpuFrameTime options: --frames 300 --cpu-frames 10 --reslice-frames 40 --size 512x512x500]
# Without a DISPLAY it runs under xvfb-run (Mesa llvmpipe unless the X server has a GPU).
set -euo pipefail
cd "$(dirname "$0")/.."
. .ci/jdk.sh
out="bench/results/gpu-frame-time-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$out"
./mvnw -q -B -ntp -DskipTests -pl bench -am package >&2
cp="bench/target/classes:rendering/target/classes:dicom-core/target/classes:$(./mvnw -q -B -ntp -pl bench dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
cmd=("$JAVA_HOME/bin/java" -Xmx4g --enable-native-access=ALL-UNNAMED -cp "$cp" org.lumen.bench.GpuFrameTime "$@")
if [ -z "${DISPLAY:-}" ]; then
    cmd=(xvfb-run -a -s "-screen 0 1920x1080x24" "${cmd[@]}")
fi
"${cmd[@]}" | tee "$out/result.txt"
