package org.lumen.testkit.oauth;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import org.lumen.testkit.tls.TestCertificates;

/**
 * A real, small OAuth 2.0 authorization server with OpenID discovery, for tests. Registered
 * clients authenticate with {@code client_secret_basic}, {@code client_secret_post} or (public)
 * none; it grants client credentials, authorization codes (PKCE S256 required, the user approves at
 * once, as after a login) and refresh tokens (rotated on use). Tokens are random and opaque. When
 * the scope holds {@code openid}, the code and refresh grants also issue an OpenID ID token (a JWT
 * signed RS256 with a key made at start) naming the {@link #user signed-in user}. It serves plain
 * HTTP, or HTTPS with the certificates of {@link TestCertificates} (optionally demanding a client
 * certificate), as an identity provider behind a hospital's own CA does.
 */
public final class TestAuthorizationServer implements AutoCloseable {
    /** How a registered client authenticates. */
    public enum Method { BASIC, POST, NONE }

    private record Client(String secret, Method method) {}

    private record Code(String clientId, String redirectUri, String challenge, String scope) {}

    private record Refresh(String clientId, String scope) {}

    private record User(String subject, String name) {}

    private final HttpServer server;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Client> clients = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Boolean> accessTokens = new ConcurrentHashMap<>(); // token -> active
    private final ConcurrentMap<String, Refresh> refreshTokens = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Code> codes = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, AtomicInteger> grants = new ConcurrentHashMap<>();
    private final java.util.Set<String> issued = ConcurrentHashMap.newKeySet();
    private final KeyPair signingKey;
    private final String scheme;
    private volatile long lifetimeSeconds = 300;
    private volatile User user = new User("u-4711", "Dr. Test Reader");
    private volatile String idTokenAudience = "";

    private TestAuthorizationServer(HttpServer server, String scheme) {
        this.server = server;
        this.scheme = scheme;
        try {
            KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
            rsa.initialize(2048);
            this.signingKey = rsa.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make the ID token signing key", e);
        }
    }

    /** A server on plain HTTP at {@code 127.0.0.1}. */
    public static TestAuthorizationServer start() throws IOException {
        return serve(HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 16), "http");
    }

    /**
     * A server on HTTPS at {@code 127.0.0.1}, presenting the server certificate of {@code certificates}
     * (issued by their CA, which clients must trust); when {@code requireClientCertificate}, the TLS
     * handshake fails unless the client presents a certificate issued by the same CA.
     */
    public static TestAuthorizationServer startHttps(TestCertificates certificates, boolean requireClientCertificate)
            throws IOException {
        HttpsServer https = HttpsServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 16);
        SSLContext context = certificates.serverSslContext();
        https.setHttpsConfigurator(new HttpsConfigurator(context) {
            @Override
            public void configure(HttpsParameters params) {
                javax.net.ssl.SSLParameters ssl = context.getDefaultSSLParameters();
                ssl.setNeedClientAuth(requireClientCertificate);
                params.setSSLParameters(ssl);
            }
        });
        return serve(https, "https");
    }

    private static TestAuthorizationServer serve(HttpServer http, String scheme) {
        TestAuthorizationServer s = new TestAuthorizationServer(http, scheme);
        http.createContext("/.well-known/openid-configuration", s::discovery);
        http.createContext("/authorize", s::authorize);
        http.createContext("/token", s::token);
        http.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        http.start();
        return s;
    }

    public URI issuer() {
        return URI.create(scheme + "://127.0.0.1:" + server.getAddress().getPort());
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

    /** The user whom later logins sign in (the ID token's {@code sub} and {@code name}). */
    public void user(String subject, String name) {
        user = new User(subject, name);
    }

    /** Makes later ID tokens name this audience instead of the client (a token meant for someone else). */
    public void idTokenAudience(String audience) {
        idTokenAudience = audience;
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
        refreshTokens.put(refresh, new Refresh(clientId, ""));
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
                codes.put(code, new Code(q.get("client_id"), redirect, q.get("code_challenge"), q.getOrDefault("scope", "")));
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
        String[] scope = {form.getOrDefault("scope", "")};
        String problem = switch (grant) {
            case "client_credentials" -> clients.get(clientId).method() == Method.NONE ? "unauthorized_client" : null;
            case "authorization_code" -> checkCode(clientId, form, scope);
            case "refresh_token" -> {
                Refresh used = refreshTokens.remove(form.getOrDefault("refresh_token", ""));
                if (used == null || !used.clientId().equals(clientId)) {
                    yield "invalid_grant";
                }
                scope[0] = used.scope();
                yield null;
            }
            default -> "unsupported_grant_type";
        };
        if (problem != null) {
            json(ex, 400, "{\"error\":\"" + problem + "\",\"error_description\":\"" + grant + " refused\"}");
            return;
        }
        grants.computeIfAbsent(grant, g -> new AtomicInteger()).incrementAndGet();
        String access = random();
        accessTokens.put(access, true);
        StringBuilder answer = new StringBuilder("{\"access_token\":\"" + access + "\",\"token_type\":\"Bearer\",\"expires_in\":"
                + lifetimeSeconds);
        if (!grant.equals("client_credentials")) {
            String refresh = random();
            refreshTokens.put(refresh, new Refresh(clientId, scope[0]));
            answer.append(",\"refresh_token\":\"").append(refresh).append('"');
            if (java.util.List.of(scope[0].split(" ")).contains("openid")) {
                answer.append(",\"id_token\":\"").append(idToken(clientId)).append('"');
            }
        }
        json(ex, 200, answer.append('}').toString());
    }

    /** A signed ID token (OpenID Connect Core 2) for the current user, issued to {@code clientId}. */
    private String idToken(String clientId) {
        long now = System.currentTimeMillis() / 1000;
        User u = user;
        String audience = idTokenAudience.isEmpty() ? clientId : idTokenAudience;
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        String claims = "{\"iss\":\"" + issuer() + "\",\"sub\":\"" + u.subject() + "\",\"aud\":\"" + audience
                + "\",\"iat\":" + now + ",\"exp\":" + (now + lifetimeSeconds) + ",\"name\":\"" + u.name() + "\"}";
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String signed = b64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(signingKey.getPrivate());
            rs256.update(signed.getBytes(StandardCharsets.US_ASCII));
            return signed + "." + b64.encodeToString(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign the ID token", e);
        }
    }

    private String checkCode(String clientId, Map<String, String> form, String[] scope) {
        Code code = codes.remove(form.getOrDefault("code", ""));
        if (code == null || !code.clientId().equals(clientId)
                || !code.redirectUri().equals(form.getOrDefault("redirect_uri", ""))) {
            return "invalid_grant";
        }
        scope[0] = code.scope();
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
