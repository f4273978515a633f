package org.lumen.viewer.servers;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

import org.lumen.dicomweb.AccessToken;
import org.lumen.dicomweb.DicomWebException;
import org.lumen.dicomweb.DicomWebException.Problem;
import org.lumen.dicomweb.OAuth2;
import org.lumen.dicomweb.TlsOptions;
import org.lumen.dicomweb.TokenProvider;

/**
 * The OpenID sign-ins of the configured servers: one live token provider per server, issuer and
 * client, shared by every client, the connection test and the form (identity providers rotate
 * refresh tokens, so two providers holding the same one would spoil each other's). A sign-in is an
 * interactive browser login ({@link #signIn}), or restored silently from the refresh token kept in
 * the {@link CredentialStore}; every refresh token the identity provider hands out (first and
 * rotated) is put in the store before it is used. Never in plain text: the store is the OS
 * credential store or the encrypted secrets file.
 *
 * <p>Threading: thread-safe; every method may block on the store or the network, so call them off
 * the FX thread. Restoring is single-flight per sign-in; no lock is held during I/O.
 */
public final class SignIns {
    private final CredentialStore store;
    private final Map<String, CompletableFuture<Session>> sessions = new ConcurrentHashMap<>();

    public SignIns(CredentialStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * One server's sign-in and what reaching its identity provider takes.
     *
     * @param secretId where its refresh token is kept ({@link ServerSettings#refreshTokenSecretId()})
     * @param serverName the server's name, for messages
     * @param oidc issuer, client and scopes
     * @param tls the server's TLS settings, used for the identity provider too
     * @param clientSecret the optional client secret (copied), empty for a public client
     */
    public record Key(String secretId, String serverName, AuthSettings.OidcSignIn oidc, TlsOptions tls, char[] clientSecret) {
        public Key {
            Objects.requireNonNull(secretId, "secretId");
            Objects.requireNonNull(serverName, "serverName");
            Objects.requireNonNull(oidc, "oidc");
            Objects.requireNonNull(tls, "tls");
            clientSecret = clientSecret.clone();
        }

        /** The key of {@code server}, which must use an OpenID sign-in. */
        static Key of(ServerSettings server, TlsOptions tls, char[] clientSecret) {
            if (!(server.auth() instanceof AuthSettings.OidcSignIn oidc)) {
                throw new IllegalArgumentException(server.name() + " does not sign in with OpenID");
            }
            return new Key(server.refreshTokenSecretId().orElseThrow(), server.name(), oidc, tls, clientSecret);
        }

        @Override
        public String toString() {
            return "Key[" + serverName + ", " + oidc.issuer() + ", clientSecret=***]";
        }
    }

    /** A live sign-in: its provider and what the identity provider said. */
    private static final class Session {
        volatile TokenProvider provider;
        volatile String who = "";
        volatile String notSaved = "";
    }

    /** The sentence for a refused refresh token. */
    static String expired(String serverName) {
        return "Sign-in expired for " + serverName + ": sign in again (Servers \u25B8 Settings \u25B8 Sign in\u2026)";
    }

    /** The sentence for a server never signed in here (or signed out). */
    static String notSignedIn(String serverName) {
        return "Not signed in to " + serverName + ": sign in with Servers \u25B8 Settings \u25B8 Sign in\u2026";
    }

    /**
     * The failure in words for the user: "Sign-in expired for ..." and "Not signed in to ..." as
     * they are, anything else after {@code otherwise}.
     */
    static String sentence(DicomWebException e, String otherwise) {
        String prefix = e.problem() + ": ";
        String said = e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length()) : e.getMessage();
        return said.startsWith("Sign-in expired") || said.startsWith("Not signed in") ? said : otherwise + said;
    }

    /** The tokens for requests to the server of {@code key}; nothing is read or asked until the first request. */
    TokenProvider tokens(Key key) {
        return new SignedInTokens(this, key);
    }

    /**
     * Signs in interactively: {@code browser} is handed the identity provider's sign-in page; blocks
     * until the browser comes back to the loopback redirect, {@code timeout} passes (a
     * {@link DicomWebException} saying so) or the thread is interrupted (Cancel:
     * {@link InterruptedIOException}). On success the sign-in replaces any earlier one.
     */
    SignInStatus signIn(Key key, Consumer<URI> browser, Duration timeout) throws IOException {
        Session session = new Session();
        session.provider = builder(key, session).loginTimeout(timeout).browserLogin(browser);
        AccessToken token = session.provider.current();
        sessions.put(key.secretId(), CompletableFuture.completedFuture(session));
        return new SignInStatus(session.who, token.expiresAt(), session.notSaved);
    }

    /**
     * The sign-in's state, renewing the access token silently when it is due; a
     * {@link DicomWebException} says "Sign-in expired for ..." or "Not signed in to ...".
     */
    public SignInStatus check(Key key) throws IOException {
        AccessToken token = tokens(key).current();
        CompletableFuture<Session> live = sessions.get(key.secretId());
        Session session = live == null ? new Session() : live.getNow(new Session());
        return new SignInStatus(session.who, token.expiresAt(), session.notSaved);
    }

    /** Forgets the sign-in: the live provider and the stored refresh token. */
    void signOut(String secretId) {
        sessions.remove(secretId);
        store.remove(secretId);
    }

    /** The live provider of {@code key}, restored from the stored refresh token on first use. */
    TokenProvider session(Key key) throws IOException {
        CompletableFuture<Session> mine = new CompletableFuture<>();
        CompletableFuture<Session> theirs = sessions.putIfAbsent(key.secretId(), mine);
        if (theirs != null) {
            return await(theirs).provider;
        }
        try {
            Session restored = restore(key);
            mine.complete(restored);
            return restored.provider;
        } catch (IOException | RuntimeException e) {
            sessions.remove(key.secretId(), mine);
            mine.completeExceptionally(e);
            throw e;
        }
    }

    private Session restore(Key key) throws IOException {
        Optional<char[]> stored;
        try {
            stored = store.get(key.secretId());
        } catch (CredentialStoreException e) {
            throw new DicomWebException(Problem.AUTHENTICATION, -1, "The sign-in for " + key.serverName()
                    + " cannot be read: " + e.getMessage(), e);
        }
        char[] refresh = stored.orElseThrow(() -> new DicomWebException(Problem.AUTHENTICATION, notSignedIn(key.serverName())));
        try {
            Session session = new Session();
            session.provider = builder(key, session).refreshToken(refresh);
            return session;
        } finally {
            Arrays.fill(refresh, '\0');
        }
    }

    private OAuth2.Builder builder(Key key, Session session) {
        OAuth2.Builder b = OAuth2.builder().issuer(key.oidc().issuer()).clientId(key.oidc().clientId())
                .scopes(key.oidc().scopes()).tls(key.tls())
                .onIdentity(who -> session.who = who.name())
                .onRefreshToken(token -> keep(key, session, token));
        return key.clientSecret().length == 0 ? b : b.clientSecret(key.clientSecret());
    }

    /** Puts a new refresh token in the store; a refusal is remembered for the form, the token still works this session. */
    private void keep(Key key, Session session, char[] token) {
        try {
            store.put(key.secretId(), token);
            session.notSaved = "";
        } catch (CredentialStoreException e) {
            session.notSaved = e.getMessage();
        } finally {
            Arrays.fill(token, '\0');
        }
    }

    private static Session await(CompletableFuture<Session> restoring) throws IOException {
        try {
            return restoring.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while restoring a sign-in");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("restoring a sign-in failed", e.getCause());
        }
    }
}
