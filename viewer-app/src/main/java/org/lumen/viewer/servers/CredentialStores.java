package org.lumen.viewer.servers;

import org.lumen.store.secrets.PassphraseSource;
import org.lumen.store.secrets.SecretVaults;

/** Picks this machine's credential store. */
public final class CredentialStores {
    /** System property: {@code memory} keeps secrets for the session only (tests, kiosks). */
    public static final String PROPERTY = "lumen.credentialStore";
    /** The encrypted secrets file in the configuration folder, used when there is no OS credential store. */
    public static final String SECRETS_FILE = "secrets.lumen";

    private CredentialStores() {}

    /**
     * The OS credential store when one answers, else the passphrase-encrypted file
     * {@value #SECRETS_FILE} in {@code config} (its passphrase asked through {@code passphrases}),
     * found on a background thread; either way behind a {@link SessionCredentialStore}, so that
     * secrets typed in this session work until Lumen quits even when saving them fails. The
     * system property {@value #PROPERTY}{@code =memory} saves nothing: every save is refused in
     * words.
     */
    public static CredentialStore forThisMachine(ConfigFolder config, PassphraseSource passphrases) {
        if ("memory".equals(System.getProperty(PROPERTY, ""))) {
            return new SessionCredentialStore(new UnavailableCredentialStore(
                    "saving secrets is turned off (-D" + PROPERTY + "=memory)"));
        }
        return new SessionCredentialStore(new DeferredCredentialStore(() -> new VaultCredentialStore(
                SecretVaults.open(config.file(SECRETS_FILE), passphrases))));
    }
}
