package org.lumen.viewer.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.lumen.store.crypto.StoreKeys;
import org.lumen.store.secrets.PassphraseSource;
import org.lumen.store.secrets.SecretVaults;
import org.lumen.viewer.servers.ConfigFolder;
import org.lumen.viewer.servers.CredentialStores;

/**
 * Where the workstation's {@link StudyCache} lives and under which key. The folder is
 * {@code $XDG_CACHE_HOME/lumen/studies} (by default {@code ~/.cache/lumen/studies}; the system
 * property {@value #DIR_PROPERTY} moves it). The master key is kept where the server passwords are:
 * the OS credential store when one answers, else the passphrase-encrypted {@code secrets.lumen} in
 * the configuration folder (the same passphrase). With {@code -Dlumen.credentialStore=memory}
 * nothing is kept across runs: the cache gets a random key and a private temporary folder (still
 * encrypted), which is what the UI tests use.
 */
public final class StudyCaches {
    public static final String DIR_PROPERTY = "lumen.cache.dir";
    /** The default cap: 20 GiB, least recently used studies go first; pinned studies stay. */
    public static final long DEFAULT_CAP_BYTES = 20L << 30;

    private StudyCaches() {}

    /** Opens this user's cache; blocking (it may ask for the passphrase through {@code passphrases}). */
    public static StudyCache forThisMachine(ConfigFolder config, PassphraseSource passphrases) throws IOException {
        if ("memory".equals(System.getProperty(CredentialStores.PROPERTY, ""))) {
            Path temporary = Files.createTempDirectory("lumen-cache-");
            return StudyCache.session(temporary);
        }
        StoreKeys keys = StoreKeys.open(SecretVaults.open(config.file(CredentialStores.SECRETS_FILE), passphrases));
        return StudyCache.open(folder(), keys, DEFAULT_CAP_BYTES);
    }

    /** The cache folder of this user. */
    public static Path folder() {
        String property = System.getProperty(DIR_PROPERTY, "");
        if (!property.isBlank()) {
            return Path.of(property);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("lumen").resolve("studies");
    }
}
