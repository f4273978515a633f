package org.lumen.dicomweb.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.lumen.dicomweb.DicomWebException;
import org.lumen.dicomweb.DicomWebException.Problem;

/**
 * The authorization code grant with PKCE for a native app (RFC 6749 4.1, RFC 7636 S256, RFC 8252):
 * opens a {@link LoopbackRedirect}, hands the authorization URI to the injected browser opener,
 * waits for the redirect, and exchanges the code (with the verifier) at the token endpoint.
 * Not repeatable without the user. Thread-safe; each login has its own state and verifier.
 */
public final class BrowserLoginGrant implements InitialGrant {
    private final TokenEndpoint endpoint;
    private final URI authorizationEndpoint;
    private final String scope;
    private final Consumer<URI> browser;
    private final Duration timeout;
    private final SecureRandom random = new SecureRandom();

    public BrowserLoginGrant(TokenEndpoint endpoint, URI authorizationEndpoint, String scope, Consumer<URI> browser,
            Duration timeout) {
        this.endpoint = endpoint;
        this.authorizationEndpoint = TokenEndpoint.requireSecureOrLoopback(authorizationEndpoint,
                "authorization endpoint");
        this.scope = scope;
        this.browser = browser;
        this.timeout = timeout;
    }

    @Override
    public TokenResponse obtain() throws IOException {
        Pkce pkce = Pkce.create(random);
        String state = Pkce.randomUrlSafe(random, 16);
        try (LoopbackRedirect redirect = LoopbackRedirect.open(state)) {
            Map<String, String> params = new LinkedHashMap<>();
            params.put("response_type", "code");
            params.put("client_id", endpoint.clientId());
            params.put("redirect_uri", redirect.redirectUri().toString());
            if (!scope.isEmpty()) {
                params.put("scope", scope);
            }
            params.put("state", state);
            params.put("code_challenge", pkce.challenge());
            params.put("code_challenge_method", "S256");
            try {
                browser.accept(withQuery(authorizationEndpoint, params));
            } catch (RuntimeException e) {
                throw new DicomWebException(Problem.AUTHENTICATION, -1,
                        "could not open the browser for the sign-in: " + e.getMessage(), e);
            }
            String code = redirect.awaitCode(timeout);
            Map<String, String> exchange = new LinkedHashMap<>();
            exchange.put("code", code);
            exchange.put("redirect_uri", redirect.redirectUri().toString());
            exchange.put("code_verifier", pkce.verifier());
            return endpoint.grant("authorization_code", exchange);
        }
    }

    static URI withQuery(URI base, Map<String, String> params) {
        String query = params.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        String s = base.toString();
        return URI.create(s + (base.getRawQuery() == null ? "?" : "&") + query);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public boolean repeatable() {
        return false;
    }

    @Override
    public String name() {
        return "authorization_code with PKCE";
    }
}
