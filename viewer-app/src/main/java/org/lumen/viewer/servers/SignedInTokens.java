package org.lumen.viewer.servers;

import java.io.IOException;
import java.util.Objects;

import org.lumen.dicomweb.AccessToken;
import org.lumen.dicomweb.DicomWebException;
import org.lumen.dicomweb.DicomWebException.Problem;
import org.lumen.dicomweb.TokenProvider;

/**
 * The access tokens of one server's OpenID sign-in as its clients see them: each call goes to the
 * server's current sign-in in {@link SignIns} (so signing in again or out takes effect in clients
 * already made), and a refused refresh token becomes "Sign-in expired for {server}: sign in again".
 * Thread-safe; blocks on the identity provider, so only on request threads.
 */
final class SignedInTokens implements TokenProvider {
    private final SignIns signIns;
    private final SignIns.Key key;

    SignedInTokens(SignIns signIns, SignIns.Key key) {
        this.signIns = Objects.requireNonNull(signIns, "signIns");
        this.key = Objects.requireNonNull(key, "key");
    }

    @Override
    public AccessToken current() throws IOException {
        try {
            return signIns.session(key).current();
        } catch (DicomWebException e) {
            throw expiredOr(e);
        }
    }

    @Override
    public AccessToken refresh(AccessToken rejected) throws IOException {
        try {
            return signIns.session(key).refresh(rejected);
        } catch (DicomWebException e) {
            throw expiredOr(e);
        }
    }

    /** The identity provider refused the refresh token (HTTP 400 invalid_grant, or 401): the user must sign in again. */
    private DicomWebException expiredOr(DicomWebException e) {
        boolean refused = e.problem() == Problem.AUTHENTICATION && e.statusCode().isPresent()
                && (e.statusCode().getAsInt() == 400 || e.statusCode().getAsInt() == 401);
        if (!refused) {
            return e;
        }
        return new DicomWebException(Problem.AUTHENTICATION, e.statusCode().getAsInt(),
                SignIns.expired(key.serverName()) + " (" + e.getMessage() + ")", e);
    }

    @Override
    public String toString() {
        return "SignedInTokens[" + key.serverName() + "]";
    }
}
