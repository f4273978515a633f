package org.lumen.dicomweb;

import java.io.IOException;

/**
 * Supplies bearer access tokens for {@link Auth#tokens(TokenProvider)}. Implementations cache
 * the token and obtain a new one when it expires; {@link OAuth2} builds the standard ones (static
 * token, client credentials, refresh token, browser login with PKCE).
 *
 * <p>Threading: implementations are thread-safe. When many requests are rejected with the same
 * token at once, {@link #refresh} obtains one new token and hands it to all of them.
 */
public interface TokenProvider {

    /** The token to send now: the cached one while it is valid, otherwise a newly obtained one. */
    AccessToken current() throws IOException;

    /**
     * A token to replace {@code rejected}, which the server answered with 401. If another caller
     * already replaced it, returns that replacement without asking the issuer again. Fails with
     * a {@link DicomWebException} of problem {@link DicomWebException.Problem#AUTHENTICATION}
     * when no new token can be had (e.g. the refresh token was revoked).
     */
    AccessToken refresh(AccessToken rejected) throws IOException;
}
