package org.lumen.dicomweb.internal;

import org.lumen.dicomweb.AccessToken;
import org.lumen.dicomweb.DicomWebException;
import org.lumen.dicomweb.DicomWebException.Problem;
import org.lumen.dicomweb.TokenProvider;

/** One fixed bearer token; when the server refuses it there is nothing to refresh. Immutable. */
public final class StaticTokenProvider implements TokenProvider {
    private final AccessToken token;

    public StaticTokenProvider(AccessToken token) {
        this.token = token;
    }

    @Override
    public AccessToken current() {
        return token;
    }

    @Override
    public AccessToken refresh(AccessToken rejected) throws DicomWebException {
        throw new DicomWebException(Problem.AUTHENTICATION, 401,
                "the server refused the static bearer token and it cannot be refreshed", null);
    }

    @Override
    public String toString() {
        return "StaticTokenProvider[token=***]";
    }
}
