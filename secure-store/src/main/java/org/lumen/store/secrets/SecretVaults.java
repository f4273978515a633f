package org.lumen.store.secrets;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Opens a {@link SecretVault}: the operating system's credential store when there is one that
 * answers, otherwise a passphrase-encrypted file.
 *
 * <pre>{@code
 * SecretVault vault = SecretVaults.open(configDir.resolve("secrets.lumen"), request -> askUser(request));
 * vault.put("server/pacs-1/password", password);
 * }</pre>
 */
public final class SecretVaults {
    static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(60);

    private SecretVaults() {}

    /**
     * The OS credential store if {@link #osCredentialStore()} finds one, otherwise
     * {@link #encryptedFile(Path, PassphraseSource)} at {@code fallbackFile}. Never hangs: detection
     * is bounded by a 5 second timeout.
     */
    public static SecretVault open(Path fallbackFile, PassphraseSource passphrases) {
        return open(fallbackFile, passphrases, System.getenv());
    }

    static SecretVault open(Path fallbackFile, PassphraseSource passphrases, Map<String, String> environment) {
        return osCredentialStore(environment).orElseGet(() -> encryptedFile(fallbackFile, passphrases));
    }

    /**
     * The OS credential store, when one answers: on Linux and the BSDs the Secret Service through
     * {@code secret-tool} (package libsecret-tools) on the session bus. Empty elsewhere, and when
     * the tool, the bus or the service is missing or does not answer within 5 seconds.
     */
    public static Optional<SecretVault> osCredentialStore() {
        return osCredentialStore(System.getenv());
    }

    static Optional<SecretVault> osCredentialStore(Map<String, String> environment) {
        if (System.getProperty("os.name", "").startsWith("Windows") || System.getProperty("os.name", "").startsWith("Mac")) {
            return Optional.empty();
        }
        return SecretServiceVault.probe(new CommandRunner(environment), PROBE_TIMEOUT, CALL_TIMEOUT);
    }

    /** Secrets in {@code file}, encrypted under a key derived from a passphrase with the recommended Argon2id cost. */
    public static SecretVault encryptedFile(Path file, PassphraseSource passphrases) {
        return encryptedFile(file, passphrases, KdfParameters.RECOMMENDED);
    }

    /**
     * Secrets in {@code file}; {@code kdf} applies when the file is created (an existing file keeps
     * the parameters in its header).
     */
    public static SecretVault encryptedFile(Path file, PassphraseSource passphrases, KdfParameters kdf) {
        return new EncryptedFileVault(file, passphrases, kdf, new SecureRandom());
    }
}
