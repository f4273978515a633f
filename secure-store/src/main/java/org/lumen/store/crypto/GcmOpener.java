package org.lumen.store.crypto;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Decrypts the ciphertexts of {@link StoreKeys#aead} (Tink's AES-256-GCM without an output prefix:
 * 12-byte IV, ciphertext, 16-byte tag) through the JDK's {@code AES/GCM/NoPadding} cipher straight
 * into an array of the caller's choosing, without Tink's per-call copies. Encryption stays Tink's.
 *
 * <p>Nothing unauthenticated leaves: the JDK checks the tag before {@code doFinal} returns, and on
 * a failed check this class wipes whatever the cipher wrote into the output and throws, so a caller
 * only ever sees plaintext that passed authentication. Thread-safe (one cipher per thread).
 */
public final class GcmOpener {
    /** Bytes of the IV before the ciphertext. */
    public static final int IV_LENGTH = 12;
    /** Bytes of the tag after it. */
    public static final int TAG_LENGTH = 16;
    /** Bytes a ciphertext has beyond its plaintext. */
    public static final int OVERHEAD = IV_LENGTH + TAG_LENGTH;

    private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM/NoPadding unavailable", e);
        }
    });

    private final SecretKey key;

    GcmOpener(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
    }

    /**
     * Authenticates and decrypts {@code length} bytes of ciphertext at {@code offset} of {@code sealed}
     * under {@code associatedData} into a new array of the plaintext's length.
     *
     * @throws GeneralSecurityException when the ciphertext is too short, or altered, or under another
     *     key or associated data (no plaintext is returned)
     */
    public byte[] open(byte[] sealed, int offset, int length, byte[] associatedData) throws GeneralSecurityException {
        if (length < OVERHEAD) {
            throw new GeneralSecurityException("ciphertext of " + length + " bytes is shorter than IV and tag");
        }
        byte[] plain = new byte[length - OVERHEAD];
        open(sealed, offset, length, associatedData, plain, 0);
        return plain;
    }

    /**
     * Authenticates and decrypts into {@code out} at {@code outOffset}, which must have room for
     * {@code length - OVERHEAD} bytes; returns that count. On failure that range of {@code out} is zeroed.
     *
     * @throws GeneralSecurityException as {@link #open(byte[], int, int, byte[])}
     */
    public int open(byte[] sealed, int offset, int length, byte[] associatedData, byte[] out, int outOffset)
            throws GeneralSecurityException {
        if (length < OVERHEAD) {
            throw new GeneralSecurityException("ciphertext of " + length + " bytes is shorter than IV and tag");
        }
        int plainLength = length - OVERHEAD;
        if (outOffset < 0 || out.length - outOffset < plainLength) {
            throw new IllegalArgumentException("no room for " + plainLength + " bytes at " + outOffset);
        }
        Cipher cipher = CIPHERS.get();
        try {
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_LENGTH * 8, sealed, offset, IV_LENGTH));
            cipher.updateAAD(associatedData);
            return cipher.doFinal(sealed, offset + IV_LENGTH, length - IV_LENGTH, out, outOffset);
        } catch (GeneralSecurityException | RuntimeException e) {
            Arrays.fill(out, outOffset, outOffset + plainLength, (byte) 0);
            throw e;
        }
    }
}
