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

    public ServerClients(CredentialStore credentials) {
        this(credentials, org.lumen.dicomweb.TrafficListener.NONE);
    }

    /** As {@link #ServerClients(CredentialStore)}, the clients' traffic told to {@code traffic} (the status bar's meter). */
    public ServerClients(CredentialStore credentials, org.lumen.dicomweb.TrafficListener traffic) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.traffic = Objects.requireNonNull(traffic, "traffic");
    }

    public CredentialStore credentials() {
        return credentials;
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
        }
        char[] clientKey = server.tls().clientCertificatePath().isPresent()
                ? credentials.get(server.clientKeySecretId()).orElse(new char[0]) : new char[0];
        try {
            return client(server, secret, clientKey, RetryPolicy.defaults(), traffic);
        } finally {
            Arrays.fill(secret, '\0');
            Arrays.fill(clientKey, '\0');
        }
    }

    /** Client credentials with {@code secret}; the grant runs at the first request. */
    static org.lumen.dicomweb.TokenProvider tokens(AuthSettings.OAuthClientCredentials oauth, char[] secret) throws IOException {
        org.lumen.dicomweb.OAuth2.Builder b = org.lumen.dicomweb.OAuth2.builder().clientId(oauth.clientId())
                .scopes(oauth.scopes()).clientSecret(secret);
        b = oauth.discover() ? b.issuer(oauth.endpoint()) : b.tokenEndpoint(oauth.endpoint());
        return b.clientCredentials();
    }

    /** A client for {@code server} with the given secret and client key password (both copied). */
    public static DicomWebClient client(ServerSettings server, char[] secret, char[] clientKeyPassword, RetryPolicy retries)
            throws IOException {
        return client(server, secret, clientKeyPassword, retries, org.lumen.dicomweb.TrafficListener.NONE);
    }

    /** As above, the client's traffic told to {@code traffic}. */
    public static DicomWebClient client(ServerSettings server, char[] secret, char[] clientKeyPassword, RetryPolicy retries,
            org.lumen.dicomweb.TrafficListener traffic) throws IOException {
        Auth auth = switch (server.auth()) {
            case AuthSettings.None none -> Auth.none();
            case AuthSettings.Basic basic -> Auth.basic(basic.user(), secret);
            case AuthSettings.Bearer bearer -> {
                String token = new String(secret);
                yield Auth.bearer(() -> token);
            }
            case AuthSettings.OAuthClientCredentials oauth -> Auth.tokens(tokens(oauth, secret));
        };
        DicomWebClient.Builder builder = DicomWebClient.builder().server(server.toConfig(auth)).retryPolicy(retries).traffic(traffic);
        if (server.tls().isCustom()) {
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
            builder.tls(tls);
        }
        try {
            return builder.build();
        } catch (java.io.UncheckedIOException e) {
            // The TLS files cannot be used: the cause names the file and the problem.
            throw e.getCause();
        }
    }
}
