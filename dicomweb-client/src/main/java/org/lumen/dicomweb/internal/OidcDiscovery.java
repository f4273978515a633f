package org.lumen.dicomweb.internal;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.lumen.dicomweb.DicomWebException;
import org.lumen.dicomweb.DicomWebException.Problem;
import org.lumen.dicomweb.OAuth2;

/**
 * OpenID Connect discovery (OpenID Connect Discovery 1.0 section 4): reads
 * {@code {issuer}/.well-known/openid-configuration} and checks that the document names the same
 * issuer. Stateless.
 */
public final class OidcDiscovery {
    private static final long MAX_BODY = 256 * 1024;

    private OidcDiscovery() {}

    public static OAuth2.Endpoints discover(OkHttpClient http, URI issuer) throws IOException {
        TokenEndpoint.requireSecureOrLoopback(issuer, "issuer");
        String base = issuer.toString().endsWith("/") ? issuer.toString().substring(0, issuer.toString().length() - 1)
                : issuer.toString();
        URI where = URI.create(base + "/.well-known/openid-configuration");
        Request request = new Request.Builder().url(where.toString()).header("Accept", "application/json").build();
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new DicomWebException(Problem.AUTHENTICATION, response.code(),
                        "OpenID discovery at " + where + " answered HTTP " + response.code(), null);
            }
            if (response.body().source().request(MAX_BODY + 1)) {
                throw new DicomWebException(Problem.TOO_LARGE, "OpenID configuration exceeds " + MAX_BODY + " bytes");
            }
            Map<String, String> json;
            try {
                json = FlatJson.read(response.body().bytes());
            } catch (IOException e) {
                throw new DicomWebException(Problem.AUTHENTICATION, -1,
                        "OpenID configuration at " + where + ": " + e.getMessage(), null);
            }
            String named = json.getOrDefault("issuer", "");
            if (!stripSlash(named).equals(base)) {
                throw new DicomWebException(Problem.AUTHENTICATION, "OpenID configuration at " + where
                        + " names issuer '" + named + "', not " + issuer);
            }
            return new OAuth2.Endpoints(issuer, uri(json, "authorization_endpoint", where),
                    uri(json, "token_endpoint", where));
        }
    }

    private static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    private static URI uri(Map<String, String> json, String key, URI where) throws DicomWebException {
        String value = json.getOrDefault(key, "");
        try {
            return TokenEndpoint.requireSecureOrLoopback(URI.create(value), key);
        } catch (IllegalArgumentException e) {
            throw new DicomWebException(Problem.AUTHENTICATION, "OpenID configuration at " + where
                    + " has no usable " + key + ": '" + value + "'");
        }
    }
}
