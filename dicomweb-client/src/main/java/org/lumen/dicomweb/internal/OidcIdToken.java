package org.lumen.dicomweb.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lumen.dicomweb.OAuth2;

/**
 * Reads who signed in from an OpenID Connect ID token (OpenID Connect Core 1.0, sections 2 and
 * 3.1.3.7): the claims of the JWT's payload, accepted only when {@code iss} is the issuer the
 * endpoints were discovered from, {@code aud} names this client, and {@code exp} has not passed.
 * The signature is not checked: the token came straight from the token endpoint over TLS, which
 * section 3.1.3.7 (6) allows in place of it, and the identity is only shown to the user, never
 * used to authorize anything. Stateless.
 */
public final class OidcIdToken {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final int MAX_LENGTH = 16 * 1024;

    private OidcIdToken() {}

    /**
     * The identity in {@code jwt}, or empty when it is malformed, meant for another issuer or
     * client, or expired at {@code now}. {@code issuer} is null when the token endpoint was given
     * without an issuer: then any {@code iss} is taken as it is.
     */
    public static Optional<OAuth2.Identity> read(String jwt, URI issuer, String clientId, Instant now) {
        String[] parts = jwt.split("\\.", -1);
        if (jwt.length() > MAX_LENGTH || parts.length != 3) {
            return Optional.empty();
        }
        Map<String, String> claims = new HashMap<>();
        List<String> audience = new ArrayList<>();
        try {
            read(Base64.getUrlDecoder().decode(parts[1]), claims, audience);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        String iss = claims.getOrDefault("iss", "");
        String sub = claims.getOrDefault("sub", "");
        boolean issuerMatches = issuer == null ? !iss.isEmpty() : strip(iss).equals(strip(issuer.toString()));
        long exp;
        try {
            exp = Long.parseLong(claims.getOrDefault("exp", ""));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (!issuerMatches || sub.isEmpty() || !audience.contains(clientId) || now.getEpochSecond() >= exp) {
            return Optional.empty();
        }
        String name = first(claims, "name", "preferred_username", "email").orElse(sub);
        return Optional.of(new OAuth2.Identity(URI.create(iss), sub, name));
    }

    private static void read(byte[] json, Map<String, String> claims, List<String> audience) throws IOException {
        try (JsonParser p = FACTORY.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a JSON object");
            }
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("aud") && value == JsonToken.START_ARRAY) {
                    for (JsonToken a = p.nextToken(); a != JsonToken.END_ARRAY; a = p.nextToken()) {
                        audience.add(p.getText());
                    }
                } else if (value.isScalarValue()) {
                    claims.put(field, p.getText());
                    if (field.equals("aud")) {
                        audience.add(p.getText());
                    }
                } else {
                    p.skipChildren();
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException("malformed ID token claims", e);
        }
    }

    private static Optional<String> first(Map<String, String> claims, String... names) {
        for (String n : names) {
            String v = claims.getOrDefault(n, "").strip();
            if (!v.isEmpty()) {
                return Optional.of(v.length() <= 200 ? v : v.substring(0, 200));
            }
        }
        return Optional.empty();
    }

    private static String strip(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
