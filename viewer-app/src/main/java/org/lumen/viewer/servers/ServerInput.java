package org.lumen.viewer.servers;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;

import org.lumen.dicomweb.QueryEncoding;

/**
 * What the server form holds, as typed, and its translation into {@link ServerSettings}: the view
 * model of the settings dialog, free of JavaFX so that its rules are tested without a display.
 *
 * @param name server name
 * @param url the DICOMweb root used for all three services unless {@code separateRoots}
 * @param separateRoots whether QIDO, WADO and STOW have their own roots
 * @param qido QIDO-RS root when separate
 * @param wado WADO-RS root when separate
 * @param stow STOW-RS root when separate
 * @param auth authentication as chosen
 * @param caBundle extra CA bundle path or empty
 * @param clientCertificate PKCS#12 or PEM client certificate path or empty
 * @param clientKey PEM private key path of a PEM client certificate, else empty
 * @param queryEncoding query encoding
 */
public record ServerInput(String name, String url, boolean separateRoots, String qido, String wado, String stow,
        AuthSettings auth, String caBundle, String clientCertificate, String clientKey, QueryEncoding queryEncoding) {
    public ServerInput {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(qido, "qido");
        Objects.requireNonNull(wado, "wado");
        Objects.requireNonNull(stow, "stow");
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(caBundle, "caBundle");
        Objects.requireNonNull(clientCertificate, "clientCertificate");
        Objects.requireNonNull(clientKey, "clientKey");
        Objects.requireNonNull(queryEncoding, "queryEncoding");
    }

    /** Without a PEM client key (none, or a PKCS#12 certificate). */
    public ServerInput(String name, String url, boolean separateRoots, String qido, String wado, String stow,
            AuthSettings auth, String caBundle, String clientCertificate, QueryEncoding queryEncoding) {
        this(name, url, separateRoots, qido, wado, stow, auth, caBundle, clientCertificate, "", queryEncoding);
    }

    /** The input showing saved settings (secrets are never shown again). */
    public static ServerInput of(ServerSettings s) {
        boolean same = s.qidoRoot().equals(s.wadoRoot()) && s.qidoRoot().equals(s.stowRoot());
        return new ServerInput(s.name(), s.qidoRoot().toString(), !same, s.qidoRoot().toString(), s.wadoRoot().toString(),
                s.stowRoot().toString(), s.auth(), s.tls().caBundle(), s.tls().clientCertificate(), s.tls().clientKey(), s.queryEncoding());
    }

    /** The settings under {@code id}; {@link IllegalArgumentException} says in words what is wrong. */
    public ServerSettings toSettings(String id) {
        if (name.isBlank()) {
            throw new IllegalArgumentException("Give the server a name");
        }
        URI base = separateRoots ? null : uri("DICOMweb URL", url);
        URI q = separateRoots ? uri("QIDO-RS URL", qido) : base;
        URI w = separateRoots ? uri("WADO-RS URL", wado) : base;
        URI st = separateRoots ? uri("STOW-RS URL", stow) : base;
        TlsSettings tls = new TlsSettings(caBundle, clientCertificate, clientKey);
        tls.check();
        return new ServerSettings(id, name, q, w, st, auth, tls, queryEncoding);
    }

    private static URI uri(String what, String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException(what + " is empty");
        }
        URI uri;
        try {
            uri = new URI(t);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(what + " is not a URL (" + e.getReason() + "): " + t, e);
        }
        if (uri.getScheme() == null || !(uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))) {
            throw new IllegalArgumentException(what + " must start with http:// or https://: " + t);
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException(what + " must not contain a user name or password; use Authentication: " + uri.getHost());
        }
        return uri;
    }
}
