package org.lumen.dicomweb.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okio.BufferedSource;
import org.lumen.dicomweb.AccessToken;
import org.lumen.dicomweb.DicomWebException;
import org.lumen.dicomweb.DicomWebException.Problem;
import org.lumen.dicomweb.OAuth2.ClientAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One OAuth 2.0 token endpoint and the client that authenticates to it (RFC 6749 sections 2.3.1,
 * 3.2, 5): posts a grant as a form, reads the JSON answer into a {@link TokenResponse}, and turns
 * an error answer into a {@link DicomWebException} of problem {@code AUTHENTICATION} naming the
 * OAuth error code ({@code HTTP_STATUS} for 429 and 5xx, which may pass). Secrets (client secret, codes, verifiers, tokens) appear in no message or log.
 * Thread-safe.
 */
public final class TokenEndpoint {
    private static final Logger LOG = LoggerFactory.getLogger(TokenEndpoint.class);
    private static final int MAX_BODY = 64 * 1024;
    private static final List<String> SECRET_PARAMS = List.of("client_secret", "code", "code_verifier",
            "refresh_token", "password");

    private final OkHttpClient http;
    private final URI uri;
    private final String clientId;
    private final char[] clientSecret;
    private final ClientAuthentication method;
    private final Clock clock;

    public TokenEndpoint(OkHttpClient http, URI uri, String clientId, char[] clientSecret,
            ClientAuthentication method, Clock clock) {
        this.http = Objects.requireNonNull(http, "http");
        this.uri = requireSecureOrLoopback(uri, "token endpoint");
        this.clientId = Objects.requireNonNull(clientId, "clientId");
        this.clientSecret = clientSecret.clone();
        this.method = Objects.requireNonNull(method, "method");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (method != ClientAuthentication.NONE && clientSecret.length == 0) {
            throw new IllegalArgumentException(method + " needs a client secret");
        }
    }

    public URI uri() {
        return uri;
    }

    public String clientId() {
        return clientId;
    }

    /** An https URI, or http on a loopback host (RFC 6749 requires TLS for token endpoints). */
    public static URI requireSecureOrLoopback(URI uri, String what) {
        Objects.requireNonNull(uri, what);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean loopback = uri.getHost() != null && List.of("127.0.0.1", "localhost", "[::1]", "::1")
                .contains(uri.getHost().toLowerCase(Locale.ROOT));
        if (!uri.isAbsolute() || uri.getHost() == null
                || !(scheme.equals("https") || (scheme.equals("http") && loopback))) {
            throw new IllegalArgumentException(what + " must be an https URI (http only on loopback): " + uri);
        }
        return uri;
    }

    /** Posts {@code grant_type} with the parameters (in order) and returns the issued tokens. */
    public TokenResponse grant(String grantType, Map<String, String> params) throws IOException {
        FormBody.Builder form = new FormBody.Builder().add("grant_type", grantType);
        params.forEach(form::add);
        Request.Builder request = new Request.Builder().url(uri.toString()).header("Accept", "application/json");
        switch (method) {
            case CLIENT_SECRET_BASIC -> request.header("Authorization", basic());
            case CLIENT_SECRET_POST -> form.add("client_id", clientId).add("client_secret", new String(clientSecret));
            case NONE -> form.add("client_id", clientId);
        }
        Instant sent = clock.instant();
        try (Response response = http.newCall(request.post(form.build()).build()).execute()) {
            byte[] body = readLimited(response.body().source());
            LOG.debug("token endpoint {} {} grant: HTTP {}", uri, grantType, response.code());
            if (!response.isSuccessful()) {
                throw refused(grantType, response.code(), body, params);
            }
            return parse(grantType, body, sent);
        }
    }

    private String basic() {
        // RFC 6749 2.3.1: id and secret are form-urlencoded before Basic encoding.
        String pair = URLEncoder.encode(clientId, StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(new String(clientSecret), StandardCharsets.UTF_8);
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    private TokenResponse parse(String grantType, byte[] body, Instant sent) throws IOException {
        Map<String, String> json;
        try {
            json = FlatJson.read(body);
        } catch (IOException e) {
            throw new DicomWebException(Problem.AUTHENTICATION, -1,
                    "token endpoint " + uri + " answered the " + grantType + " grant with " + e.getMessage(), null);
        }
        String token = json.getOrDefault("access_token", "");
        String type = json.getOrDefault("token_type", "");
        if (token.isEmpty() || !type.equalsIgnoreCase("bearer")) {
            throw new DicomWebException(Problem.AUTHENTICATION, "token endpoint " + uri + " answered the "
                    + grantType + " grant without a bearer access_token (token_type '" + type + "')");
        }
        Instant expiresAt = Instant.MAX;
        if (json.containsKey("expires_in")) {
            try {
                long seconds = Long.parseLong(json.get("expires_in"));
                if (seconds >= 0 && seconds < 10L * 365 * 86_400) {
                    expiresAt = sent.plusSeconds(seconds);
                }
            } catch (NumberFormatException badNumber) {
                LOG.debug("token endpoint {} sent a non-integer expires_in; the token is used until refused", uri);
            }
        }
        try {
            return new TokenResponse(new AccessToken(token, expiresAt), json.getOrDefault("refresh_token", ""),
                    json.getOrDefault("id_token", ""));
        } catch (IllegalArgumentException e) {
            throw new DicomWebException(Problem.AUTHENTICATION, "token endpoint " + uri
                    + " issued an access token that is not visible ASCII");
        }
    }

    private DicomWebException refused(String grantType, int status, byte[] body, Map<String, String> params) {
        String error = "";
        String description = "";
        try {
            Map<String, String> json = FlatJson.read(body);
            error = json.getOrDefault("error", "");
            description = json.getOrDefault("error_description", "");
        } catch (IOException notJson) {
            error = "";
        }
        List<String> secrets = new ArrayList<>();
        secrets.add(new String(clientSecret));
        SECRET_PARAMS.forEach(k -> secrets.add(params.getOrDefault(k, "")));
        String detail = scrub(error + (description.isEmpty() ? "" : " (" + description + ")"), secrets);
        // An overloaded or failing issuer is a transient HTTP failure (retried), not a refusal.
        Problem problem = status >= 500 || status == 429 ? Problem.HTTP_STATUS : Problem.AUTHENTICATION;
        return new DicomWebException(problem, status, "token endpoint " + uri + " refused the "
                + grantType + " grant with HTTP " + status + (detail.isEmpty() ? "" : ": " + detail), null);
    }

    /** Replaces every non-trivial secret in the text and cuts it to 300 characters. */
    static String scrub(String text, List<String> secrets) {
        String out = text;
        for (String s : secrets) {
            if (s.length() >= 4) {
                out = out.replace(s, "***");
            }
        }
        return out.length() <= 300 ? out : out.substring(0, 300) + "...";
    }

    private static byte[] readLimited(BufferedSource source) throws IOException {
        if (source.request(MAX_BODY + 1L)) {
            throw new DicomWebException(Problem.TOO_LARGE, "token endpoint answer exceeds " + MAX_BODY + " bytes");
        }
        return source.readByteArray();
    }

    @Override
    public String toString() {
        return "TokenEndpoint[" + uri + ", client=" + clientId + ", " + method + "]";
    }
}
