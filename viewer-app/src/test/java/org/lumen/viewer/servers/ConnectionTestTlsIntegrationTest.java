package org.lumen.viewer.servers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lumen.dicomweb.QueryEncoding;
import org.lumen.testkit.IntegrationTest;
import org.lumen.testkit.orthanc.OrthancExtension;
import org.lumen.testkit.tls.TestCertificates;

/** "Test connection" with the form's TLS settings against a real Orthanc behind TLS (test CA, client certificates). */
@IntegrationTest
class ConnectionTestTlsIntegrationTest {
    static final TestCertificates CERTS = TestCertificates.generate();

    @RegisterExtension
    static final OrthancExtension HTTPS = OrthancExtension.builder().tls(CERTS).build();

    @RegisterExtension
    static final OrthancExtension MUTUAL = OrthancExtension.builder().tlsRequiringClientCertificates(CERTS).build();

    private static ServerSettings settings(OrthancExtension orthanc, TlsSettings tls) {
        URI root = orthanc.orthanc().dicomWebRoot();
        return new ServerSettings("tls", "TLS Orthanc", root, root, root, new AuthSettings.None(), tls, QueryEncoding.LITERAL);
    }

    @Test
    void withoutTheCaBundleTheTestReportsATlsFailure() {
        ConnectionTest.Report report = ConnectionTest.run(settings(HTTPS, TlsSettings.none()), new char[0], new char[0]);
        assertThat(report.outcome()).isEqualTo(ConnectionTest.Outcome.TLS_FAILED);
        assertThat(report.message()).startsWith("TLS failed:").contains("Add a CA bundle");
    }

    @Test
    void withTheCaBundleItConnects() {
        ConnectionTest.Report report = ConnectionTest.run(
                settings(HTTPS, new TlsSettings(CERTS.caCertificate().toString(), "")), new char[0], new char[0]);
        assertThat(report.outcome()).as(report.message()).isEqualTo(ConnectionTest.Outcome.SUCCESS);
    }

    @Test
    void aServerDemandingAClientCertificateAcceptsTheConfiguredOne() {
        TlsSettings withCertificate = new TlsSettings(CERTS.caCertificate().toString(), CERTS.clientPkcs12().toString());
        ConnectionTest.Report report = ConnectionTest.run(settings(MUTUAL, withCertificate), new char[0],
                CERTS.password().toCharArray());
        assertThat(report.outcome()).as(report.message()).isEqualTo(ConnectionTest.Outcome.SUCCESS);
        ConnectionTest.Report without = ConnectionTest.run(
                settings(MUTUAL, new TlsSettings(CERTS.caCertificate().toString(), "")), new char[0], new char[0]);
        assertThat(without.outcome()).as(without.message()).isEqualTo(ConnectionTest.Outcome.TLS_FAILED);
        assertThat(without.message()).contains("client certificate");
    }

    @Test
    void aPemClientCertificateAndKeyAreAccepted() {
        TlsSettings pem = new TlsSettings(CERTS.caCertificate().toString(), CERTS.clientCertificate().toString(),
                CERTS.clientKey().toString());
        ConnectionTest.Report report = ConnectionTest.run(settings(MUTUAL, pem), new char[0], new char[0]);
        assertThat(report.outcome()).as(report.message()).isEqualTo(ConnectionTest.Outcome.SUCCESS);
    }
}
