package org.lumen.dicomweb.internal;

import java.io.IOException;

/**
 * How a {@link GrantTokenProvider} obtains its first tokens: client credentials, a browser login,
 * or nothing (when it starts from a refresh token).
 */
public interface InitialGrant {

    /** Obtains new tokens from the issuer. */
    TokenResponse obtain() throws IOException;

    /**
     * Whether {@link #obtain} may run again when the tokens are used up (true for client
     * credentials; false for a browser login, which needs the user).
     */
    boolean repeatable();

    /** The grant's name for messages, e.g. {@code client_credentials}. */
    String name();
}
