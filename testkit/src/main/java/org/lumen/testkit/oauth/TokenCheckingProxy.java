package org.lumen.testkit.oauth;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A reverse proxy in front of a real server that admits a request only with
 * {@code Authorization: Bearer <token>} where the {@link TestAuthorizationServer} issued the token
 * and has neither expired nor revoked it; anything else gets 401 with
 * {@code WWW-Authenticate: Bearer error="invalid_token"}. Admitted requests are forwarded (method,
 * raw path and query, body, content headers) and the answer streamed back.
 */
public final class TokenCheckingProxy implements AutoCloseable {
    private static final List<String> REQUEST_HEADERS = List.of("Accept", "Accept-Encoding", "Content-Type");
    private static final List<String> RESPONSE_HEADERS = List.of("Content-Type", "Content-Encoding");

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(8);
    private final HttpClient upstream = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final TestAuthorizationServer issuer;
    private final URI target;
    private final AtomicInteger rejected = new AtomicInteger();
    private final AtomicInteger forwarded = new AtomicInteger();

    private TokenCheckingProxy(HttpServer server, TestAuthorizationServer issuer, URI target) {
        this.server = server;
        this.issuer = issuer;
        this.target = target;
    }

    /** @param target the upstream server root, e.g. {@code http://127.0.0.1:8042/} */
    public static TokenCheckingProxy start(TestAuthorizationServer issuer, URI target) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 32);
        TokenCheckingProxy proxy = new TokenCheckingProxy(http, issuer, target);
        http.createContext("/", proxy::handle);
        http.setExecutor(proxy.executor);
        http.start();
        return proxy;
    }

    /** The proxy's DICOMweb root. */
    public URI dicomWebRoot() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/dicom-web");
    }

    public int rejected() {
        return rejected.get();
    }

    public int forwarded() {
        return forwarded.get();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String auth = ex.getRequestHeaders().getFirst("Authorization");
            if (auth == null || !auth.startsWith("Bearer ") || !issuer.accepts(auth.substring(7))) {
                rejected.incrementAndGet();
                ex.getResponseHeaders().set("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                ex.sendResponseHeaders(401, -1);
                return;
            }
            forwarded.incrementAndGet();
            String raw = ex.getRequestURI().getRawPath()
                    + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery());
            byte[] body = ex.getRequestBody().readAllBytes();
            HttpRequest.Builder request = HttpRequest.newBuilder(target.resolve(raw)).method(ex.getRequestMethod(),
                    body.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            for (String h : REQUEST_HEADERS) {
                String v = ex.getRequestHeaders().getFirst(h);
                if (v != null) {
                    request.header(h, v);
                }
            }
            HttpResponse<InputStream> response = upstream.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            for (String h : RESPONSE_HEADERS) {
                response.headers().firstValue(h).ifPresent(v -> ex.getResponseHeaders().set(h, v));
            }
            try (InputStream in = response.body()) {
                ex.sendResponseHeaders(response.statusCode(), 0);
                try (OutputStream out = ex.getResponseBody()) {
                    in.transferTo(out);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while forwarding", e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
