package org.lumen.testkit.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestCertificatesTest {
    static final TestCertificates CERTS = TestCertificates.generate();

    static X509Certificate read(Path pem) throws Exception {
        try (InputStream in = Files.newInputStream(pem)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    @Test
    void serverCertificateNamesLoopbackAndIsSignedByTheCa() throws Exception {
        X509Certificate ca = read(CERTS.caCertificate());
        X509Certificate server = read(CERTS.serverCertificate());
        server.verify(ca.getPublicKey());
        assertThat(server.getSubjectAlternativeNames().stream().map(n -> String.valueOf(n.get(1))).toList())
                .contains("127.0.0.1", "localhost");
        assertThat(server.getExtendedKeyUsage()).contains("1.3.6.1.5.5.7.3.1");
        assertThat(ca.getBasicConstraints()).isGreaterThanOrEqualTo(0);
        assertThat(Files.readString(CERTS.serverKeyAndCertificate()))
                .startsWith("-----BEGIN PRIVATE KEY-----").contains("-----BEGIN CERTIFICATE-----");
    }

    @Test
    void clientCertificateComesFromTheCaAndTheStrangersDoesNot() throws Exception {
        X509Certificate client = read(CERTS.clientCertificate());
        client.verify(read(CERTS.caCertificate()).getPublicKey());
        assertThat(client.getExtendedKeyUsage()).isEqualTo(List.of("1.3.6.1.5.5.7.3.2"));
        assertThat(Files.readString(CERTS.clientKey())).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(read(CERTS.otherCaCertificate()).getSubjectX500Principal().getName()).contains("Unrelated");
        assertThat(CERTS.sslContext(true).getProtocol()).isEqualTo("TLS");
        assertThat(CERTS.serverSslContext().getProtocol()).isEqualTo("TLS");
    }
}
