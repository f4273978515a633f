package org.lumen.store.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.subtle.AesGcmHkdfStreaming;
import com.google.crypto.tink.subtle.AesGcmJce;
import com.google.crypto.tink.subtle.Hkdf;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.lumen.store.secrets.PassphraseSource;
import org.lumen.store.secrets.SecretVault;
import org.lumen.store.secrets.SecretVaults;

/**
 * The master key and the keys derived from it for each purpose (a short label such as
 * {@code "cache/entries"}): AES-256-GCM ({@link #aead}), AES256_GCM_HKDF_1MB streaming AEAD
 * ({@link #streamingAead}), HMAC-SHA256 ({@link #keyedHash}) and a key check ({@link #keyCheck}).
 */
public final class StoreKeys {
    /** The id of the master key in a {@link SecretVault}. */
    public static final String MASTER_KEY_ID = "lumen/store/master-key";
    static final int KEY_LENGTH = 32;
    private static final int STREAM_SEGMENT = 1 << 20;
    private static final int CHECK_LENGTH = 16;

    private final byte[] master;

    private StoreKeys(byte[] master) {
        this.master = master;
    }

    /** The keys under the master key kept in {@code vault}; a new random one is stored there on first use. */
    public static StoreKeys open(SecretVault vault) throws IOException {
        Optional<char[]> stored = vault.get(MASTER_KEY_ID);
        if (stored.isPresent()) {
            char[] chars = stored.get();
            try {
                byte[] key = Base64.getDecoder().decode(new String(chars));
                if (key.length != KEY_LENGTH) {
                    throw new IOException("the master key in " + vault.description() + " has " + key.length
                            + " bytes, not " + KEY_LENGTH);
                }
                return new StoreKeys(key);
            } catch (IllegalArgumentException e) {
                throw new IOException("the master key in " + vault.description() + " is not base64", e);
            } finally {
                Arrays.fill(chars, '\0');
            }
        }
        byte[] key = new byte[KEY_LENGTH];
        new SecureRandom().nextBytes(key);
        char[] encoded = Base64.getEncoder().encodeToString(key).toCharArray();
        try {
            vault.put(MASTER_KEY_ID, encoded);
        } finally {
            Arrays.fill(encoded, '\0');
        }
        return new StoreKeys(key);
    }

    /**
     * The keys under the master key in the OS credential store, or else in {@code keyFile}
     * (Argon2id + AES-256-GCM under a passphrase from {@code passphrases}).
     */
    public static StoreKeys open(Path keyFile, PassphraseSource passphrases) throws IOException {
        return open(SecretVaults.open(keyFile, passphrases));
    }

    /** The keys under a master key the caller holds (32 bytes; copied). */
    public static StoreKeys fromMasterKey(byte[] masterKey) {
        if (masterKey.length != KEY_LENGTH) {
            throw new IllegalArgumentException("a master key has " + KEY_LENGTH + " bytes, not " + masterKey.length);
        }
        return new StoreKeys(masterKey.clone());
    }

    /** AES-256-GCM (Tink) under the key for {@code purpose}. */
    public Aead aead(String purpose) {
        try {
            return new AesGcmJce(derive("aead/" + purpose));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-GCM unavailable", e);
        }
    }

    /** Tink's AES256_GCM_HKDF_1MB streaming AEAD under the key for {@code purpose}. */
    public StreamingAead streamingAead(String purpose) {
        try {
            return new AesGcmHkdfStreaming(derive("stream/" + purpose), "HmacSha256", KEY_LENGTH, STREAM_SEGMENT, 0);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM-HKDF streaming unavailable", e);
        }
    }

    /** HMAC-SHA256 under the key for {@code purpose}. */
    public KeyedHash keyedHash(String purpose) {
        return new KeyedHash(derive("mac/" + purpose));
    }

    /** 16 bytes that identify this master key for {@code purpose} without revealing it. */
    public byte[] keyCheck(String purpose) {
        return Arrays.copyOf(derive("check/" + purpose), CHECK_LENGTH);
    }

    /** True when {@code stored} is this key's check for {@code purpose} (constant time). */
    public boolean matchesKeyCheck(String purpose, byte[] stored) {
        return MessageDigest.isEqual(keyCheck(purpose), stored);
    }

    private byte[] derive(String label) {
        try {
            return Hkdf.computeHkdf("HMACSHA256", master, new byte[0],
                    ("lumen/" + label).getBytes(StandardCharsets.UTF_8), KEY_LENGTH);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HKDF-SHA256 unavailable", e);
        }
    }
}
