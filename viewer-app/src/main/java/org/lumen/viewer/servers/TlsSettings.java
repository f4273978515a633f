package org.lumen.viewer.servers;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * TLS settings of one server; an empty string means "not set".
 *
 * @param caBundle a PEM file of extra certificate authorities trusted besides the system ones
 * @param clientCertificate a PKCS#12 file holding the client certificate and its key (its password,
 *        if any, is a secret in the {@link CredentialStore} under {@link ServerSettings#clientKeySecretId()})
 */
public record TlsSettings(String caBundle, String clientCertificate) {
    public TlsSettings {
        caBundle = Objects.requireNonNull(caBundle, "caBundle").strip();
        clientCertificate = Objects.requireNonNull(clientCertificate, "clientCertificate").strip();
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
