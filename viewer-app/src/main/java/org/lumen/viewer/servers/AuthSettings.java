package org.lumen.viewer.servers;

import java.util.List;
import java.util.Objects;

/**
 * How a server authenticates, without the secret: the secret (password, token) lives in the
 * {@link CredentialStore} under {@link ServerSettings#secretId()}. New kinds (OAuth2 flows) add a
 * record here, a case in {@link ServerSettingsFile} and an editor in the dialog.
 */
public sealed interface AuthSettings permits AuthSettings.None, AuthSettings.Basic, AuthSettings.Bearer,
        AuthSettings.OAuthClientCredentials {

    /** The name written in the settings file and shown in the dialog's kind list. */
    String kind();

    /** Whether a secret from the credential store is needed to connect. */
    boolean needsSecret();

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
            String scheme = endpoint.getScheme() == null ? "" : endpoint.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || endpoint.getHost() == null) {
                throw new IllegalArgumentException((discover ? "The issuer" : "The token URL") + " must be an http(s) URL: " + endpoint);
            }
            if (scheme.equals("http") && !List.of("127.0.0.1", "localhost", "[::1]").contains(endpoint.getHost())) {
                throw new IllegalArgumentException((discover ? "The issuer" : "The token URL")
                        + " must use https (plain http only on this computer): " + endpoint);
            }
            if (clientId.isEmpty()) {
                throw new IllegalArgumentException("Give the OAuth client id");
            }
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
}
