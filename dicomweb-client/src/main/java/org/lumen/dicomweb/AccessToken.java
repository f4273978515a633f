package org.lumen.dicomweb;

import java.time.Instant;
import java.util.Objects;

/**
 * An OAuth 2.0 bearer access token and the instant it stops being valid. The value is a secret:
 * it never appears in {@code toString}.
 *
 * @param value the token as sent after {@code Bearer }; visible ASCII, no spaces
 * @param expiresAt when the issuer says it expires; {@link Instant#MAX} when the issuer gave no lifetime
 */
public record AccessToken(String value, Instant expiresAt) {
    public AccessToken {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (value.isEmpty() || value.chars().anyMatch(c -> c <= ' ' || c >= 0x7f)) {
            throw new IllegalArgumentException("an access token must be non-empty visible ASCII");
        }
    }

    /** A token without a known lifetime: used until the server rejects it. */
    public static AccessToken withoutExpiry(String value) {
        return new AccessToken(value, Instant.MAX);
    }

    /** Whether the token is still usable at {@code now}, keeping {@code skewSeconds} in reserve. */
    public boolean validAt(Instant now, long skewSeconds) {
        return expiresAt.equals(Instant.MAX) || now.plusSeconds(skewSeconds).isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "AccessToken[value=***, expiresAt=" + expiresAt + "]";
    }
}
