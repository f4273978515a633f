package org.lumen.dicomweb.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.lumen.dicomweb.DicomWebException;
import org.lumen.dicomweb.DicomWebException.Problem;

/**
 * The loopback redirect of a native-app login (RFC 8252 sections 7.3, 8.10): an HTTP server bound to
 * {@code 127.0.0.1} on an ephemeral port that waits for one redirect to {@code /callback}, checks
 * its {@code state}, and hands over the authorization code. The first redirect decides: a wrong
 * state or an {@code error} fails the login (a wrong state may be a forged request).
 *
 * <p>Threading: the JDK server answers on its own thread; {@link #awaitCode} blocks the caller
 * until the redirect arrives or the timeout passes. {@link #close} stops the server.
 */
final class LoopbackRedirect implements AutoCloseable {
    static final String PATH = "/callback";

    private final HttpServer server;
    private final String expectedState;
    private final CompletableFuture<String> code = new CompletableFuture<>();

    private LoopbackRedirect(HttpServer server, String expectedState) {
        this.server = server;
        this.expectedState = expectedState;
    }

    static LoopbackRedirect open(String expectedState) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 4);
        LoopbackRedirect redirect = new LoopbackRedirect(server, expectedState);
        server.createContext(PATH, redirect::handle);
        server.start();
        return redirect;
    }

    URI redirectUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PATH);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestURI().getPath().equals(PATH)) {
                reply(exchange, 404, "Not found.");
                return;
            }
            if (code.isDone()) {
                reply(exchange, 409, "This sign-in has already been answered.");
                return;
            }
            Map<String, String> q = query(exchange.getRequestURI().getRawQuery());
            String state = q.getOrDefault("state", "");
            if (!MessageDigest.isEqual(state.getBytes(StandardCharsets.UTF_8),
                    expectedState.getBytes(StandardCharsets.UTF_8))) {
                fail("the sign-in redirect carried a wrong or missing state (a forged or stale request); "
                        + "sign-in abandoned");
                reply(exchange, 400, "Sign-in failed: the answer does not belong to this sign-in.");
            } else if (q.containsKey("error")) {
                fail("the authorization server ended the sign-in with error=" + shortText(q.get("error"))
                        + (q.containsKey("error_description") ? " (" + shortText(q.get("error_description")) + ")" : ""));
                reply(exchange, 400, "Sign-in failed; you may close this window.");
            } else if (q.getOrDefault("code", "").isEmpty()) {
                fail("the sign-in redirect carried no authorization code");
                reply(exchange, 400, "Sign-in failed; you may close this window.");
            } else {
                code.complete(q.get("code"));
                reply(exchange, 200, "Signed in to Lumen; you may close this window.");
            }
        }
    }

    private void fail(String message) {
        code.completeExceptionally(new DicomWebException(Problem.AUTHENTICATION, message));
    }

    private static String shortText(String s) {
        String printable = s.replaceAll("[^\\x20-\\x7e]", "?");
        return printable.length() <= 120 ? printable : printable.substring(0, 120) + "...";
    }

    private static void reply(HttpExchange exchange, int status, String text) throws IOException {
        byte[] body = ("<!doctype html><title>Lumen</title><p>" + text + "</p>").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    static Map<String, String> query(String raw) {
        Map<String, String> out = new HashMap<>();
        if (raw == null) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.putIfAbsent(key, value);
        }
        return out;
    }

    /** The authorization code, once the browser has been redirected here. */
    String awaitCode(Duration timeout) throws IOException {
        try {
            return code.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the browser sign-in");
        } catch (TimeoutException e) {
            throw new DicomWebException(Problem.AUTHENTICATION, "the sign-in timed out: the browser did not come back within "
                    + inWords(timeout));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof DicomWebException d) {
                throw d;
            }
            throw new IOException("sign-in redirect failed", e.getCause());
        }
    }

    /** "5 minutes", "90 seconds", "250 ms". */
    static String inWords(Duration d) {
        long s = d.toSeconds();
        if (s == 0) {
            return d.toMillis() + " ms";
        }
        return s % 60 == 0 && s >= 60 ? s / 60 + (s == 60 ? " minute" : " minutes") : s + (s == 1 ? " second" : " seconds");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
