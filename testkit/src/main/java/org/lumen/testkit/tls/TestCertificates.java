package org.lumen.testkit.tls;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A throw-away PKI made with {@code openssl} in a temporary directory: a CA, a server certificate
 * (subject alternative names {@code IP:127.0.0.1} and {@code DNS:localhost}, signed by the CA), a
 * client certificate signed by the same CA, and a second, unrelated CA with its own client
 * certificate (which a server trusting only the first CA must refuse). Valid for two days.
 *
 * @param directory where the files are
 * @param password the password of the PKCS#12 files (a test value, not a secret)
 */
public record TestCertificates(Path directory, String password) {

    /** Generates a fresh set under {@code java.io.tmpdir}. */
    public static TestCertificates generate() {
        try {
            Path dir = Files.createTempDirectory("lumen-tls-");
            TestCertificates certs = new TestCertificates(dir, "p12-test-password");
            certs.make();
            return certs;
        } catch (IOException e) {
            throw new IllegalStateException("cannot generate test certificates: " + e.getMessage(), e);
        }
    }

    /** The CA certificate (PEM) that signed the server and client certificates. */
    public Path caCertificate() {
        return directory.resolve("ca.pem");
    }

    /** The server certificate alone (PEM). */
    public Path serverCertificate() {
        return directory.resolve("server.pem");
    }

    /** Server private key followed by its certificate (PEM), as Orthanc's SslCertificate wants. */
    public Path serverKeyAndCertificate() {
        return directory.resolve("server-key-and-cert.pem");
    }

    /** The server certificate and key as PKCS#12, protected by {@link #password()}. */
    public Path serverPkcs12() {
        return directory.resolve("server.p12");
    }

    /**
     * A server certificate from the CA for the host {@code elsewhere.example} only (PKCS#12,
     * {@link #password()}): a client reaching 127.0.0.1 must refuse it (hostname verification).
     */
    public Path elsewherePkcs12() {
        return directory.resolve("elsewhere.p12");
    }

    /** The client certificate and key as PKCS#12, protected by {@link #password()}. */
    public Path clientPkcs12() {
        return directory.resolve("client.p12");
    }

    /** The client certificate (PEM). */
    public Path clientCertificate() {
        return directory.resolve("client.pem");
    }

    /** The client private key, PKCS#8 PEM, unencrypted. */
    public Path clientKey() {
        return directory.resolve("client.key");
    }

    /** A client certificate and key (PKCS#12, {@link #password()}) from a CA nobody trusts. */
    public Path strangerPkcs12() {
        return directory.resolve("stranger.p12");
    }

    /** A CA certificate (PEM) unrelated to the server's. */
    public Path otherCaCertificate() {
        return directory.resolve("other-ca.pem");
    }

    private void make() throws IOException {
        ca("ca", "Lumen Test CA");
        ca("other-ca", "Unrelated Test CA");
        leaf("server", "ca", "127.0.0.1", "subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n");
        leaf("elsewhere", "ca", "elsewhere.example",
                "subjectAltName=DNS:elsewhere.example\nextendedKeyUsage=serverAuth\n");
        leaf("client", "ca", "lumen-client", "extendedKeyUsage=clientAuth\n");
        leaf("stranger", "other-ca", "stranger", "extendedKeyUsage=clientAuth\n");
        Files.writeString(serverKeyAndCertificate(),
                Files.readString(directory.resolve("server.key")) + Files.readString(directory.resolve("server.pem")));
        pkcs12("server");
        pkcs12("elsewhere");
        pkcs12("client");
        pkcs12("stranger");
    }

    private void ca(String name, String cn) throws IOException {
        openssl("req", "-x509", "-newkey", "rsa:2048", "-noenc", "-keyout", name + ".key", "-out", name + ".pem",
                "-days", "2", "-subj", "/CN=" + cn, "-addext", "basicConstraints=critical,CA:TRUE",
                "-addext", "keyUsage=critical,keyCertSign,cRLSign");
    }

    private void leaf(String name, String ca, String cn, String extensions) throws IOException {
        openssl("req", "-newkey", "rsa:2048", "-noenc", "-keyout", name + ".key", "-out", name + ".csr",
                "-subj", "/CN=" + cn);
        Files.writeString(directory.resolve(name + ".ext"), extensions);
        openssl("x509", "-req", "-in", name + ".csr", "-CA", ca + ".pem", "-CAkey", ca + ".key", "-CAcreateserial",
                "-out", name + ".pem", "-days", "2", "-extfile", name + ".ext");
    }

    private void pkcs12(String name) throws IOException {
        openssl("pkcs12", "-export", "-in", name + ".pem", "-inkey", name + ".key", "-out", name + ".p12",
                "-passout", "pass:" + password);
    }

    private void openssl(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("openssl"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        try {
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException("openssl " + args[0] + " failed: " + new String(out));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted running openssl", e);
        }
    }

    /**
     * An SSL context (for the JDK HTTP client) that trusts the CA and, if asked, presents the
     * client certificate.
     */
    public SSLContext sslContext(boolean presentClientCertificate) {
        return context(presentClientCertificate ? clientPkcs12() : null);
    }

    /** An SSL context for a server: presents the server certificate, trusts client certificates of the CA. */
    public SSLContext serverSslContext() {
        return context(serverPkcs12());
    }

    /** An SSL context presenting the key and certificate of a PKCS#12 file of this set and trusting the CA. */
    public SSLContext sslContextPresenting(Path pkcs12) {
        return context(pkcs12);
    }

    private SSLContext context(Path keyStore) {
        try {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            try (InputStream in = Files.newInputStream(caCertificate())) {
                Certificate ca = CertificateFactory.getInstance("X.509").generateCertificate(in);
                trust.setCertificateEntry("ca", ca);
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            KeyManagerFactory kmf = null;
            if (keyStore != null) {
                KeyStore keys = KeyStore.getInstance("PKCS12");
                try (InputStream in = Files.newInputStream(keyStore)) {
                    keys.load(in, password.toCharArray());
                }
                kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                kmf.init(keys, password.toCharArray());
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(kmf == null ? null : kmf.getKeyManagers(), tmf.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot build an SSL context from " + directory + ": " + e, e);
        }
    }
}
