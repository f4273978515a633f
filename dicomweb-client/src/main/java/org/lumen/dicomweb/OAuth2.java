package org.lumen.dicomweb;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;
import org.lumen.dicomweb.internal.BrowserLoginGrant;
import org.lumen.dicomweb.internal.ClientCredentialsGrant;
import org.lumen.dicomweb.internal.GrantEvents;
import org.lumen.dicomweb.internal.GrantTokenProvider;
import org.lumen.dicomweb.internal.OidcDiscovery;
import org.lumen.dicomweb.internal.RefreshOnlyGrant;
import org.lumen.dicomweb.internal.StaticTokenProvider;
import org.lumen.dicomweb.internal.TlsFailureInterceptor;
import org.lumen.dicomweb.internal.TlsSetup;
import org.lumen.dicomweb.internal.TokenEndpoint;

/**
 * Builds the standard {@link TokenProvider}s for {@link Auth#tokens(TokenProvider)}: a static
 * token, OAuth 2.0 client credentials (RFC 6749 4.4), a stored refresh token (RFC 6749 6), and a
 * browser login with the authorization code grant, PKCE S256 and a loopback redirect (RFC 7636,
 * RFC 8252). Endpoints are given or discovered from an OpenID issuer, over the system trust store
 * or the given {@link TlsOptions}. An application keeps the refresh token it is handed through
 * {@link Builder#onRefreshToken} (encrypted) to sign in silently next time with
 * {@link Builder#refreshToken}. See docs/dicomweb-auth.md.
 *
 * <pre>{@code
 * TokenProvider tokens = OAuth2.builder()
 *         .issuer(URI.create("https://login.example.org/realms/pacs"))
 *         .clientId("lumen").clientSecret(secret)
 *         .scopes("dicomweb")
 *         .clientCredentials();
 * ServerConfig pacs = ServerConfig.of("pacs", root).withAuth(Auth.tokens(tokens));
 * }</pre>
 */
public final class OAuth2 {
    private OAuth2() {}

    /** How the client proves its identity to the token endpoint (RFC 6749 2.3.1). */
    public enum ClientAuthentication {
        /** HTTP Basic with the form-encoded client id and secret (the default with a secret). */
        CLIENT_SECRET_BASIC,
        /** {@code client_id} and {@code client_secret} in the form body. */
        CLIENT_SECRET_POST,
        /** A public client: only {@code client_id} in the body (browser login with PKCE). */
        NONE
    }

    /**
     * The endpoints of an authorization server.
     *
     * @param issuer the issuer identifier
     * @param authorizationEndpoint where the browser signs in
     * @param tokenEndpoint where grants are exchanged for tokens
     */
    public record Endpoints(URI issuer, URI authorizationEndpoint, URI tokenEndpoint) {
        public Endpoints {
            Objects.requireNonNull(issuer, "issuer");
            Objects.requireNonNull(authorizationEndpoint, "authorizationEndpoint");
            Objects.requireNonNull(tokenEndpoint, "tokenEndpoint");
        }
    }

    /**
     * Who signed in, read from the OpenID ID token that came with the tokens (its issuer, audience
     * and expiry checked). For showing the user, never for deciding access.
     *
     * @param issuer the issuer that vouches for the user
     * @param subject the {@code sub} claim: the user's stable identifier at the issuer
     * @param name the best display name: {@code name}, else {@code preferred_username}, else
     *     {@code email}, else the subject
     */
    public record Identity(URI issuer, String subject, String name) {
        public Identity {
            Objects.requireNonNull(issuer, "issuer");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(name, "name");
        }
    }

    /** A fixed bearer token; a 401 with it is final (a typed {@code AUTHENTICATION} error). */
    public static TokenProvider staticToken(String token) {
        return new StaticTokenProvider(AccessToken.withoutExpiry(token));
    }

    /** Reads {@code {issuer}/.well-known/openid-configuration}; the document must name the issuer. */
    public static Endpoints discover(URI issuer, OkHttpClient http) throws IOException {
        return OidcDiscovery.discover(http, issuer);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Configures an OAuth 2.0 client; the last call picks the grant. Not thread-safe. */
    public static final class Builder {
        private URI issuer;
        private URI tokenEndpoint;
        private URI authorizationEndpoint;
        private String clientId;
        private char[] clientSecret = new char[0];
        private ClientAuthentication method;
        private String scope = "";
        private Clock clock = Clock.systemUTC();
        private Duration skew = Duration.ofSeconds(30);
        private Duration loginTimeout = Duration.ofMinutes(5);
        private OkHttpClient http;
        private TlsOptions tls = TlsOptions.systemDefaults();
        private Consumer<char[]> refreshTokens = t -> { };
        private Consumer<Identity> identities = i -> { };

        private Builder() {}

        /** An OpenID issuer: the endpoints are discovered when a grant is chosen. */
        public Builder issuer(URI uri) {
            this.issuer = Objects.requireNonNull(uri, "issuer");
            return this;
        }

        /** The token endpoint (instead of discovery); https, or http on loopback only. */
        public Builder tokenEndpoint(URI uri) {
            this.tokenEndpoint = Objects.requireNonNull(uri, "tokenEndpoint");
            return this;
        }

        /** The authorization endpoint for {@link #browserLogin} (instead of discovery). */
        public Builder authorizationEndpoint(URI uri) {
            this.authorizationEndpoint = Objects.requireNonNull(uri, "authorizationEndpoint");
            return this;
        }

        public Builder clientId(String id) {
            this.clientId = Objects.requireNonNull(id, "clientId");
            return this;
        }

        /** The client secret (copied); makes {@code CLIENT_SECRET_BASIC} the default authentication. */
        public Builder clientSecret(char[] secret) {
            this.clientSecret = Objects.requireNonNull(secret, "clientSecret").clone();
            return this;
        }

        public Builder clientAuthentication(ClientAuthentication m) {
            this.method = Objects.requireNonNull(m, "clientAuthentication");
            return this;
        }

        /** The scopes to ask for; none by default (the server's default). */
        public Builder scopes(String... scopes) {
            for (String s : scopes) {
                if (s.isEmpty() || s.chars().anyMatch(c -> c <= ' ' || c == '"' || c == '\\' || c >= 0x7f)) {
                    throw new IllegalArgumentException("not a valid OAuth scope token: '" + s + "'");
                }
            }
            this.scope = String.join(" ", List.of(scopes));
            return this;
        }

        /** The clock token expiry is measured against (default: system UTC). */
        public Builder clock(Clock c) {
            this.clock = Objects.requireNonNull(c, "clock");
            return this;
        }

        /** How long before its expiry a token is renewed (default 30 s). */
        public Builder expirySkew(Duration d) {
            if (Objects.requireNonNull(d, "skew").isNegative()) {
                throw new IllegalArgumentException("negative expiry skew");
            }
            this.skew = d;
            return this;
        }

        /** How long a browser login may take before it fails (default 5 minutes). */
        public Builder loginTimeout(Duration d) {
            if (Objects.requireNonNull(d, "loginTimeout").isNegative() || d.isZero()) {
                throw new IllegalArgumentException("login timeout must be positive");
            }
            this.loginTimeout = d;
            return this;
        }

        /** The OkHttp client for the token endpoint and discovery (a fresh one if not given). */
        public Builder okHttpClient(OkHttpClient client) {
            this.http = Objects.requireNonNull(client, "client");
            return this;
        }

        /**
         * TLS for the token endpoint and discovery: extra CA bundles and a client certificate, as for
         * a DICOMweb server (default: the system trust store). The browser's TLS is the browser's.
         */
        public Builder tls(TlsOptions options) {
            this.tls = Objects.requireNonNull(options, "tls");
            return this;
        }

        /**
         * Called with each refresh token the issuer hands out that the provider did not hold: after
         * a browser login, and whenever a refresh rotates it. The array is the listener's to keep
         * (encrypted) and wipe; it is called on the thread that obtained the tokens, before they are
         * used. A listener that throws is logged, not propagated.
         */
        public Builder onRefreshToken(Consumer<char[]> listener) {
            this.refreshTokens = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Called with who signed in whenever the token endpoint sends an OpenID ID token (ask for
         * scope {@code openid}) whose issuer, audience and expiry check out.
         */
        public Builder onIdentity(Consumer<Identity> listener) {
            this.identities = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /** The client credentials grant; tokens are renewed by the same grant (or a refresh token). */
        public TokenProvider clientCredentials() throws IOException {
            TokenEndpoint endpoint = endpoint(false);
            return new GrantTokenProvider(endpoint, new ClientCredentialsGrant(endpoint, scope), "", clock, skew,
                    events());
        }

        /** Starts from a refresh token the application stored; once it is refused, sign in again. */
        public TokenProvider refreshToken(char[] refreshToken) throws IOException {
            if (refreshToken.length == 0) {
                throw new IllegalArgumentException("empty refresh token");
            }
            return new GrantTokenProvider(endpoint(false), new RefreshOnlyGrant(), new String(refreshToken), clock, skew,
                    events());
        }

        /**
         * A browser login (authorization code + PKCE + loopback redirect) at the first
         * {@link TokenProvider#current()}; {@code browser} is handed the authorization URI to open
         * (the application decides how). Then tokens are renewed with the refresh token.
         */
        public TokenProvider browserLogin(Consumer<URI> browser) throws IOException {
            Objects.requireNonNull(browser, "browser");
            TokenEndpoint endpoint = endpoint(true);
            URI authorize = authorizationEndpoint;
            if (authorize == null) {
                throw new IllegalStateException("a browser login needs an authorization endpoint or an issuer");
            }
            return new GrantTokenProvider(endpoint,
                    new BrowserLoginGrant(endpoint, authorize, scope, browser, loginTimeout), "", clock, skew, events());
        }

        private GrantEvents events() {
            return new GrantEvents(refreshTokens, identities, issuer, clientId, clock);
        }

        private TokenEndpoint endpoint(boolean browser) throws IOException {
            if (clientId == null) {
                throw new IllegalStateException("an OAuth 2.0 client needs a client id");
            }
            OkHttpClient client = TlsSetup.apply(http == null ? new OkHttpClient() : http, tls).newBuilder()
                    .addInterceptor(new TlsFailureInterceptor("the identity provider")).build();
            if (tokenEndpoint == null || (browser && authorizationEndpoint == null)) {
                if (issuer == null) {
                    throw new IllegalStateException("give a token endpoint or an issuer to discover it from");
                }
                Endpoints found = OidcDiscovery.discover(client, issuer);
                tokenEndpoint = tokenEndpoint == null ? found.tokenEndpoint() : tokenEndpoint;
                authorizationEndpoint = authorizationEndpoint == null ? found.authorizationEndpoint()
                        : authorizationEndpoint;
            }
            ClientAuthentication m = method != null ? method
                    : clientSecret.length == 0 ? ClientAuthentication.NONE : ClientAuthentication.CLIENT_SECRET_BASIC;
            return new TokenEndpoint(client, tokenEndpoint, clientId, clientSecret, m, clock);
        }

        @Override
        public String toString() {
            return "OAuth2.Builder[client=" + clientId + ", secret=***]";
        }
    }
}
