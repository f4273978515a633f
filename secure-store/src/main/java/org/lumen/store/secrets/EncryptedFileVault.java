package org.lumen.store.secrets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Secrets in one {@link SealedFile} under a passphrase. The passphrase is asked for on the first
 * call that needs the file and the derived key is kept in memory for later calls; a wrong
 * passphrase is not kept, so the next call asks again. Every change rewrites the file atomically.
 */
final class EncryptedFileVault implements SecretVault {
    private final Path file;
    private final PassphraseSource passphrases;
    private final KdfParameters kdfForNewFile;
    private final SecureRandom random;
    private PassphraseKey key;
    private byte[] salt;
    private KdfParameters kdf;

    EncryptedFileVault(Path file, PassphraseSource passphrases, KdfParameters kdfForNewFile, SecureRandom random) {
        this.file = Objects.requireNonNull(file, "file").toAbsolutePath();
        this.passphrases = Objects.requireNonNull(passphrases, "passphrases");
        this.kdfForNewFile = Objects.requireNonNull(kdfForNewFile, "kdfForNewFile");
        this.random = Objects.requireNonNull(random, "random");
    }

    @Override
    public synchronized void put(String id, char[] secret) throws IOException {
        requireId(id);
        Objects.requireNonNull(secret, "secret");
        Map<String, char[]> secrets = load();
        char[] old = secrets.put(id, secret.clone());
        if (old != null) {
            Arrays.fill(old, '\0');
        }
        store(secrets);
    }

    @Override
    public synchronized Optional<char[]> get(String id) throws IOException {
        requireId(id);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Map<String, char[]> secrets = load();
        Optional<char[]> found = Optional.ofNullable(secrets.remove(id));
        clear(secrets);
        return found;
    }

    @Override
    public synchronized void remove(String id) throws IOException {
        requireId(id);
        if (!Files.exists(file)) {
            return;
        }
        Map<String, char[]> secrets = load();
        char[] old = secrets.remove(id);
        if (old != null) {
            Arrays.fill(old, '\0');
            store(secrets);
        } else {
            clear(secrets);
        }
    }

    @Override
    public String description() {
        return "encrypted file " + file + " (AES-256-GCM, key from your passphrase by Argon2id)";
    }

    private Map<String, char[]> load() throws IOException {
        if (!Files.exists(file)) {
            if (key == null) {
                createKey();
            }
            return new TreeMap<>();
        }
        SealedFile.Parsed parsed = SealedFile.read(file);
        if (key == null || !Arrays.equals(salt, parsed.salt()) || !kdf.equals(parsed.kdf())) {
            key = null;
            char[] passphrase = passphrases.passphrase(new PassphraseRequest(file, false));
            try {
                PassphraseKey candidate = PassphraseKey.derive(passphrase, parsed.salt(), parsed.kdf());
                if (!candidate.matches(parsed.check())) {
                    throw new WrongPassphraseException(file);
                }
                key = candidate;
                salt = parsed.salt();
                kdf = parsed.kdf();
            } catch (GeneralSecurityException e) {
                throw new IOException("cannot derive the key for " + file, e);
            } finally {
                Arrays.fill(passphrase, '\0');
            }
        }
        byte[] content = SealedFile.open(file, parsed, key);
        try {
            return SecretMapCodec.decode(file, content);
        } finally {
            Arrays.fill(content, (byte) 0);
        }
    }

    private void createKey() throws IOException {
        char[] passphrase = passphrases.passphrase(new PassphraseRequest(file, true));
        try {
            byte[] newSalt = new byte[SealedFile.SALT_LENGTH];
            random.nextBytes(newSalt);
            key = PassphraseKey.derive(passphrase, newSalt, kdfForNewFile);
            salt = newSalt;
            kdf = kdfForNewFile;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot derive a key for " + file, e);
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }

    private void store(Map<String, char[]> secrets) throws IOException {
        byte[] content = SecretMapCodec.encode(secrets);
        clear(secrets);
        try {
            Files.createDirectories(file.getParent());
            SealedFile.write(file, kdf, salt, key, content);
        } finally {
            Arrays.fill(content, (byte) 0);
        }
    }

    private static void clear(Map<String, char[]> secrets) {
        secrets.values().forEach(s -> Arrays.fill(s, '\0'));
    }

    private static void requireId(String id) {
        if (Objects.requireNonNull(id, "id").isEmpty() || id.length() > 1000) {
            throw new IllegalArgumentException("a secret id must have 1 to 1000 characters");
        }
    }
}
