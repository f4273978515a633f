# Sourced by bench/stream.sh and bench/priors.sh (from the repository root, after .ci/jdk.sh, with $out set): the
# build and class paths of a web benchmark, and an Orthanc of its own on loopback (configuration, storage and a free
# port under $out; HTTP compression off, DICOMweb on).

# deps MODULE: the module's third-party class path.
deps() { ./mvnw -q -B -ntp -o -pl "$1" dependency:build-classpath -DexcludeGroupIds=org.lumen -Dmdep.outputFile=/dev/stdout; }
free_port() { /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# web_bench_build: compiles viewer-app and bench; sets mods (our library modules' classes) and bench_cp.
web_bench_build() {
    echo "== building" >&2
    ./mvnw -q -B -ntp -o -DskipTests -Dlumen.dist=false -pl viewer-app,bench -am compile >&2
    mods="dicom-core/target/classes:rendering/target/classes:dicomweb-client/target/classes:secure-store/target/classes"
    bench_cp="bench/target/classes:testkit/target/classes:$mods:$(deps bench)"
}

# start_orthanc NAME [EXTRA_JSON]: starts Orthanc (EXTRA_JSON: more settings, each ending in a comma), appends its
# PID to the array pids (the caller's EXIT trap stops them), sets port and waits until it answers.
start_orthanc() {
    port=$(free_port)
    mkdir -p "$out/orthanc/storage" "$out/orthanc/tmp"
    cat >"$out/orthanc/config.json" <<JSON
{ "Name": "$1", "StorageDirectory": "$out/orthanc/storage", "IndexDirectory": "$out/orthanc/storage",
  "TemporaryDirectory": "$out/orthanc/tmp", "StorageCompression": false, "HttpServerEnabled": true,
  "HttpPort": $port, "DicomServerEnabled": false, "RemoteAccessAllowed": false, "AuthenticationEnabled": false,
  "SaveJobs": false, "OverwriteInstances": true, "StableAge": 2, "HttpCompressionEnabled": false, "HttpThreadsCount": 16, ${2:-}
  "Plugins": ["/usr/share/orthanc/plugins/libOrthancDicomWeb.so"],
  "DicomWeb": { "Enable": true, "Root": "/dicom-web/", "EnableWado": false, "Ssl": false } }
JSON
    /usr/sbin/Orthanc "$out/orthanc/config.json" >"$out/orthanc/log.txt" 2>&1 &
    pids+=($!)
    for _ in $(seq 200); do curl -sf -o /dev/null "http://127.0.0.1:$port/system" && break; sleep 0.1; done
}
