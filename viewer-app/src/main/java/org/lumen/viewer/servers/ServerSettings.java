package org.lumen.viewer.servers;

import java.net.URI;
import java.util.Objects;
import java.util.regex.Pattern;

import org.lumen.dicomweb.Auth;
import org.lumen.dicomweb.QueryEncoding;
import org.lumen.dicomweb.ServerConfig;

/**
 * One configured DICOMweb server (typically one per hospital site), as persisted: no secret here.
 *
 * @param id stable identifier (letters, digits, '-', '_'), the key of its secrets in the credential store
 * @param name display name, unique among the configured servers; used by {@code lumen open --server}
 * @param qidoRoot QIDO-RS root
 * @param wadoRoot WADO-RS root
 * @param stowRoot STOW-RS root
 * @param auth how to authenticate
 * @param tls extra trust and client certificate
 * @param queryEncoding how query values are written (LITERAL for Orthanc)
 */
public record ServerSettings(String id, String name, URI qidoRoot, URI wadoRoot, URI stowRoot, AuthSettings auth,
        TlsSettings tls, QueryEncoding queryEncoding) {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public ServerSettings {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a server id is 1 to 64 letters, digits, '-' or '_': " + id);
        }
        Objects.requireNonNull(name, "name");
        name = name.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a server needs a name");
        }
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(tls, "tls");
        Objects.requireNonNull(queryEncoding, "queryEncoding");
        // ServerConfig validates the roots (absolute http(s), no user info, no query).
        new ServerConfig(name, qidoRoot, wadoRoot, stowRoot, Auth.none(), 6, queryEncoding);
    }

    /** The credential store key of this server's password or token. */
    public String secretId() {
        return "lumen/server/" + id + "/auth";
    }

    /** The credential store key of the password of this server's client certificate file. */
    public String clientKeySecretId() {
        return "lumen/server/" + id + "/client-key";
    }

    /**
     * The credential store key of the refresh token of an OpenID sign-in; it names the issuer and
     * client (by a digest), so a token from another identity provider is never offered to this one.
     */
    public java.util.Optional<String> refreshTokenSecretId() {
        if (!(auth instanceof AuthSettings.OidcSignIn oidc)) {
            return java.util.Optional.empty();
        }
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(
                    (oidc.issuer() + " " + oidc.clientId()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.Optional.of("lumen/server/" + id + "/oidc-refresh/"
                    + java.util.HexFormat.of().formatHex(digest, 0, 8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    /** The client's configuration with the given authentication (built from the secret). */
    public ServerConfig toConfig(Auth resolvedAuth) {
        return new ServerConfig(name, qidoRoot, wadoRoot, stowRoot, resolvedAuth, 6, queryEncoding);
    }

    public ServerSettings withName(String newName) {
        return new ServerSettings(id, newName, qidoRoot, wadoRoot, stowRoot, auth, tls, queryEncoding);
    }
}
