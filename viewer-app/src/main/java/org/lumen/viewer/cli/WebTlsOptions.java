package org.lumen.viewer.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.lumen.dicomweb.TlsOptions;
import org.lumen.dicomweb.TlsOptions.ClientCertificate;

import picocli.CommandLine.Option;

/**
 * The TLS options of {@code lumen web}: an extra CA bundle trusted besides the system roots and an
 * optional client certificate (PKCS#12, or PEM chain plus PKCS#8 key). The PKCS#12 password comes
 * only from {@code LUMEN_CLIENT_CERT_PASSWORD}, never from the command line.
 */
final class WebTlsOptions {
    static final String CERT_PASSWORD_VARIABLE = "LUMEN_CLIENT_CERT_PASSWORD";

    @Option(names = "--ca-file", paramLabel = "<pem>",
            description = "PEM file of CA certificates trusted in addition to the system trust store (repeatable)")
    java.util.List<Path> caFiles = java.util.List.of();

    @Option(names = "--client-cert", paramLabel = "<file>",
            description = "client certificate: a PKCS#12 file (.p12/.pfx, password from LUMEN_CLIENT_CERT_PASSWORD)"
                    + " or a PEM certificate chain (then give --client-key)")
    Optional<Path> clientCert = Optional.empty();

    @Option(names = "--client-key", paramLabel = "<pem>",
            description = "unencrypted PKCS#8 PEM private key of a PEM --client-cert")
    Optional<Path> clientKey = Optional.empty();

    /** Whether any TLS option was given. */
    boolean requested() {
        return !caFiles.isEmpty() || clientCert.isPresent() || clientKey.isPresent();
    }

    /** The TLS options these arguments ask for. */
    TlsOptions options(CliEnvironment environment) {
        TlsOptions tls = TlsOptions.systemDefaults();
        for (Path ca : caFiles) {
            tls = tls.withExtraCaBundle(ca);
        }
        if (clientKey.isPresent() && clientCert.isEmpty()) {
            throw new CommandFailure(LumenCommand.USAGE, "--client-key needs --client-cert");
        }
        if (clientCert.isEmpty()) {
            return tls;
        }
        Path cert = clientCert.get();
        String name = cert.getFileName() == null ? "" : cert.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean pkcs12 = name.endsWith(".p12") || name.endsWith(".pfx");
        if (pkcs12 && clientKey.isPresent()) {
            throw new CommandFailure(LumenCommand.USAGE, "--client-key is for a PEM --client-cert; " + cert
                    + " is PKCS#12 and holds its own key");
        }
        if (!pkcs12 && clientKey.isEmpty()) {
            throw new CommandFailure(LumenCommand.USAGE, "--client-cert " + cert
                    + " is not .p12/.pfx: give its PEM private key with --client-key");
        }
        ClientCertificate certificate = pkcs12
                ? ClientCertificate.pkcs12(cert, environment.variable(CERT_PASSWORD_VARIABLE).orElse("").toCharArray())
                : ClientCertificate.pem(cert, clientKey.get());
        return tls.withClientCertificate(certificate);
    }
}
