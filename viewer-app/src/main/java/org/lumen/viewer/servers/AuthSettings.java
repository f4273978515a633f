package org.lumen.viewer.servers;

import java.util.List;
import java.util.Objects;

/**
 * How a server authenticates, without the secret: the secret (password, token) lives in the
 * {@link CredentialStore} under {@link ServerSettings#secretId()}. New kinds (OAuth2 flows) add a
 * record here, a case in {@link ServerSettingsFile} and an editor in the dialog.
 */
public sealed interface AuthSettings permits AuthSettings.None, AuthSettings.Basic, AuthSettings.Bearer,
        AuthSettings.OAuthClientCredentials, AuthSettings.OidcSignIn {

    /** The name written in the settings file and shown in the dialog's kind list. */
    String kind();

    /** Whether a secret from the credential store is needed to connect. */
    boolean needsSecret();

    /** Whether a secret typed in the form is kept under {@link ServerSettings#secretId()} (needed or optional). */
    default boolean keepsSecret() {
        return needsSecret();
    }

    /** No authentication. */
    record None() implements AuthSettings {
        @Override
        public String kind() {
            return "none";
        }

        @Override
        public boolean needsSecret() {
            return false;
        }
    }

    /** HTTP Basic: the user name is stored here, the password in the credential store. */
    record Basic(String user) implements AuthSettings {
        public Basic {
            Objects.requireNonNull(user, "user");
            if (user.isBlank() || user.indexOf(':') >= 0) {
                throw new IllegalArgumentException("a Basic user name must be non-blank and without ':'");
            }
        }

        @Override
        public String kind() {
            return "basic";
        }

        @Override
        public boolean needsSecret() {
            return true;
        }
    }

    /** A fixed Bearer token, kept in the credential store. */
    record Bearer() implements AuthSettings {
        @Override
        public String kind() {
            return "bearer";
        }

        @Override
        public boolean needsSecret() {
            return true;
        }
    }

    /**
     * OAuth 2.0 client credentials: the client secret is kept in the credential store (like a
     * password), never in the settings file.
     *
     * @param endpoint the OpenID issuer (endpoints discovered) or the token endpoint
     * @param discover whether {@code endpoint} is an OpenID issuer rather than a token endpoint
     * @param clientId the registered client id
     * @param scope space-separated scopes, empty for the server's default
     */
    record OAuthClientCredentials(java.net.URI endpoint, boolean discover, String clientId, String scope) implements AuthSettings {
        public OAuthClientCredentials {
            Objects.requireNonNull(endpoint, "endpoint");
            clientId = Objects.requireNonNull(clientId, "clientId").strip();
            scope = Objects.requireNonNull(scope, "scope").strip();
            checkIdentityProvider(endpoint, discover ? "The issuer" : "The token URL", clientId);
        }

        /** The scopes one by one. */
        public String[] scopes() {
            return scope.isEmpty() ? new String[0] : scope.split("\\s+");
        }

        @Override
        public String kind() {
            return "oauth2-client-credentials";
        }

        @Override
        public boolean needsSecret() {
            return true;
        }
    }

    /**
     * Interactive OpenID Connect sign-in in the system browser (authorization code + PKCE with a
     * loopback redirect) as a public client; the refresh token it yields is kept in the credential
     * store under {@link ServerSettings#refreshTokenSecretId()} and signs in silently next time. An
     * optional client secret (Google's desktop clients have one) is kept like a password.
     *
     * @param issuer the OpenID issuer; its endpoints are discovered
     * @param clientId the client id registered for Lumen with a loopback redirect
     * @param scope space-separated scopes, e.g. {@code openid offline_access}
     */
    record OidcSignIn(java.net.URI issuer, String clientId, String scope) implements AuthSettings {
        public OidcSignIn {
            Objects.requireNonNull(issuer, "issuer");
            clientId = Objects.requireNonNull(clientId, "clientId").strip();
            scope = Objects.requireNonNull(scope, "scope").strip();
            checkIdentityProvider(issuer, "The issuer", clientId);
            for (String s : scope.isEmpty() ? new String[0] : scope.split("\\s+")) {
                if (s.chars().anyMatch(c -> c < 0x21 || c == '"' || c == '\\' || c >= 0x7f)) {
                    throw new IllegalArgumentException("Not a valid OAuth scope: " + s);
                }
            }
        }

        /** The scopes one by one. */
        public String[] scopes() {
            return scope.isEmpty() ? new String[0] : scope.split("\\s+");
        }

        @Override
        public String kind() {
            return "oidc-browser";
        }

        @Override
        public boolean needsSecret() {
            return false;
        }

        @Override
        public boolean keepsSecret() {
            return true;
        }
    }

    /** {@link IllegalArgumentException} in words unless the endpoint is https (http only on this computer) and a client id is given. */
    private static void checkIdentityProvider(java.net.URI endpoint, String what, String clientId) {
        String scheme = endpoint.getScheme() == null ? "" : endpoint.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || endpoint.getHost() == null) {
            throw new IllegalArgumentException(what + " must be an http(s) URL: " + endpoint);
        }
        if (scheme.equals("http") && !List.of("127.0.0.1", "localhost", "[::1]").contains(endpoint.getHost())) {
            throw new IllegalArgumentException(what + " must use https (plain http only on this computer): " + endpoint);
        }
        if (clientId.isEmpty()) {
            throw new IllegalArgumentException("Give the OAuth client id");
        }
    }
}
