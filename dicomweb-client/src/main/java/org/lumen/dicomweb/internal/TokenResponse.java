package org.lumen.dicomweb.internal;

import java.util.Objects;
import org.lumen.dicomweb.AccessToken;

/**
 * What a token endpoint answered to a successful grant (RFC 6749 section 5.1).
 *
 * @param accessToken the access token and its expiry
 * @param refreshToken the refresh token, empty when the server issued none; a secret
 * @param idToken the OpenID ID token (a JWT), empty when the server issued none
 */
public record TokenResponse(AccessToken accessToken, String refreshToken, String idToken) {
    public TokenResponse {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(refreshToken, "refreshToken");
        Objects.requireNonNull(idToken, "idToken");
    }

    @Override
    public String toString() {
        return "TokenResponse[" + accessToken + ", refreshToken=" + (refreshToken.isEmpty() ? "none" : "***")
                + ", idToken=" + (idToken.isEmpty() ? "none" : "***") + "]";
    }
}
