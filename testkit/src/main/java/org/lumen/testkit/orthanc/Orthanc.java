package org.lumen.testkit.orthanc;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Handle on one real Orthanc started for tests: its URLs, credentials, PID, and the operations a
 * test needs (upload, wipe, kill, restart). Obtain it from {@link OrthancExtension#orthanc()} or as
 * a test method parameter. The storage directory survives {@link #kill()} and {@link #restart()}.
 *
 * <p>Thread-safe: lifecycle operations are serialised; HTTP helpers may run concurrently.
 */
public final class Orthanc {

    private final OrthancSettings settings;
    private final WorkDirectory dir;
    private final HttpClient client;
    private final OrthancRest rest;
    private volatile int port;
    private volatile Optional<OrthancProcess> process = Optional.empty();
    private final Optional<TlsFront> tlsFront;

    Orthanc(OrthancSettings settings) {
        this.settings = settings;
        this.dir = WorkDirectory.create();
        HttpClient.Builder http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5));
        if (settings.tls() instanceof OrthancTls.On on) {
            http.sslContext(on.certificates().sslContext(on.requireClientCertificates()));
            this.tlsFront = Optional.of(TlsFront.start(on, () -> port));
        } else {
            this.tlsFront = Optional.empty();
        }
        this.client = http.build();
        this.rest = new OrthancRest(client, credentials());
    }

    /** Starts Orthanc unless it is running; a dead one is started again on its old storage. */
    synchronized void ensureRunning() {
        if (isAlive()) {
            return;
        }
        ProcessReaper.initialiseOnce(settings.binary().toString());
        boolean firstStart = port == 0;
        if (firstStart) {
            port = LoopbackPorts.findFree();
        }
        if (!launchOnce()) {
            // Most likely the old port was taken meanwhile: one more try on a fresh port.
            port = LoopbackPorts.findFree();
            if (!launchOnce()) {
                throw new OrthancException("Orthanc exited during start-up; log tail:\n" + dir.logTail(4000));
            }
        }
        if (!settings.preload().isEmpty() && instanceCount() == 0) {
            upload(settings.preload());
        }
    }

    private boolean launchOnce() {
        OrthancConfiguration.write(settings, dir, port);
        OrthancProcess p = OrthancProcess.launch(settings, dir);
        process = Optional.of(p);
        if (!p.awaitHealthy(rest, baseUri(), settings.startupTimeout(), dir)) {
            process = Optional.empty();
            return false;
        }
        // Fail loudly if the DICOMweb plugin did not load (wrong path, ABI mismatch).
        HttpResponse<String> plugin = rest.send(rest.request(baseUri().resolve("/plugins/dicom-web")).GET().build());
        if (plugin.statusCode() != 200) {
            throw new OrthancException("Orthanc runs without the DICOMweb plugin (HTTP " + plugin.statusCode()
                    + "); log tail:\n" + dir.logTail(4000));
        }
        return true;
    }

    /** Stops Orthanc gracefully (SIGTERM, then SIGKILL) if it runs, and starts it again. */
    public synchronized void restart() {
        process.ifPresent(OrthancProcess::stop);
        process = Optional.empty();
        ensureRunning();
    }

    /** Kills Orthanc with SIGKILL, simulating a server that dies; the next test restarts it. */
    public synchronized void kill() {
        process.orElseThrow(() -> new IllegalStateException("Orthanc was never started")).kill();
    }

    /** Whether the Orthanc process is running. */
    public boolean isAlive() {
        return process.map(OrthancProcess::isAlive).orElse(false);
    }

    /** The operating-system PID of the current (or last) Orthanc process. */
    public long pid() {
        return process.orElseThrow(() -> new IllegalStateException("Orthanc is not started")).pid();
    }

    /** {@code http://127.0.0.1:PORT/} ({@code https} with TLS), the root of Orthanc's REST API. */
    public URI baseUri() {
        return URI.create(settings.scheme() + "://127.0.0.1:" + publicPort() + "/");
    }

    /** {@code http://127.0.0.1:PORT/dicom-web} ({@code https} with TLS), the DICOMweb root (no trailing slash). */
    public URI dicomWebRoot() {
        return URI.create(settings.scheme() + "://127.0.0.1:" + publicPort() + "/dicom-web");
    }

    /** The port clients use: the TLS port when TLS is on, else Orthanc's HTTP port. */
    private int publicPort() {
        return tlsFront.map(TlsFront::port).orElse(port);
    }

    /** The HTTP port on loopback (Orthanc's own plain port, also when TLS is on). */
    public int httpPort() {
        return port;
    }

    /** The basic-auth user tests should use, when authentication is enabled. */
    public Optional<Credentials> credentials() {
        return settings.users().stream().findFirst();
    }

    /** Orthanc's storage (and index) directory; it persists across kill and restart. */
    public Path storageDirectory() {
        return dir.storage();
    }

    /** The file Orthanc's stdout and stderr go to. */
    public Path logFile() {
        return dir.logFile();
    }

    /** The JDK HTTP client used by this handle (HTTP/1.1). */
    public HttpClient httpClient() {
        return client;
    }

    /**
     * A request to {@code pathAndQuery} (relative to the server root, e.g.
     * {@code "/dicom-web/studies?PatientID=1CT1"}), with the Authorization header when auth is on.
     * Query values are sent as written: Orthanc does not percent-decode them.
     */
    public HttpRequest.Builder request(String pathAndQuery) {
        return rest.request(baseUri().resolve(pathAndQuery));
    }

    /** {@code GET pathAndQuery} with credentials, body as text. */
    public HttpResponse<String> get(String pathAndQuery) {
        return rest.send(request(pathAndQuery).GET().build());
    }

    /** Uploads Part 10 files ({@code POST /instances}), one request per file. */
    public List<StoredInstance> upload(Path... files) {
        return upload(List.of(files));
    }

    /** Uploads Part 10 files ({@code POST /instances}), one request per file. */
    public List<StoredInstance> upload(Collection<Path> files) {
        List<StoredInstance> out = new ArrayList<>();
        for (Path f : files) {
            out.addAll(rest.upload(baseUri(), f));
        }
        return List.copyOf(out);
    }

    /** Deletes every patient (and so every study, series, instance) and checks nothing is left. */
    public void deleteAll() {
        for (JsonNode id : rest.getJson(baseUri().resolve("/patients"))) {
            rest.delete(baseUri().resolve("/patients/" + id.asText()));
        }
        long left = instanceCount();
        if (left != 0) {
            throw new OrthancException("after deleting every patient " + left + " instances remain");
        }
    }

    /** The number of stored instances ({@code GET /statistics}). */
    public long instanceCount() {
        return rest.getJson(baseUri().resolve("/statistics")).path("CountInstances").asLong(-1);
    }

    /** Stops the process and deletes the work directory, storage included. */
    synchronized void close() {
        tlsFront.ifPresent(TlsFront::close);
        process.ifPresent(OrthancProcess::stop);
        process = Optional.empty();
        dir.deleteRecursively();
    }

    @Override
    public String toString() {
        return "Orthanc[" + baseUri() + ", auth=" + settings.authenticationEnabled() + "]";
    }
}
