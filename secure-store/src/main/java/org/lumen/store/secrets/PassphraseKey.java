package org.lumen.store.secrets;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.subtle.AesGcmJce;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * The AES-256-GCM key derived from a passphrase with Argon2id, plus a 16-byte key check (an HMAC
 * of a fixed label under a second derived key) that tells a wrong passphrase from a damaged file.
 */
final class PassphraseKey {
    static final int CHECK_LENGTH = 16;
    private static final byte[] CHECK_LABEL = "lumen passphrase key check v1".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final Aead aead;
    private final byte[] check;

    private PassphraseKey(Aead aead, byte[] check) {
        this.aead = aead;
        this.check = check;
    }

    static PassphraseKey derive(char[] passphrase, byte[] salt, KdfParameters kdf) throws GeneralSecurityException {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(kdf.memoryKiB())
                .withIterations(kdf.iterations())
                .withParallelism(kdf.parallelism())
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] derived = new byte[64];
        generator.generateBytes(passphrase, derived);
        try {
            Aead aead = new AesGcmJce(Arrays.copyOfRange(derived, 0, 32));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(derived, 32, 32, "HmacSHA256"));
            byte[] check = Arrays.copyOf(mac.doFinal(CHECK_LABEL), CHECK_LENGTH);
            return new PassphraseKey(aead, check);
        } finally {
            Arrays.fill(derived, (byte) 0);
        }
    }

    Aead aead() {
        return aead;
    }

    byte[] check() {
        return check.clone();
    }

    boolean matches(byte[] storedCheck) {
        return MessageDigest.isEqual(check, storedCheck);
    }
}
