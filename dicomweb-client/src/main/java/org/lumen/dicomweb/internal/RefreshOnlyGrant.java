package org.lumen.dicomweb.internal;

import org.lumen.dicomweb.DicomWebException;
import org.lumen.dicomweb.DicomWebException.Problem;

/**
 * The initial grant of a provider that starts from a refresh token the application stored: there
 * is nothing to fall back on once the refresh token is refused. Stateless.
 */
public final class RefreshOnlyGrant implements InitialGrant {
    @Override
    public TokenResponse obtain() throws DicomWebException {
        throw new DicomWebException(Problem.AUTHENTICATION, "no refresh token to obtain an access token with");
    }

    @Override
    public boolean repeatable() {
        return false;
    }

    @Override
    public String name() {
        return "refresh_token";
    }
}
