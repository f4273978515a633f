package org.lumen.dicomweb.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.lumen.dicomweb.AccessToken;
import org.lumen.dicomweb.DicomWebException;
import org.lumen.dicomweb.DicomWebException.Problem;
import org.lumen.dicomweb.TokenProvider;

/**
 * A {@link TokenProvider} that caches the access token until its expiry minus a skew (by an
 * injected clock), then renews it with the refresh token grant (RFC 6749 section 6) when it holds
 * a refresh token, or else with its {@link InitialGrant} when that may be repeated.
 *
 * <p>Threading: thread-safe, and no lock is held while talking to the issuer. Renewal is
 * single-flight: the first caller that needs a new token asks the issuer; callers arriving
 * meanwhile wait for that answer instead of asking again, so many concurrent 401s cost one refresh.
 * What it obtains is reported to its {@link GrantEvents} (outside the lock) before the waiting
 * callers are released, so a rotated refresh token is handed to the application before it is used.
 */
public final class GrantTokenProvider implements TokenProvider {
    private final TokenEndpoint endpoint;
    private final InitialGrant initial;
    private final Clock clock;
    private final long skewSeconds;
    private final GrantEvents events;
    private final Object lock = new Object();
    private AccessToken token;                       // guarded by lock; null before the first grant
    private String refreshToken;                     // guarded by lock; "" when none
    private CompletableFuture<AccessToken> inFlight; // guarded by lock
    private boolean neverGranted = true;             // guarded by lock

    public GrantTokenProvider(TokenEndpoint endpoint, InitialGrant initial, String refreshToken, Clock clock,
            Duration skew) {
        this(endpoint, initial, refreshToken, clock, skew, GrantEvents.none());
    }

    public GrantTokenProvider(TokenEndpoint endpoint, InitialGrant initial, String refreshToken, Clock clock,
            Duration skew, GrantEvents events) {
        this.events = java.util.Objects.requireNonNull(events, "events");
        this.endpoint = endpoint;
        this.initial = initial;
        this.refreshToken = refreshToken;
        this.clock = clock;
        this.skewSeconds = skew.toSeconds();
    }

    @Override
    public AccessToken current() throws IOException {
        CompletableFuture<AccessToken> mine;
        CompletableFuture<AccessToken> theirs;
        synchronized (lock) {
            if (token != null && token.validAt(clock.instant(), skewSeconds)) {
                return token;
            }
            theirs = inFlight;
            mine = theirs == null ? startRenewal() : null;
        }
        return mine == null ? await(theirs) : renew(mine);
    }

    @Override
    public AccessToken refresh(AccessToken rejected) throws IOException {
        CompletableFuture<AccessToken> mine;
        CompletableFuture<AccessToken> theirs;
        synchronized (lock) {
            if (token != null && !token.equals(rejected) && token.validAt(clock.instant(), skewSeconds)) {
                return token; // someone else already replaced the rejected token
            }
            token = token != null && token.equals(rejected) ? null : token;
            theirs = inFlight;
            mine = theirs == null ? startRenewal() : null;
        }
        return mine == null ? await(theirs) : renew(mine);
    }

    private CompletableFuture<AccessToken> startRenewal() {
        inFlight = new CompletableFuture<>();
        return inFlight;
    }

    /** Runs the renewal this thread owns, without the lock, and publishes the outcome. */
    private AccessToken renew(CompletableFuture<AccessToken> mine) throws IOException {
        String refresh;
        boolean first;
        synchronized (lock) {
            refresh = refreshToken;
            first = neverGranted;
        }
        try {
            TokenResponse response = obtain(refresh, first);
            boolean rotated;
            synchronized (lock) {
                token = response.accessToken();
                neverGranted = false;
                rotated = !response.refreshToken().isEmpty() && !response.refreshToken().equals(refreshToken);
                if (rotated) {
                    refreshToken = response.refreshToken();
                }
                inFlight = null;
            }
            if (rotated) {
                events.newRefreshToken(response.refreshToken());
            }
            if (!response.idToken().isEmpty()) {
                events.idToken(response.idToken());
            }
            mine.complete(response.accessToken());
            return response.accessToken();
        } catch (IOException | RuntimeException e) {
            synchronized (lock) {
                inFlight = null;
            }
            mine.completeExceptionally(e);
            throw e;
        }
    }

    private TokenResponse obtain(String refresh, boolean first) throws IOException {
        if (!refresh.isEmpty()) {
            try {
                return endpoint.grant("refresh_token", Map.of("refresh_token", refresh));
            } catch (DicomWebException e) {
                if (e.problem() != Problem.AUTHENTICATION || !initial.repeatable()) {
                    throw e;
                }
                synchronized (lock) {
                    refreshToken = "";
                }
            }
        }
        if (first || initial.repeatable()) {
            return initial.obtain();
        }
        throw new DicomWebException(Problem.AUTHENTICATION, "the access token from " + endpoint.uri()
                + " expired or was refused and there is no refresh token; sign in again (" + initial.name() + ")");
    }

    private static AccessToken await(CompletableFuture<AccessToken> renewal) throws IOException {
        try {
            return renewal.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for a new access token");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof DicomWebException d) {
                throw new DicomWebException(d.problem(), d.statusCode().orElse(-1), stripProblem(d), d);
            }
            if (cause instanceof IOException io) {
                throw new IOException(io.getMessage(), io);
            }
            throw new IllegalStateException("token renewal failed", cause);
        }
    }

    private static String stripProblem(DicomWebException d) {
        String m = d.getMessage();
        String prefix = d.problem() + ": ";
        return m.startsWith(prefix) ? m.substring(prefix.length()) : m;
    }

    @Override
    public String toString() {
        return "GrantTokenProvider[" + initial.name() + " via " + endpoint + "]";
    }
}
