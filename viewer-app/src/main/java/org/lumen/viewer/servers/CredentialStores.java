package org.lumen.viewer.servers;

/** Picks this machine's credential store. */
public final class CredentialStores {
    /** System property: {@code memory} keeps secrets for the session only (tests, kiosks). */
    public static final String PROPERTY = "lumen.credentialStore";

    private CredentialStores() {}

    /**
     * The desktop keyring through {@code secret-tool} when there is one, else a store that refuses
     * to save; either way behind a {@link SessionCredentialStore}, so that secrets typed in this
     * session work until Lumen quits. The system property {@value #PROPERTY}{@code =memory} skips
     * the keyring.
     */
    public static CredentialStore forThisMachine() {
        if ("memory".equals(System.getProperty(PROPERTY, ""))) {
            return new SessionCredentialStore(new UnavailableCredentialStore(
                    "saving secrets is turned off (-D" + PROPERTY + "=memory)"));
        }
        CredentialStore persistent = SecretToolCredentialStore.find(System.getenv())
                .<CredentialStore>map(SecretToolCredentialStore::new)
                .orElseGet(() -> new UnavailableCredentialStore(
                        "no desktop keyring was found; install libsecret-tools and run a Secret Service such as GNOME keyring"));
        return new SessionCredentialStore(persistent);
    }
}
