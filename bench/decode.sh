#!/usr/bin/env bash
# Decode benchmark: Lumen's decoders (JMH) beside dcmtk and GDCM decoding the same files in the same
# run. Prints megapixels per second for each and the ratio ours / reference.
# Usage: bench/decode.sh [frames]   (frames of the 512 x 512 CT-like test file, default 32)
set -euo pipefail
cd "$(dirname "$0")/.."
.ci/install-deps.sh test
. .ci/jdk.sh
frames="${1:-32}"
out="bench/results/decode-$(date -u +%Y%m%dT%H%M%SZ)"
data="$out/data"
mkdir -p "$data"
echo "== making test data ($frames frames of 512 x 512) in $data" >&2
/usr/bin/python3 bench/make-decode-data.py "$data" "$frames" >/dev/null
dcmcjpeg +e1 "$data/ct16.dcm" "$data/ct16-jpeg-lossless-sv1.dcm"
dcmcjpls "$data/ct16.dcm" "$data/ct16-jpegls.dcm"
dcmcrle "$data/ct16.dcm" "$data/ct16-rle.dcm"
gdcmconv --j2k "$data/ct16.dcm" "$data/ct16-j2k-lossless.dcm"
dcmcjpeg +eb "$data/rgb8.dcm" "$data/rgb8-jpeg-baseline.dcm"

./mvnw -q -B -ntp -DskipTests -pl bench -am package >&2
# Our modules from their build folders (not from ~/.m2), third-party jars from the local repository.
cp="bench/target/classes:dicom-core/target/classes:rendering/target/classes:$(./mvnw -q -B -ntp -pl bench dependency:build-classpath \
    -DexcludeGroupIds=org.lumen -Dmdep.outputFile=/dev/stdout)"

# Best of 5 wall-clock runs of a command, in seconds.
best_of_5() {
    local best=999999999999 t0 t1 s
    for _ in 1 2 3 4 5; do
        t0=$(date +%s%N); "$@" >/dev/null 2>&1; t1=$(date +%s%N)
        s=$(( t1 - t0 )); [ "$s" -lt "$best" ] && best=$s
    done
    calc "$best / 1e9"
}
calc() { /usr/bin/python3 -c "print(round($1, 3))"; }
megapixels() { # rows x columns x frames of a file
    /usr/bin/python3 -c "import pydicom,sys; d=pydicom.dcmread(sys.argv[1],stop_before_pixels=True); print(d.Rows*d.Columns*int(getattr(d,'NumberOfFrames',1) or 1)/1e6)" "$1"
}
printf '%-28s %10s %12s %12s %12s %8s %8s\n' file MPixels "ours MP/s" "dcmtk MP/s" "GDCM MP/s" "/dcmtk" "/GDCM"
for f in ct16-jpeg-lossless-sv1 ct16-jpegls ct16-rle ct16-j2k-lossless rgb8-jpeg-baseline ct16; do
    file="$data/$f.dcm"
    mp=$(megapixels "$file")
    case "$f" in
        *jpegls*) dcmtk=(dcmdjpls "$file" "$out/tmp.dcm") ;;
        *rle*) dcmtk=(dcmdrle "$file" "$out/tmp.dcm") ;;
        *j2k*) dcmtk=() ;;
        *jpeg*) dcmtk=(dcmdjpeg "$file" "$out/tmp.dcm") ;;
        *) dcmtk=(dcmconv "$file" "$out/tmp.dcm") ;;
    esac
    if [ ${#dcmtk[@]} -gt 0 ]; then t_dcmtk=$(best_of_5 "${dcmtk[@]}"); else t_dcmtk=""; fi
    t_gdcm=$(best_of_5 gdcmconv --raw "$file" "$out/tmp.dcm")
    java --enable-native-access=ALL-UNNAMED -cp "$cp" org.openjdk.jmh.Main DecodeBenchmark -p file="$file" \
        -f 1 -wi 3 -w 1s -i 5 -r 1s -rf json -rff "$out/$f.json" >"$out/$f.jmh.txt" 2>&1
    ms=$(/usr/bin/python3 -c "import json,sys; print(json.load(open(sys.argv[1]))[0]['primaryMetric']['score'])" "$out/$f.json")
    ours=$(calc "$mp / ($ms / 1000)")
    g_mps=$(calc "$mp / $t_gdcm")
    d_mps=""; r_d=""
    if [ -n "$t_dcmtk" ]; then d_mps=$(calc "$mp / $t_dcmtk"); r_d=$(calc "$ours / $d_mps"); fi
    r_g=$(calc "$ours / $g_mps")
    printf '%-28s %10s %12s %12s %12s %8s %8s\n' "$f" "$mp" "$ours" "${d_mps:--}" "$g_mps" "${r_d:--}" "$r_g"
done | tee "$out/summary.txt"
# Header parsing over the readable files of the pydicom corpus: ours in process (JMH), dcmtk's dcmdump
# and GDCM's gdcmdump each as one process over all files (their printing included).
corpus="/usr/lib/python3/dist-packages/pydicom/data"
find "$corpus/test_files" "$corpus/charset_files" -type f ! -name '*.txt' ! -name '*.py' ! -name '*.json' \
    ! -name 'README*' ! -name '*.dump' ! -name '*.gz' ! -name '*truncated*' ! -name 'no_meta.dcm' ! -name 'DICOMDIR*' \
    | sort >"$out/headers.txt"
n=$(wc -l <"$out/headers.txt")
java --enable-native-access=ALL-UNNAMED -cp "$cp" org.openjdk.jmh.Main HeaderBenchmark -p list="$out/headers.txt" \
    -f 1 -wi 3 -w 1s -i 5 -r 1s -rf json -rff "$out/headers.json" >"$out/headers.jmh.txt" 2>&1
h_ms=$(/usr/bin/python3 -c "import json,sys; print(json.load(open(sys.argv[1]))[0]['primaryMetric']['score'])" "$out/headers.json")
t_dump=$(best_of_5 xargs -a "$out/headers.txt" dcmdump -q -M)
t_gdump=$(best_of_5 xargs -a "$out/headers.txt" gdcmdump)
ours_fps=$(calc "$n / ($h_ms / 1000)")
dump_fps=$(calc "$n / $t_dump")
gdump_fps=$(calc "$n / $t_gdump")
printf '\nheader parsing, %s files: ours %s files/s, dcmdump %s files/s (x%s), gdcmdump %s files/s (x%s)\n' "$n" "$ours_fps" \
    "$dump_fps" "$(calc "$ours_fps / $dump_fps")" "$gdump_fps" "$(calc "$ours_fps / $gdump_fps")" \
    | tee -a "$out/summary.txt"
echo "(reference tools are timed as whole processes, best of 5, including start-up and writing their output;" \
     "ours is JMH average time per decode of all frames, in process)" | tee -a "$out/summary.txt"
