#!/usr/bin/env bash
# Streaming benchmark: `lumen web stream` (the viewer's retrieval scheduler) opening a cold 200 x 512 x 512 CT
# from Orthanc behind a link shaper (bench LinkShaper: in-process proxy, rate limit + RTT/2 delay per
# direction), beside curl fetching the same frames (same transfer syntax, same requests in flight) through the
# same shaper: the link's limit. Links: 30 Mbit/s with 10 ms RTT, and 100 Mbit/s with 20 ms.
# Prints per link and syntax: time to metadata, to the first slice decoded, to the full volume, bytes, and the
# ratios (first slice / 150 ms target, full volume / (bytes / link rate), full volume / curl).
# Usage: [LINKS="30 10,100 20"] [MODES="auto:instance auto:metadata stored:instance"] bench/stream.sh [slices] [repeat]
# (defaults 200 3). STORED_AS=<transfer syntax UID> has Orthanc store the study in that syntax (IngestTranscoding: an
# archive that keeps JPEG-LS, 1.2.840.10008.1.2.4.80, serves it without transcoding); its rows are labelled
# syntax/jls. The app runs with its jvm.options (JVM_OPTIONS=none: the JDK's defaults), after WARM_UP opens (default
# 1) of the same series in the same JVM, uncached and untimed (the JIT warmed as in a workstation that has opened a study). DECODE_THREADS=n: our decode pool's threads (default: cores - 1). EARLY=n: instances whose frames are asked for
# before the series metadata is in (default 0, the app's default: the bulk waits for the metadata; EARLY=16 measures ADR 0015's early bulk). JAVA_EXTRA="-D..." adds JVM options to the app's (an A/B of a system property). TRACE=1 also writes each run's time line, the CPU of Orthanc, the shaper and the machine, and
# a profile of both (bench/stream-trace.py) beside the results. A mode is syntax:first, syntax = auto, stored, jpeg-ls or jpeg-lossless (the last two
# forced), first = instance (the slice on the screen before the series' metadata,
# as the viewer opens a series, ADR 0015) or metadata (the metadata first: the peer). The "qido" column is the
# series search (instance count) made before the clock starts (the viewer's strip has made it when the user
# clicks); the search for the middle instance is inside the timed first slice. Orthanc's HTTP
# compression is off: with it on, Orthanc also gzipped the frames, and on 2 cores the metadata took 1.1 s
# instead of 0.3 s (one run, 30 Mbit/s). curl still asks for compression, as our client does. Raw results: bench/results/stream-<time>/.
set -euo pipefail
cd "$(dirname "$0")/.."
. .ci/jdk.sh
slices="${1:-200}"; repeat="${2:-3}"
out="bench/results/stream-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$out"; out="$(cd "$out" && pwd)"

. bench/web-orthanc.sh
web_bench_build
app_cp="viewer-app/target/classes:$mods:$(deps viewer-app)"

echo "== generating $slices slices of 512 x 512" >&2
java -cp "$bench_cp" org.lumen.bench.web.WebBench generate "$out/data" 512 "$slices"

ingest=""; [ -n "${STORED_AS:-}" ] && ingest="\"IngestTranscoding\": \"$STORED_AS\","
pids=()
# `|| true`: under set -e a failing kill (a shaper already stopped) ended the trap before the clean-up
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$out/data" "$out/orthanc/storage"' EXIT
start_orthanc lumen-stream-bench "$ingest"
url="http://127.0.0.1:$port/dicom-web"
java -cp "$bench_cp" org.lumen.bench.web.WebBench store "$url" "$out/data"
# A study in the archive, not one being stored: its files written to the disk (no write-back beside the timed opens)
# and the server done with it (Orthanc calls a study stable StableAge seconds after its last instance).
sync
for _ in $(seq 300); do
    curl -sf "http://127.0.0.1:$port/studies?expand" | /usr/bin/python3 -c 'import json,sys; d=json.load(sys.stdin); sys.exit(0 if d and all(s["IsStable"] for s in d) else 1)' && break
    sleep 0.2
done
root="1.2.826.0.1.3680043.9.7777.77"; study="$root.1"; series="$root.2"; prefix="$root.3."

results="$out/results.jsonl"; : >"$results"
# The app's JVM options (packaging/src/dist/jvm.options: ZGC, heap, JIT thresholds), as ./lumen starts it;
# JVM_OPTIONS=none runs it on the JDK's defaults instead (for an A/B).
jvm_options=()
. bench/jvm-options.sh
[ "${JVM_OPTIONS:-}" = none ] || read_jvm_options packaging/src/dist/jvm.options
links=("30 10" "100 20") # Mbit/s and RTT ms; LINKS="30 10,100 20" overrides
[ -n "${LINKS:-}" ] && IFS=, read -ra links <<<"$LINKS"
for link in "${links[@]}"; do
    set -- $link; mbit=$1; rtt=$2
    sport=$(free_port)
    java -cp "$bench_cp" org.lumen.bench.web.LinkShaper "$sport" "$port" "$mbit" "$rtt" 2>>"$out/shaper.log" &
    pids+=($!); shaper=$!
    for _ in $(seq 100); do curl -sf -o /dev/null "http://127.0.0.1:$sport/system" && break; sleep 0.1; done
    surl="http://127.0.0.1:$sport/dicom-web"
    # Runs interleaved (each repeat runs every mode) so that load drifting on a shared machine spreads over the modes.
    for r in $(seq "$repeat"); do
        for mode in ${MODES:-auto:instance auto:metadata stored:instance}; do
            syntax=${mode%%:*}; first=${mode##*:}
            # Cold: a fresh JVM, nothing cached on the client side. TRACE=1: the time line and the CPU samples too.
            tag="$mbit-$syntax-$first-$r"; traced=()
            if [ -n "${TRACE:-}" ]; then
                traced=(--trace "$out/trace-$tag.jsonl")
                /usr/bin/python3 bench/stream-trace.py sample "$out/cpu-$tag.txt" "${pids[0]}" "$shaper" "$surl" & sampler=$!; pids+=($sampler)
            fi
            line=$(java "${jvm_options[@]}" ${EARLY:+-Dlumen.stream.early="$EARLY"} ${JAVA_EXTRA:-} -cp "$app_cp" org.lumen.viewer.Main web stream --orthanc --url "$surl" --study "$study" \
                --series "$series" --syntax "$syntax" --first "$first" --workers 8 --warm-up "${WARM_UP:-1}" ${DECODE_THREADS:+--decode-threads "$DECODE_THREADS"} "${traced[@]}")
            if [ -n "${TRACE:-}" ]; then
                kill "$sampler" 2>/dev/null || true
                /usr/bin/python3 bench/stream-trace.py report "$out/trace-$tag.jsonl" "$out/cpu-$tag.txt" "$mbit" >"$out/profile-$tag.txt" || true
            fi
            ts=$(/usr/bin/python3 -c 'import json,sys; d=json.loads(sys.argv[1])["bySyntax"]; print(max(d, key=d.get))' "$line")
            media=application/octet-stream; case "$ts" in 1.2.840.10008.1.2.4.8?) media=image/jls;; 1.2.840.10008.1.2.4.5?|1.2.840.10008.1.2.4.70) media=image/jpeg;; esac
            accept="Accept: multipart/related; type=\"$media\"; transfer-syntax=$ts"
            [ "$ts" = "1.2.840.10008.1.2.1" ] && accept='Accept: multipart/related; type="application/octet-stream"; transfer-syntax=*'
            for k in $(seq "$slices"); do
                printf 'url = "%s/studies/%s/series/%s/instances/%s%d/frames/1"\noutput = "/dev/null"\n' "$surl" "$study" "$series" "$prefix" "$k"
            done >"$out/frames.curl"
            t0=$(date +%s%N)
            cbytes=$(curl -s --compressed --parallel --parallel-max 8 -H "$accept" -K "$out/frames.curl" -w '%{size_download}\n' | awk '{s+=$1} END {print s}')
            t1=$(date +%s%N)
            printf '{"mbit":%s,"rttMs":%s,"syntax":"%s","first":"%s","storedAs":"%s","run":%d,"lumen":%s,"curl":{"bytes":%d,"ms":%.1f,"syntax":"%s"}}\n' \
                "$mbit" "$rtt" "$syntax" "$first" "${STORED_AS:-}" "$r" "$line" "$cbytes" "$(/usr/bin/python3 -c "print(($t1-$t0)/1e6)")" "$ts" | tee -a "$results" >&2
        done
    done
    kill "$shaper" 2>/dev/null || true
done
/usr/bin/python3 - "$results" <<'PY' | tee "$out/summary.txt"
import json, sys, statistics as st
rows = [json.loads(l) for l in open(sys.argv[1])]
# "curl MB" are the frames all in curl's one syntax (the compressed bytes when it is compressed): full/climit is the
# full volume over those bytes / rate: the issue's reference (compressed bytes / rate) also when our frames came in several
# syntaxes (probes as stored or JPEG-LS: more or fewer bytes than all in one).
print("link              syntax  first     first slice  /150ms  metadata  qido    full volume  bytes(MB)  limit=bytes/rate  full/limit  curl   full/curl  curl MB  full/climit  lossy")
label = lambda r: r["syntax"] + ("/" + {"1.2.840.10008.1.2.4.80": "jls", "1.2.840.10008.1.2.4.70": "sv1", "1.2.840.10008.1.2.4.90": "j2k"}.get(r["storedAs"], r["storedAs"]) if r.get("storedAs") else "")
for key in sorted({(r["mbit"], r["rttMs"], label(r), r.get("first", "metadata")) for r in rows}):
    rs = [r for r in rows if (r["mbit"], r["rttMs"], label(r), r.get("first", "metadata")) == key]
    meta = st.median(r["lumen"]["metadataMs"] for r in rs)
    qido = st.median(r["lumen"].get("qidoMs", 0) for r in rs)
    first = st.median(r["lumen"]["firstSliceMs"] for r in rs)
    full = st.median(r["lumen"]["fullMs"] for r in rs)
    b = st.median(r["lumen"]["frameBytes"] for r in rs)
    limit = b * 8 / (key[0] * 1e6) * 1000
    curl = st.median(r["curl"]["ms"] for r in rs)
    lossy = max(r["lumen"]["lossySlices"] for r in rs)
    cb = st.median(r["curl"]["bytes"] for r in rs)
    climit = cb * 8 / (key[0] * 1e6) * 1000
    print(f"{key[0]:>3} Mbit/s {key[1]:>2} ms  {key[2]:<6}  {key[3]:<8}  {first:8.0f} ms  {first/150:5.2f}  {meta:6.0f} ms  {qido:4.0f} ms  {full:8.0f} ms  {b/1e6:8.1f}  {limit:10.0f} ms  {full/limit:9.2f}  {curl:6.0f} ms  {full/curl:6.2f}  {cb/1e6:7.1f}  {full/climit:10.2f}  {lossy}")
PY
