#!/usr/bin/env bash
# DICOMweb retrieval benchmark: our DicomWebClient, curl (the limit) and the npm dicomweb-client in
# Node (the peer) doing the same requests, in the same run, against one Orthanc on loopback.
# Builds, starts Orthanc (own config, storage and port), generates and STOWs a 200-slice 512 x 512
# 16-bit CT, measures (a) the whole series in one multipart request and (b) one request per frame,
# one and N in flight, prints the table and stops Orthanc. Raw results: bench/results/dicomweb-<time>/.
# Usage: bench/dicomweb.sh [slices] [inflight] [repeat] [rounds]    (defaults 200 4 5 2)
set -euo pipefail
cd "$(dirname "$0")/.."
.ci/install-deps.sh test
. .ci/jdk.sh
slices="${1:-200}"; inflight="${2:-4}"; repeat="${3:-5}"; rounds="${4:-2}"
out="bench/results/dicomweb-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$out"
out="$(cd "$out" && pwd)"

if [ ! -d bench/dicomweb-js/node_modules/dicomweb-client ]; then
    echo "== installing the npm dicomweb-client (package-lock.json)" >&2
    (cd bench/dicomweb-js && npm ci --no-audit --no-fund >&2)
fi
echo "== building" >&2
./mvnw -q -B -ntp -DskipTests -pl bench -am package >&2
cp="bench/target/classes:dicom-core/target/classes:rendering/target/classes:dicomweb-client/target/classes:$(./mvnw -q -B -ntp \
    -pl bench dependency:build-classpath -DexcludeGroupIds=org.lumen -Dmdep.outputFile=/dev/stdout)"
ours() { java "$@" -cp "$cp" org.lumen.bench.web.WebBench "${args[@]}"; } # JVM options as arguments, the command in args

echo "== generating $slices slices of 512 x 512" >&2
java -cp "$cp" org.lumen.bench.web.WebBench generate "$out/data" 512 "$slices"

# Orthanc on loopback with its own configuration, storage and port; stopped by its PID on exit.
port=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
mkdir -p "$out/orthanc/storage" "$out/orthanc/tmp"
cat >"$out/orthanc/config.json" <<JSON
{ "Name": "lumen-bench", "StorageDirectory": "$out/orthanc/storage", "IndexDirectory": "$out/orthanc/storage",
  "TemporaryDirectory": "$out/orthanc/tmp", "StorageCompression": false, "HttpServerEnabled": true,
  "HttpPort": $port, "DicomServerEnabled": false, "RemoteAccessAllowed": false, "AuthenticationEnabled": false,
  "SaveJobs": false, "OverwriteInstances": true, "HttpCompressionEnabled": true,
  "Plugins": ["/usr/share/orthanc/plugins/libOrthancDicomWeb.so"],
  "DicomWeb": { "Enable": true, "Root": "/dicom-web/", "EnableWado": false, "Ssl": false } }
JSON
/usr/sbin/Orthanc "$out/orthanc/config.json" >"$out/orthanc/log.txt" 2>&1 &
orthanc_pid=$!
# On exit: stop Orthanc, drop the generated files and Orthanc's storage (about 210 MB), keep the results.
trap 'kill "$orthanc_pid" 2>/dev/null || true; wait "$orthanc_pid" 2>/dev/null || true; rm -rf "$out/data" "$out/orthanc/storage"' EXIT
for _ in $(seq 200); do
    curl -sf -o /dev/null "http://127.0.0.1:$port/system" && break
    kill -0 "$orthanc_pid" 2>/dev/null || { tail -20 "$out/orthanc/log.txt" >&2; exit 1; }
    sleep 0.1
done
url="http://127.0.0.1:$port/dicom-web"
echo "== Orthanc $orthanc_pid on port $port; storing" >&2
java -cp "$cp" org.lumen.bench.web.WebBench store "$url" "$out/data"

root="1.2.826.0.1.3680043.9.7777.77"
study="$root.1"; series="$root.2"; prefix="$root.3."
series_url="$url/studies/$study/series/$series"
accept_series='Accept: multipart/related; type="application/dicom"; transfer-syntax=*'
accept_frames='Accept: multipart/related; type="application/octet-stream"; transfer-syntax=*'

# curl: three warm-ups (as for the others) and $repeat timed runs of one curl process; bytes = body bytes of a run.
curl_run() { # scenario inflight curl-arguments...
    local scenario=$1 n=$2; shift 2
    local bytes seconds="" rss=0 cpu="" t0 t1 r m
    bytes=$(curl -s --no-progress-meter "$@" -w '%{size_download}\n' | awk '{s+=$1} END {print s}')
    curl -s --no-progress-meter "$@"; curl -s --no-progress-meter "$@"
    for _ in $(seq "$repeat"); do
        t0=$(date +%s%N)
        /usr/bin/time -f '%M %U %S' -o "$out/curl.rss" curl -s "$@" -w '' --no-progress-meter
        t1=$(date +%s%N)
        read -r m u s < <(tail -1 "$out/curl.rss"); [ "$m" -gt "$rss" ] && rss=$m
        seconds="$seconds${seconds:+, }$(/usr/bin/python3 -c "print(($t1 - $t0) / 1e9)")"
        cpu="$cpu${cpu:+ + }$u + $s"
    done
    printf '{"tool":"curl","scenario":"%s","inflight":%d,"bytes":%d,"seconds":[%s],"cpuSecondsPerRun":%s,"rssPeakBytes":%d}\n' \
        "$scenario" "$n" "$bytes" "$seconds" "$(/usr/bin/python3 -c "print(round(($cpu) / $repeat, 4))")" "$((rss * 1024))"
}
frame_config() { # curl -K file: one request per frame
    for k in $(seq "$slices"); do
        printf 'url = "%s/instances/%s%d/frames/1"\noutput = "/dev/null"\n' "$series_url" "$prefix" "$k"
    done
}
frame_config >"$out/frames.curl"
# Peak RSS covers each tool's whole process: one process per scenario for all three.
js() { node bench/dicomweb-js/bench.js "$@"; }

results="$out/results.jsonl"
: >"$results"
run() { echo "== $*" >&2; "$@" | tee -a "$results" >&2; }
# Rounds alternate the tools so that a change in the machine's load does not favour one of them.
for round in $(seq "$rounds"); do
    echo "== round $round of $rounds" >&2
    args=(series "$url" "$repeat"); run ours
    run curl_run series 1 -o /dev/null -H "$accept_series" "$series_url"
    run js series "$url" "$study" "$series" "$repeat"
    for n in 1 "$inflight"; do
        args=(frames "$url" "$slices" "$n" "$repeat"); run ours
        if [ "$n" = 1 ]; then
            run curl_run frames 1 -H "$accept_frames" -K "$out/frames.curl"
        else
            run curl_run frames "$n" --parallel --parallel-max "$n" -H "$accept_frames" -K "$out/frames.curl"
        fi
        run js frames "$url" "$study" "$series" "$prefix" "$slices" "$n" "$repeat"
    done
done
# Bounded memory: the same work with a 64 MiB heap.
args=(series "$url" "$repeat"); run ours -Xmx64m -Dbench.label=xmx64m
args=(frames "$url" "$slices" "$inflight" "$repeat"); run ours -Xmx64m -Dbench.label=xmx64m

/usr/bin/python3 bench/dicomweb-table.py "$results" | tee "$out/summary.txt"
