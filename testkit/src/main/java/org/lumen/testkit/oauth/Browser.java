package org.lumen.testkit.oauth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Plays the user's browser in a login: opens the authorization URI, takes the redirect the
 * authorization server answers with, optionally tampers with it, and follows it to the app's
 * loopback redirect, recording each status.
 */
public final class Browser implements Consumer<URI> {
    private final HttpClient http;
    private final UnaryOperator<String> tamper;
    /** The statuses seen: the authorization endpoint's, then the loopback redirect's. */
    public final List<Integer> statuses = new CopyOnWriteArrayList<>();
    /** The URIs opened. */
    public final List<URI> opened = new CopyOnWriteArrayList<>();

    private Browser(UnaryOperator<String> tamper, HttpClient.Builder http) {
        this.tamper = tamper;
        this.http = http.followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A browser that follows the redirect as it is. */
    public static Browser honest() {
        return new Browser(UnaryOperator.identity(), HttpClient.newBuilder());
    }

    /** A browser that trusts what {@code tls} trusts (an authorization server on HTTPS with a test CA). */
    public static Browser honest(javax.net.ssl.SSLContext tls) {
        return new Browser(UnaryOperator.identity(), HttpClient.newBuilder().sslContext(tls));
    }

    /** A browser that rewrites the redirect location before following it. */
    public static Browser tampering(UnaryOperator<String> tamper) {
        return new Browser(tamper, HttpClient.newBuilder());
    }

    @Override
    public void accept(URI authorization) {
        opened.add(authorization);
        try {
            HttpResponse<String> login = http.send(HttpRequest.newBuilder(authorization).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            statuses.add(login.statusCode());
            String location = login.headers().firstValue("Location").orElseThrow(
                    () -> new IllegalStateException("no redirect from the authorization server: " + login.statusCode()));
            HttpResponse<String> back = http.send(HttpRequest.newBuilder(URI.create(tamper.apply(location))).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            statuses.add(back.statusCode());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
