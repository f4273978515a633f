package org.lumen.dicomweb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lumen.dicom.Tag;
import org.lumen.dicomweb.DicomWebException.Problem;
import org.lumen.dicomweb.TlsOptions.ClientCertificate;
import org.lumen.testkit.IntegrationTest;
import org.lumen.testkit.orthanc.OrthancExtension;
import org.lumen.testkit.tls.TestCertificates;

/**
 * TLS against two real Orthancs serving HTTPS with certificates generated for this run: one that
 * any client may reach, one that demands a client certificate signed by the test CA.
 */
@IntegrationTest
class OrthancTlsTest {
    static final TestCertificates CERTS = TestCertificates.generate();

    @RegisterExtension
    static final OrthancExtension HTTPS = OrthancExtension.builder().tls(CERTS)
            .preload(PydicomFiles.file("CT_small.dcm")).build();

    @RegisterExtension
    static final OrthancExtension MUTUAL = OrthancExtension.builder().tlsRequiringClientCertificates(CERTS)
            .preload(PydicomFiles.file("CT_small.dcm")).build();

    final MockServers.RecordingSleeper sleeper = new MockServers.RecordingSleeper();

    DicomWebClient client(OrthancExtension orthanc, TlsOptions tls) {
        return DicomWebClient.builder().sleeper(sleeper).tls(tls)
                .server(ServerConfig.of("tls-orthanc", orthanc.orthanc().dicomWebRoot())).build();
    }

    static List<String> studies(DicomWebClient client) throws Exception {
        return client.search(QidoQuery.studies().build()).stream()
                .map(d -> d.getString(Tag.StudyInstanceUID).orElseThrow()).toList();
    }

    static TlsOptions trustingTestCa() {
        return TlsOptions.systemDefaults().withExtraCaBundle(CERTS.caCertificate());
    }

    @Test
    void httpsWorksWithTheExtraCaBundle() throws Exception {
        assertThat(HTTPS.orthanc().dicomWebRoot().getScheme()).isEqualTo("https");
        assertThat(studies(client(HTTPS, trustingTestCa()))).containsExactly(OrthancDicomWebTest.CT_STUDY);
    }

    @Test
    void withoutTheCaTheHandshakeFailsWithATypedErrorAndIsNotRetried() {
        assertThatThrownBy(() -> studies(client(HTTPS, TlsOptions.systemDefaults())))
                .isInstanceOfSatisfying(DicomWebException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.TLS);
                    assertThat(e.getMessage()).contains("not issued by a trusted certificate authority", "127.0.0.1");
                });
        assertThatThrownBy(() -> studies(client(HTTPS, TlsOptions.systemDefaults()
                .withExtraCaBundle(CERTS.otherCaCertificate()))))
                .isInstanceOfSatisfying(DicomWebException.class, e -> assertThat(e.problem()).isEqualTo(Problem.TLS));
        assertThat(sleeper.sleeps).isEmpty();
    }

    @Test
    void clientCertificateRequiredAcceptsPkcs12AndPem() throws Exception {
        TlsOptions p12 = trustingTestCa().withClientCertificate(
                ClientCertificate.pkcs12(CERTS.clientPkcs12(), CERTS.password().toCharArray()));
        assertThat(studies(client(MUTUAL, p12))).containsExactly(OrthancDicomWebTest.CT_STUDY);
        TlsOptions pem = trustingTestCa().withClientCertificate(
                ClientCertificate.pem(CERTS.clientCertificate(), CERTS.clientKey()));
        assertThat(studies(client(MUTUAL, pem))).containsExactly(OrthancDicomWebTest.CT_STUDY);
    }

    @Test
    void clientCertificateRequiredRefusesNoCertificateAndAStrangersCertificate() {
        assertThatThrownBy(() -> studies(client(MUTUAL, trustingTestCa())))
                .isInstanceOfSatisfying(DicomWebException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.TLS);
                    assertThat(e.getMessage()).contains("the server requires a client certificate and none was presented");
                });
        TlsOptions stranger = trustingTestCa().withClientCertificate(
                ClientCertificate.pkcs12(CERTS.strangerPkcs12(), CERTS.password().toCharArray()));
        // The server's certificate request names the CAs it accepts; the JDK offers no certificate
        // from another CA, so the server sees none.
        assertThatThrownBy(() -> studies(client(MUTUAL, stranger)))
                .isInstanceOfSatisfying(DicomWebException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.TLS);
                    assertThat(e.getMessage()).contains("requires a client certificate");
                });
    }

    @Test
    void aWrongPkcs12PasswordIsNamedWithoutThePassword() {
        TlsOptions wrong = trustingTestCa().withClientCertificate(
                ClientCertificate.pkcs12(CERTS.clientPkcs12(), "wrong-password-42".toCharArray()));
        assertThatThrownBy(() -> client(MUTUAL, wrong)).isInstanceOfSatisfying(UncheckedIOException.class, e -> {
            assertThat(e.getCause()).isInstanceOfSatisfying(DicomWebException.class,
                    d -> assertThat(d.problem()).isEqualTo(Problem.TLS));
            assertThat(e.getMessage()).contains("client.p12", "wrong password").doesNotContain("wrong-password-42");
        });
        assertThat(wrong.toString()).doesNotContain("wrong-password-42");
    }
}
