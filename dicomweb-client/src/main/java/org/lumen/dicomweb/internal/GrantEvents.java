package org.lumen.dicomweb.internal;

import java.net.URI;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Consumer;
import org.lumen.dicomweb.OAuth2;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the application what a {@link GrantTokenProvider} obtained: each new refresh token (the
 * first one and every rotation), so that it can keep it for a silent sign-in next time, and who
 * signed in when an ID token came along ({@link OidcIdToken}). A listener that throws is logged
 * (its exception class only: its message might hold the token) and does not fail the request.
 * Called outside the provider's lock, on the thread that obtained the tokens. Immutable.
 */
public final class GrantEvents {
    private static final Logger LOG = LoggerFactory.getLogger(GrantEvents.class);

    private final Consumer<char[]> refreshTokens;
    private final Consumer<OAuth2.Identity> identities;
    private final URI issuer;
    private final String clientId;
    private final Clock clock;

    /**
     * @param issuer the issuer the ID token must name, or null when the endpoints were given
     *     without one
     */
    public GrantEvents(Consumer<char[]> refreshTokens, Consumer<OAuth2.Identity> identities, URI issuer,
            String clientId, Clock clock) {
        this.refreshTokens = Objects.requireNonNull(refreshTokens, "refreshTokens");
        this.identities = Objects.requireNonNull(identities, "identities");
        this.issuer = issuer;
        this.clientId = Objects.requireNonNull(clientId, "clientId");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Listeners that do nothing. */
    public static GrantEvents none() {
        return new GrantEvents(t -> { }, i -> { }, null, "", Clock.systemUTC());
    }

    /** Reports a refresh token the provider did not hold before; the listener gets a copy it may keep. */
    void newRefreshToken(String token) {
        char[] copy = token.toCharArray();
        try {
            refreshTokens.accept(copy);
        } catch (RuntimeException e) {
            LOG.warn("the application's refresh token listener failed ({}); the new refresh token is used but was"
                    + " not kept", e.getClass().getName());
        }
    }

    /** Reports who signed in, when the ID token is valid for this client. */
    void idToken(String jwt) {
        var identity = OidcIdToken.read(jwt, issuer, clientId, clock.instant());
        if (identity.isEmpty()) {
            LOG.warn("ignored an ID token that is malformed, expired, or issued by another issuer or for another client");
            return;
        }
        try {
            identities.accept(identity.get());
        } catch (RuntimeException e) {
            LOG.warn("the application's identity listener failed ({})", e.getClass().getName());
        }
    }
}
