package org.lumen.dicomweb.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.cert.X509Certificate;
import java.util.Arrays;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.lumen.dicomweb.TlsOptions;
import org.lumen.testkit.tls.TestCertificates;

/** The trust material OkHttp gets: extra CAs add to the system roots; hostname verification untouched. */
class TlsSetupTest {
    static final TestCertificates CERTS = TestCertificates.generate();

    @Test
    void extraCasAreAddedToTheSystemRootsNotInsteadOfThem() throws Exception {
        OkHttpClient plain = new OkHttpClient();
        OkHttpClient client = TlsSetup.apply(plain, TlsOptions.systemDefaults().withExtraCaBundle(CERTS.caCertificate()));
        X509Certificate[] system = plain.x509TrustManager().getAcceptedIssuers();
        X509Certificate[] combined = client.x509TrustManager().getAcceptedIssuers();
        assertThat(system).isNotEmpty();
        assertThat(combined).hasSize(system.length + 1).contains(system);
        assertThat(Arrays.stream(combined).map(c -> c.getSubjectX500Principal().getName()))
                .contains("CN=Lumen Test CA");
        assertThat(client.hostnameVerifier()).isSameAs(plain.hostnameVerifier());
    }

    @Test
    void defaultsLeaveTheClientAsItIs() throws Exception {
        OkHttpClient plain = new OkHttpClient();
        assertThat(TlsSetup.apply(plain, TlsOptions.systemDefaults())).isSameAs(plain);
    }
}
