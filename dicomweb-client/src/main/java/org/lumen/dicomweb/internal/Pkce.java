package org.lumen.dicomweb.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A PKCE code verifier and its S256 challenge (RFC 7636 sections 4.1, 4.2): 32 random bytes,
 * base64url without padding (43 characters), and base64url(SHA-256(verifier)). Immutable; the
 * verifier is a secret and never shown.
 */
final class Pkce {
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private final String verifier;
    private final String challenge;

    private Pkce(String verifier) {
        this.verifier = verifier;
        this.challenge = challengeOf(verifier);
    }

    static Pkce create(SecureRandom random) {
        return new Pkce(randomUrlSafe(random, 32));
    }

    /** {@code n} random bytes as base64url without padding. */
    static String randomUrlSafe(SecureRandom random, int n) {
        byte[] bytes = new byte[n];
        random.nextBytes(bytes);
        return URL.encodeToString(bytes);
    }

    static String challengeOf(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return URL.encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    String verifier() {
        return verifier;
    }

    String challenge() {
        return challenge;
    }

    @Override
    public String toString() {
        return "Pkce[S256, verifier=***]";
    }
}
