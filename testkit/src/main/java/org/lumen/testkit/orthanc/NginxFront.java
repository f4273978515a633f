package org.lumen.testkit.orthanc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.lumen.testkit.tls.TestCertificates;

/**
 * Debian's nginx as an HTTP/2-over-TLS reverse proxy in front of a test Orthanc, on a free
 * {@code 127.0.0.1} port with its own configuration, logs and temp folders in a fresh directory:
 * the production setup of many archives (ALPN offers {@code h2} and {@code http/1.1}; nginx speaks
 * HTTP/1.1 to Orthanc). The server certificate is {@link TestCertificates}'. Close it to stop nginx.
 *
 * <pre>{@code
 * try (NginxFront front = NginxFront.start(certificates, orthanc.httpPort())) {
 *     URI root = front.uri().resolve("/dicom-web");
 * }
 * }</pre>
 */
public final class NginxFront implements AutoCloseable {
    /** Where Debian's nginx or nginx-light package puts the binary. */
    public static final Path BINARY = Path.of(System.getProperty("lumen.nginx", "/usr/sbin/nginx"));
    private static final Duration STARTUP = Duration.ofSeconds(20);

    private final Process process;
    private final int port;
    private final Path directory;

    private NginxFront(Process process, int port, Path directory) {
        this.process = process;
        this.port = port;
        this.directory = directory;
    }

    /** Whether nginx is installed (.ci/install-deps.sh test installs nginx-light). */
    public static boolean available() {
        return Files.isExecutable(BINARY);
    }

    /** Starts nginx proxying https (h2 or HTTP/1.1) on a free loopback port to {@code 127.0.0.1:upstreamPort}. */
    public static NginxFront start(TestCertificates certificates, int upstreamPort) {
        if (!available()) {
            throw new OrthancException("nginx is not installed at " + BINARY + " (apt-get install nginx-light)");
        }
        try {
            Path dir = Files.createTempDirectory("lumen-nginx-");
            int port = LoopbackPorts.findFree();
            Files.writeString(dir.resolve("nginx.conf"), configuration(dir, port, upstreamPort, certificates),
                    StandardCharsets.UTF_8);
            Process process = new ProcessBuilder(BINARY.toString(), "-p", dir.toString(), "-c", "nginx.conf",
                    "-e", dir.resolve("error.log").toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("stdout.log").toFile()).start();
            ProcessReaper.register(process.toHandle());
            NginxFront front = new NginxFront(process, port, dir);
            front.awaitListening();
            return front;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start nginx", e);
        }
    }

    static String configuration(Path dir, int port, int upstreamPort, TestCertificates certificates) {
        String user = "root".equals(System.getProperty("user.name")) ? "user root;\n" : "";
        return user + """
                daemon off;
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 256; }
                http {
                    access_log %1$s/access.log;
                    client_body_temp_path %1$s/client-body;
                    proxy_temp_path %1$s/proxy;
                    client_max_body_size 0;
                    server {
                        listen 127.0.0.1:%2$d ssl http2;
                        ssl_certificate %4$s;
                        ssl_certificate_key %5$s;
                        ssl_protocols TLSv1.2 TLSv1.3;
                        location / {
                            proxy_pass http://127.0.0.1:%3$d;
                            proxy_http_version 1.1;
                            proxy_set_header Connection "";
                            proxy_set_header Host $host:$server_port;
                            proxy_buffering off;
                            proxy_request_buffering off;
                            proxy_read_timeout 300s;
                        }
                    }
                }
                """.formatted(dir, port, upstreamPort, certificates.serverCertificate(),
                        certificates.serverKeyAndCertificate());
    }

    private void awaitListening() {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new OrthancException("nginx exited with " + process.exitValue() + ": " + log());
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 200);
                return;
            } catch (IOException notYet) {
                sleep();
            }
        }
        close();
        throw new OrthancException("nginx did not listen on " + port + " within " + STARTUP + ": " + log());
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OrthancException("interrupted waiting for nginx", e);
        }
    }

    private String log() {
        try {
            Path errors = directory.resolve("error.log");
            return Files.exists(errors) ? Files.readString(errors) : "(no error log)";
        } catch (IOException e) {
            return "(error log unreadable: " + e.getMessage() + ")";
        }
    }

    /** {@code https://127.0.0.1:port/}. */
    public URI uri() {
        return URI.create("https://127.0.0.1:" + port + "/");
    }

    /** The folder with nginx's configuration and logs. */
    public Path directory() {
        return directory;
    }

    /** Stops nginx (master and worker). */
    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            ProcessReaper.unregister(process.toHandle());
        }
    }
}
