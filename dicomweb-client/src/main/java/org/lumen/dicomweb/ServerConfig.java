package org.lumen.dicomweb;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * One DICOMweb server: its service roots, authentication, how many requests may run at once, and
 * how query values must be encoded. Roots are absolute http or https URIs without user info
 * (credentials go in {@link Auth}); a trailing slash is optional.
 *
 * @param name display name, used in logs and errors
 * @param qidoRoot QIDO-RS root, e.g. {@code http://host:8042/dicom-web}
 * @param wadoRoot WADO-RS root
 * @param stowRoot STOW-RS root
 * @param auth authentication
 * @param maxConcurrentRequests requests to this server that may be in flight at once (1 to 256)
 * @param queryEncoding QIDO query value encoding this server understands
 */
public record ServerConfig(String name, URI qidoRoot, URI wadoRoot, URI stowRoot, Auth auth,
        int maxConcurrentRequests, QueryEncoding queryEncoding) {

    public ServerConfig {
        Objects.requireNonNull(name, "name");
        checkRoot("qidoRoot", qidoRoot);
        checkRoot("wadoRoot", wadoRoot);
        checkRoot("stowRoot", stowRoot);
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(queryEncoding, "queryEncoding");
        if (maxConcurrentRequests < 1 || maxConcurrentRequests > 256) {
            throw new IllegalArgumentException("maxConcurrentRequests must be 1 to 256: " + maxConcurrentRequests);
        }
    }

    /** A server whose three services share one root; no auth, 6 concurrent requests, STRICT encoding. */
    public static ServerConfig of(String name, URI root) {
        return new ServerConfig(name, root, root, root, Auth.none(), 6, QueryEncoding.STRICT);
    }

    public ServerConfig withAuth(Auth newAuth) {
        return new ServerConfig(name, qidoRoot, wadoRoot, stowRoot, newAuth, maxConcurrentRequests, queryEncoding);
    }

    public ServerConfig withQueryEncoding(QueryEncoding encoding) {
        return new ServerConfig(name, qidoRoot, wadoRoot, stowRoot, auth, maxConcurrentRequests, encoding);
    }

    public ServerConfig withMaxConcurrentRequests(int max) {
        return new ServerConfig(name, qidoRoot, wadoRoot, stowRoot, auth, max, queryEncoding);
    }

    private static void checkRoot(String what, URI root) {
        Objects.requireNonNull(root, what);
        String scheme = root.getScheme() == null ? "" : root.getScheme().toLowerCase(Locale.ROOT);
        if (!root.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || root.getHost() == null) {
            throw new IllegalArgumentException(what + " must be an absolute http(s) URI with a host: " + root);
        }
        if (root.getRawUserInfo() != null) {
            throw new IllegalArgumentException(what + " must not carry user info; use Auth");
        }
        if (root.getRawQuery() != null || root.getRawFragment() != null) {
            throw new IllegalArgumentException(what + " must not have a query or fragment: " + root);
        }
    }
}
