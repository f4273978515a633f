package org.lumen.testkit.oauth;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real, small OAuth 2.0 authorization server with OpenID discovery, for tests. Registered
 * clients authenticate with {@code client_secret_basic}, {@code client_secret_post} or (public)
 * none; it grants client credentials, authorization codes (PKCE S256 required, the user approves at
 * once, as after a login) and refresh tokens (rotated on use). Tokens are random and opaque.
 */
public final class TestAuthorizationServer implements AutoCloseable {
    /** How a registered client authenticates. */
    public enum Method { BASIC, POST, NONE }

    private record Client(String secret, Method method) {}

    private record Code(String clientId, String redirectUri, String challenge) {}

    private final HttpServer server;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Client> clients = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Boolean> accessTokens = new ConcurrentHashMap<>(); // token -> active
    private final ConcurrentMap<String, String> refreshTokens = new ConcurrentHashMap<>(); // token -> client
    private final ConcurrentMap<String, Code> codes = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, AtomicInteger> grants = new ConcurrentHashMap<>();
    private final java.util.Set<String> issued = ConcurrentHashMap.newKeySet();
    private volatile long lifetimeSeconds = 300;

    private TestAuthorizationServer(HttpServer server) {
        this.server = server;
    }

    public static TestAuthorizationServer start() throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 16);
        TestAuthorizationServer s = new TestAuthorizationServer(http);
        http.createContext("/.well-known/openid-configuration", s::discovery);
        http.createContext("/authorize", s::authorize);
        http.createContext("/token", s::token);
        http.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        http.start();
        return s;
    }

    public URI issuer() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public URI tokenEndpoint() {
        return issuer().resolve("/token");
    }

    public URI authorizationEndpoint() {
        return issuer().resolve("/authorize");
    }

    public void register(String clientId, String secret, Method method) {
        clients.put(clientId, new Client(secret, method));
    }

    /** The {@code expires_in} of tokens issued from now on. */
    public void accessTokenLifetime(long seconds) {
        lifetimeSeconds = seconds;
    }

    /** Whether the token was issued here and is neither expired nor revoked. */
    public boolean accepts(String accessToken) {
        return accessTokens.getOrDefault(accessToken, false);
    }

    /** A refresh token for the client, as an app would have kept from an earlier login. */
    public String issueRefreshToken(String clientId) {
        String refresh = random();
        refreshTokens.put(refresh, clientId);
        return refresh;
    }

    /** Expires every access token issued so far, as if their lifetime had passed. */
    public void expireAccessTokens() {
        accessTokens.replaceAll((t, ok) -> false);
    }

    /** Revokes every refresh token issued so far. */
    public void revokeRefreshTokens() {
        refreshTokens.clear();
    }

    /** How many tokens were issued by the grant type. */
    public int grants(String grantType) {
        AtomicInteger n = grants.get(grantType);
        return n == null ? 0 : n.get();
    }

    private void discovery(HttpExchange ex) throws IOException {
        String iss = issuer().toString();
        json(ex, 200, "{\"issuer\":\"" + iss + "\",\"authorization_endpoint\":\"" + iss + "/authorize\","
                + "\"token_endpoint\":\"" + iss + "/token\",\"response_types_supported\":[\"code\"],"
                + "\"code_challenge_methods_supported\":[\"S256\"]}");
    }

    private void authorize(HttpExchange ex) throws IOException {
        try (ex) {
            Map<String, String> q = form(ex.getRequestURI().getRawQuery());
            Client client = clients.get(q.getOrDefault("client_id", ""));
            String redirect = q.getOrDefault("redirect_uri", "");
            if (client == null || !redirect.startsWith("http://127.0.0.1:")) {
                text(ex, 400, "unknown client or redirect");
                return;
            }
            String location;
            if (!"code".equals(q.get("response_type")) || !"S256".equals(q.get("code_challenge_method"))
                    || q.getOrDefault("code_challenge", "").length() != 43) {
                location = redirect + "?error=invalid_request&state=" + enc(q.getOrDefault("state", ""));
            } else {
                String code = random();
                codes.put(code, new Code(q.get("client_id"), redirect, q.get("code_challenge")));
                location = redirect + "?code=" + enc(code) + "&state=" + enc(q.getOrDefault("state", ""));
            }
            ex.getResponseHeaders().set("Location", location);
            ex.sendResponseHeaders(302, -1);
        }
    }

    private void token(HttpExchange ex) throws IOException {
        if (!ex.getRequestMethod().equals("POST")) {
            json(ex, 405, "{\"error\":\"invalid_request\"}");
            return;
        }
        Map<String, String> form = form(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String clientId = authenticate(ex.getRequestHeaders().getFirst("Authorization"), form);
        if (clientId == null) {
            json(ex, 401, "{\"error\":\"invalid_client\",\"error_description\":\"client authentication failed\"}");
            return;
        }
        String grant = form.getOrDefault("grant_type", "");
        String problem = switch (grant) {
            case "client_credentials" -> clients.get(clientId).method() == Method.NONE ? "unauthorized_client" : null;
            case "authorization_code" -> checkCode(clientId, form);
            case "refresh_token" -> clientId.equals(refreshTokens.remove(form.getOrDefault("refresh_token", "")))
                    ? null : "invalid_grant";
            default -> "unsupported_grant_type";
        };
        if (problem != null) {
            json(ex, 400, "{\"error\":\"" + problem + "\",\"error_description\":\"" + grant + " refused\"}");
            return;
        }
        grants.computeIfAbsent(grant, g -> new AtomicInteger()).incrementAndGet();
        String access = random();
        accessTokens.put(access, true);
        String refresh = "";
        if (!grant.equals("client_credentials")) {
            refresh = random();
            refreshTokens.put(refresh, clientId);
        }
        json(ex, 200, "{\"access_token\":\"" + access + "\",\"token_type\":\"Bearer\",\"expires_in\":"
                + lifetimeSeconds + (refresh.isEmpty() ? "" : ",\"refresh_token\":\"" + refresh + "\"") + "}");
    }

    private String checkCode(String clientId, Map<String, String> form) {
        Code code = codes.remove(form.getOrDefault("code", ""));
        if (code == null || !code.clientId().equals(clientId)
                || !code.redirectUri().equals(form.getOrDefault("redirect_uri", ""))) {
            return "invalid_grant";
        }
        return s256(form.getOrDefault("code_verifier", "")).equals(code.challenge()) ? null : "invalid_grant";
    }

    /** The authenticated client id, or null. */
    private String authenticate(String header, Map<String, String> form) {
        if (header != null && header.startsWith("Basic ")) {
            String pair = new String(Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            String id = URLDecoder.decode(pair.substring(0, Math.max(colon, 0)), StandardCharsets.UTF_8);
            String secret = URLDecoder.decode(pair.substring(colon + 1), StandardCharsets.UTF_8);
            Client c = clients.get(id);
            return c != null && c.method() == Method.BASIC && c.secret().equals(secret) ? id : null;
        }
        String id = form.getOrDefault("client_id", "");
        Client c = clients.get(id);
        if (c == null) {
            return null;
        }
        return switch (c.method()) {
            case POST -> c.secret().equals(form.getOrDefault("client_secret", "")) ? id : null;
            case NONE -> form.containsKey("client_secret") ? null : id;
            case BASIC -> null;
        };
    }

    static String s256(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every code, access token and refresh token issued so far (to check none leaks). */
    public java.util.Set<String> issuedSecrets() {
        return java.util.Set.copyOf(issued);
    }

    private String random() {
        byte[] b = new byte[24];
        random.nextBytes(b);
        String s = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
        issued.add(s);
        return s;
    }

    static Map<String, String> form(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            out.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                    eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static void json(HttpExchange ex, int status, String body) throws IOException {
        try (ex) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "application/json");
            ex.getResponseHeaders().set("Cache-Control", "no-store");
            ex.sendResponseHeaders(status, bytes.length);
            ex.getResponseBody().write(bytes);
        }
    }

    private static void text(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
