package org.lumen.viewer.servers;

import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;

import org.lumen.dicomweb.Auth;
import org.lumen.dicomweb.DicomWebClient;
import org.lumen.dicomweb.RetryPolicy;
import org.lumen.dicomweb.TlsOptions;

/**
 * Makes {@link DicomWebClient}s for configured servers, taking secrets from the
 * {@link CredentialStore}. Blocking (the store may ask the OS keyring); call off the FX thread.
 */
public final class ServerClients {
    private final CredentialStore credentials;
    private final org.lumen.dicomweb.TrafficListener traffic;
    private final java.util.Map<ServerSettings, DicomWebClient> made = new java.util.concurrent.ConcurrentHashMap<>();
    private final SignIns signIns;

    public ServerClients(CredentialStore credentials) {
        this(credentials, org.lumen.dicomweb.TrafficListener.NONE);
    }

    /** As {@link #ServerClients(CredentialStore)}, the clients' traffic told to {@code traffic} (the status bar's meter). */
    public ServerClients(CredentialStore credentials, org.lumen.dicomweb.TrafficListener traffic) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.traffic = Objects.requireNonNull(traffic, "traffic");
        this.signIns = new SignIns(credentials);
    }

    public CredentialStore credentials() {
        return credentials;
    }

    /** The OpenID sign-ins of the servers, kept in this client factory's credential store. */
    public SignIns signIns() {
        return signIns;
    }

    /**
     * A client for {@code server} with its stored secret, made once per settings value and reused
     * (its connections stay pooled) until {@link #forget} is called.
     *
     * @throws IOException when the secret is missing or the TLS files cannot be used
     */
    public DicomWebClient client(ServerSettings server) throws IOException {
        DicomWebClient cached = made.get(server);
        if (cached != null) {
            return cached;
        }
        DicomWebClient fresh = make(server);
        made.put(server, fresh);
        return fresh;
    }

    /**
     * The sign-in key of an OpenID {@code server} with the typed client secret and certificate
     * password, or else the stored ones (both copied). Blocking: the store may ask for its passphrase.
     */
    public SignIns.Key signInKey(ServerSettings server, char[] typedSecret, char[] typedKeyPassword) {
        char[] secret = typedSecret.length > 0 ? typedSecret.clone() : credentials.get(server.secretId()).orElse(new char[0]);
        char[] keyPassword = typedKeyPassword.length > 0 || server.tls().clientCertificatePath().isEmpty()
                ? typedKeyPassword.clone() : credentials.get(server.clientKeySecretId()).orElse(new char[0]);
        try {
            return SignIns.Key.of(server, tlsOptions(server, keyPassword), secret);
        } finally {
            Arrays.fill(secret, '\0');
            Arrays.fill(keyPassword, '\0');
        }
    }

    /** Drops the clients made for this server id (after its settings or secret changed). */
    public void forget(String serverId) {
        made.keySet().removeIf(s -> s.id().equals(serverId));
    }

    private DicomWebClient make(ServerSettings server) throws IOException {
        char[] secret = new char[0];
        if (server.auth().needsSecret()) {
            secret = credentials.get(server.secretId()).orElseThrow(() -> new IOException(
                    "no password or token is stored for " + server.name() + " (" + credentials.description()
                            + "): enter it in Servers \u25B8 Settings"));
        } else if (server.auth().keepsSecret()) {
            secret = credentials.get(server.secretId()).orElse(new char[0]);
        }
        char[] clientKey = server.tls().clientCertificatePath().isPresent()
                ? credentials.get(server.clientKeySecretId()).orElse(new char[0]) : new char[0];
        try {
            return client(server, secret, clientKey, RetryPolicy.defaults(), traffic, signIns);
        } finally {
            Arrays.fill(secret, '\0');
            Arrays.fill(clientKey, '\0');
        }
    }

    /**
     * The server's TLS settings as options; they apply to its identity provider too (an extra CA
     * only adds trust, and a client certificate is only shown to a server that asks for one).
     */
    static TlsOptions tlsOptions(ServerSettings server, char[] clientKeyPassword) {
        TlsOptions tls = TlsOptions.systemDefaults();
        if (server.tls().caBundlePath().isPresent()) {
            tls = tls.withExtraCaBundle(server.tls().caBundlePath().get());
        }
        if (server.tls().clientCertificatePath().isPresent()) {
            java.nio.file.Path certificate = server.tls().clientCertificatePath().get();
            tls = tls.withClientCertificate(server.tls().isPkcs12() || server.tls().clientKey().isEmpty()
                    ? new TlsOptions.ClientCertificate.Pkcs12(certificate, clientKeyPassword)
                    : new TlsOptions.ClientCertificate.Pem(certificate, java.nio.file.Path.of(server.tls().clientKey())));
        }
        return tls;
    }

    /** Client credentials with {@code secret}; the grant runs at the first request. */
    static org.lumen.dicomweb.TokenProvider tokens(AuthSettings.OAuthClientCredentials oauth, char[] secret, TlsOptions tls)
            throws IOException {
        org.lumen.dicomweb.OAuth2.Builder b = org.lumen.dicomweb.OAuth2.builder().clientId(oauth.clientId())
                .scopes(oauth.scopes()).clientSecret(secret).tls(tls);
        b = oauth.discover() ? b.issuer(oauth.endpoint()) : b.tokenEndpoint(oauth.endpoint());
        return b.clientCredentials();
    }

    /**
     * A client for {@code server} with the given secret and client key password (both copied); a
     * server that signs in with OpenID finds no sign-in this way (use the overload with {@link SignIns}).
     */
    public static DicomWebClient client(ServerSettings server, char[] secret, char[] clientKeyPassword, RetryPolicy retries)
            throws IOException {
        return client(server, secret, clientKeyPassword, retries, org.lumen.dicomweb.TrafficListener.NONE, DETACHED);
    }

    /** As above, the client's traffic told to {@code traffic}. */
    public static DicomWebClient client(ServerSettings server, char[] secret, char[] clientKeyPassword, RetryPolicy retries,
            org.lumen.dicomweb.TrafficListener traffic) throws IOException {
        return client(server, secret, clientKeyPassword, retries, traffic, DETACHED);
    }

    /** Sign-ins of a client made without a credential store: none, and none can be kept. */
    private static final SignIns DETACHED = new SignIns(new SessionCredentialStore(
            new UnavailableCredentialStore("a client made without the credential store keeps no sign-in")));

    /**
     * As above; an OpenID server's tokens come from its sign-in in {@code signIns} ({@code secret}
     * is then its optional client secret).
     */
    public static DicomWebClient client(ServerSettings server, char[] secret, char[] clientKeyPassword, RetryPolicy retries,
            org.lumen.dicomweb.TrafficListener traffic, SignIns signIns) throws IOException {
        TlsOptions tls = tlsOptions(server, clientKeyPassword);
        Auth auth = switch (server.auth()) {
            case AuthSettings.None none -> Auth.none();
            case AuthSettings.Basic basic -> Auth.basic(basic.user(), secret);
            case AuthSettings.Bearer bearer -> {
                String token = new String(secret);
                yield Auth.bearer(() -> token);
            }
            case AuthSettings.OAuthClientCredentials oauth -> Auth.tokens(tokens(oauth, secret, tls));
            case AuthSettings.OidcSignIn oidc -> Auth.tokens(signIns.tokens(SignIns.Key.of(server, tls, secret)));
        };
        DicomWebClient.Builder builder = DicomWebClient.builder().server(server.toConfig(auth)).retryPolicy(retries)
                .traffic(traffic).tls(tls);
        try {
            return builder.build();
        } catch (java.io.UncheckedIOException e) {
            // The TLS files cannot be used: the cause names the file and the problem.
            throw e.getCause();
        }
    }
}
