package org.lumen.dicomweb;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * How the client sets up TLS. By default it trusts the JDK's system trust store and presents no
 * client certificate. Extra CA bundles (PEM files with one or more certificates) are trusted in
 * addition to the system roots, never instead of them. Hostname verification is always on and
 * there is no way to trust every certificate. See docs/dicomweb-auth.md.
 *
 * @param extraCaBundles PEM files whose certificates are trusted as roots besides the system ones
 * @param clientCertificate the certificate to present when a server asks for one
 */
public record TlsOptions(List<Path> extraCaBundles, ClientCertificate clientCertificate) {
    public TlsOptions {
        extraCaBundles = List.copyOf(extraCaBundles);
        Objects.requireNonNull(clientCertificate, "clientCertificate");
    }

    /** The system trust store, no client certificate. */
    public static TlsOptions systemDefaults() {
        return new TlsOptions(List.of(), ClientCertificate.none());
    }

    /** These options plus one more CA bundle. */
    public TlsOptions withExtraCaBundle(Path pemFile) {
        List<Path> all = new ArrayList<>(extraCaBundles);
        all.add(Objects.requireNonNull(pemFile, "pemFile"));
        return new TlsOptions(all, clientCertificate);
    }

    /** These options with a client certificate. */
    public TlsOptions withClientCertificate(ClientCertificate certificate) {
        return new TlsOptions(extraCaBundles, certificate);
    }

    /** Whether these are the defaults (the OkHttp client is then used as it is). */
    public boolean isSystemDefault() {
        return extraCaBundles.isEmpty() && clientCertificate instanceof ClientCertificate.None;
    }

    /** A TLS client certificate with its private key. */
    public sealed interface ClientCertificate {

        static ClientCertificate none() {
            return new None();
        }

        /** A PKCS#12 file holding one private key and its certificate chain; the password is copied. */
        static ClientCertificate pkcs12(Path file, char[] password) {
            return new Pkcs12(file, password);
        }

        /** A PEM certificate chain (leaf first) and an unencrypted PKCS#8 PEM private key. */
        static ClientCertificate pem(Path certificateChain, Path pkcs8Key) {
            return new Pem(certificateChain, pkcs8Key);
        }

        /** No client certificate. */
        record None() implements ClientCertificate {}

        /**
         * A PKCS#12 key store.
         *
         * @param file the {@code .p12} / {@code .pfx} file
         * @param password its password; copied in and out, never shown
         */
        record Pkcs12(Path file, char[] password) implements ClientCertificate {
            public Pkcs12 {
                Objects.requireNonNull(file, "file");
                password = Objects.requireNonNull(password, "password").clone();
            }

            @Override
            public char[] password() {
                return password.clone();
            }

            @Override
            public boolean equals(Object o) {
                return o instanceof Pkcs12 p && p.file.equals(file) && Arrays.equals(p.password, password);
            }

            @Override
            public int hashCode() {
                return file.hashCode();
            }

            @Override
            public String toString() {
                return "Pkcs12[file=" + file + ", password=***]";
            }
        }

        /**
         * PEM files.
         *
         * @param certificateChain the client certificate, then any intermediates
         * @param pkcs8Key the private key ({@code BEGIN PRIVATE KEY}), unencrypted
         */
        record Pem(Path certificateChain, Path pkcs8Key) implements ClientCertificate {
            public Pem {
                Objects.requireNonNull(certificateChain, "certificateChain");
                Objects.requireNonNull(pkcs8Key, "pkcs8Key");
            }
        }
    }
}
