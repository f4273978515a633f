package org.lumen.viewer.servers;

import java.util.Objects;

/**
 * How a server authenticates, without the secret: the secret (password, token) lives in the
 * {@link CredentialStore} under {@link ServerSettings#secretId()}. New kinds (OAuth2 flows) add a
 * record here, a case in {@link ServerSettingsFile} and an editor in the dialog.
 */
public sealed interface AuthSettings permits AuthSettings.None, AuthSettings.Basic, AuthSettings.Bearer {

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
}
