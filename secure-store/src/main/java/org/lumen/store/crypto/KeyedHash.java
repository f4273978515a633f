package org.lumen.store.crypto;

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 under a derived key: names files after what they hold without revealing it (no one
 * without the key can compute or invert a name). Thread-safe (a new Mac per call).
 */
public final class KeyedHash {
    private final SecretKeySpec key;

    KeyedHash(byte[] key) {
        this.key = new SecretKeySpec(key, "HmacSHA256");
    }

    /** The 32-byte HMAC of {@code data}. */
    public byte[] hash(byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(data);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** The HMAC of {@code data} as 64 lower-case hex digits. */
    public String hex(byte[] data) {
        return java.util.HexFormat.of().formatHex(hash(data));
    }
}
