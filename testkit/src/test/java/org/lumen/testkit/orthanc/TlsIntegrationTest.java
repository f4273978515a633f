package org.lumen.testkit.orthanc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lumen.testkit.IntegrationTest;
import org.lumen.testkit.tls.TestCertificates;

/** An HTTPS Orthanc that demands client certificates: the handle reaches it; a client without a certificate cannot. */
@IntegrationTest
class TlsIntegrationTest {
    static final TestCertificates CERTS = TestCertificates.generate();

    @RegisterExtension
    static final OrthancExtension ORTHANC = OrthancExtension.builder().tlsRequiringClientCertificates(CERTS).build();

    @Test
    void servesHttpsToClientsWithTheCertificateOnly(Orthanc orthanc) {
        assertThat(orthanc.baseUri().getScheme()).isEqualTo("https");
        assertThat(orthanc.baseUri().getPort()).isNotEqualTo(orthanc.httpPort());
        assertThat(orthanc.get("/system").statusCode()).isEqualTo(200);
        HttpClient anonymous = HttpClient.newBuilder().sslContext(CERTS.sslContext(false)).build();
        HttpRequest request = HttpRequest.newBuilder(orthanc.baseUri().resolve("/system")).GET().build();
        assertThatThrownBy(() -> anonymous.send(request, HttpResponse.BodyHandlers.discarding()))
                .isInstanceOf(java.io.IOException.class);
    }
}
