package org.lumen.viewer.servers;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * TLS settings of one server; an empty string means "not set".
 *
 * @param caBundle a PEM file of extra certificate authorities trusted besides the system ones
 * @param clientCertificate a PKCS#12 file ({@code .p12}/{@code .pfx}) holding the client certificate and
 *        its key (its password, if any, is a secret in the {@link CredentialStore} under
 *        {@link ServerSettings#clientKeySecretId()}), or a PEM certificate chain
 * @param clientKey the unencrypted PKCS#8 PEM key of a PEM {@code clientCertificate}, else empty
 */
public record TlsSettings(String caBundle, String clientCertificate, String clientKey) {
    public TlsSettings {
        caBundle = Objects.requireNonNull(caBundle, "caBundle").strip();
        clientCertificate = Objects.requireNonNull(clientCertificate, "clientCertificate").strip();
        clientKey = Objects.requireNonNull(clientKey, "clientKey").strip();
    }

    /** Extra CAs and a PKCS#12 client certificate (or none). */
    public TlsSettings(String caBundle, String clientCertificate) {
        this(caBundle, clientCertificate, "");
    }

    /** Whether the client certificate is a PKCS#12 file (by its {@code .p12} or {@code .pfx} name). */
    public boolean isPkcs12() {
        String lower = clientCertificate.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".p12") || lower.endsWith(".pfx");
    }

    /** {@link IllegalArgumentException} in words when the certificate and key do not go together. */
    void check() {
        if (!clientKey.isEmpty() && clientCertificate.isEmpty()) {
            throw new IllegalArgumentException("A client key needs its client certificate");
        }
        if (!clientCertificate.isEmpty() && isPkcs12() && !clientKey.isEmpty()) {
            throw new IllegalArgumentException("A PKCS#12 client certificate holds its own key: leave Client key empty");
        }
        if (!clientCertificate.isEmpty() && !isPkcs12() && clientKey.isEmpty()) {
            throw new IllegalArgumentException("A PEM client certificate needs its private key (PEM, PKCS#8) under Client key;"
                    + " a PKCS#12 file must end in .p12 or .pfx");
        }
    }

    /** Neither extra CAs nor a client certificate. */
    public static TlsSettings none() {
        return new TlsSettings("", "");
    }

    public Optional<Path> caBundlePath() {
        return caBundle.isEmpty() ? Optional.empty() : Optional.of(Path.of(caBundle));
    }

    public Optional<Path> clientCertificatePath() {
        return clientCertificate.isEmpty() ? Optional.empty() : Optional.of(Path.of(clientCertificate));
    }

    /** Whether anything differs from the JDK's default TLS. */
    public boolean isCustom() {
        return !caBundle.isEmpty() || !clientCertificate.isEmpty();
    }
}
