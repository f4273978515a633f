package org.lumen.dicomweb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumen.dicomweb.DicomWebException.Problem;
import org.lumen.testkit.tls.TestCertificates;

/** TLS options without Orthanc: hostname verification, unusable files named, no retries of TLS failures. */
class TlsOptionsTest {
    static final TestCertificates CERTS = TestCertificates.generate();

    final MockServers.RecordingSleeper sleeper = new MockServers.RecordingSleeper();
    final OkHttpClient http = new OkHttpClient.Builder().readTimeout(10, TimeUnit.SECONDS).build();
    final MockWebServer server = new MockWebServer();

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    DicomWebClient client(TlsOptions tls) {
        return DicomWebClient.builder().okHttpClient(http).sleeper(sleeper).tls(tls)
                .server(ServerConfig.of("mock-tls", server.url("/dicom-web").uri())).build();
    }

    @Test
    void aTrustedCertificateForAnotherHostIsRefusedByHostnameVerification() throws Exception {
        server.useHttps(CERTS.sslContextPresenting(CERTS.elsewherePkcs12()).getSocketFactory());
        server.start(java.net.InetAddress.getByName("127.0.0.1"), 0);
        server.enqueue(MockServers.json("[]"));
        DicomWebClient client = client(TlsOptions.systemDefaults().withExtraCaBundle(CERTS.caCertificate()));
        assertThatThrownBy(() -> client.search(QidoQuery.studies().build()))
                .isInstanceOfSatisfying(DicomWebException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.TLS);
                    assertThat(e.getMessage()).contains("does not name this host");
                });
        assertThat(sleeper.sleeps).isEmpty();
    }

    @Test
    void theSameServerWithItsOwnNameIsAccepted() throws Exception {
        server.useHttps(CERTS.serverSslContext().getSocketFactory());
        server.start(java.net.InetAddress.getByName("127.0.0.1"), 0);
        server.enqueue(MockServers.json("[]"));
        assertThat(client(TlsOptions.systemDefaults().withExtraCaBundle(CERTS.caCertificate()))
                .search(QidoQuery.studies().build())).isEmpty();
    }

    @Test
    void unusableFilesAreNamedWithTheProblem(@TempDir Path dir) throws Exception {
        server.start();
        Path notPem = Files.writeString(dir.resolve("bundle.pem"), "hello");
        assertThatThrownBy(() -> client(TlsOptions.systemDefaults().withExtraCaBundle(notPem)))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("bundle.pem")
                .cause().isInstanceOfSatisfying(DicomWebException.class, e -> assertThat(e.problem()).isEqualTo(Problem.TLS));
        Path pkcs1 = Files.writeString(dir.resolve("key.pem"), "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n");
        assertThatThrownBy(() -> client(TlsOptions.systemDefaults().withClientCertificate(
                TlsOptions.ClientCertificate.pem(CERTS.clientCertificate(), pkcs1))))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("key.pem").hasMessageContaining("PKCS#8");
        assertThatThrownBy(() -> client(TlsOptions.systemDefaults().withExtraCaBundle(dir.resolve("missing.pem"))))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("missing.pem");
    }
}
