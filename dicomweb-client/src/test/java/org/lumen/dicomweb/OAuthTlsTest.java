package org.lumen.dicomweb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lumen.dicomweb.DicomWebException.Problem;
import org.lumen.testkit.oauth.Browser;
import org.lumen.testkit.oauth.TestAuthorizationServer;
import org.lumen.testkit.oauth.TestAuthorizationServer.Method;
import org.lumen.testkit.tls.TestCertificates;

/**
 * {@link OAuth2.Builder#tls}: the identity provider's discovery and token endpoints over real
 * HTTPS with certificates generated for this run, one server trusting any client, one demanding a
 * client certificate from the test CA.
 */
class OAuthTlsTest {
    static final TestCertificates CERTS = TestCertificates.generate();
    static final String SECRET = "tls-svc-secret-88";

    TestAuthorizationServer idp;

    @AfterEach
    void stop() {
        if (idp != null) {
            idp.close();
        }
    }

    TestAuthorizationServer start(boolean requireClientCertificate) throws IOException {
        idp = TestAuthorizationServer.startHttps(CERTS, requireClientCertificate);
        idp.register("svc", SECRET, Method.BASIC);
        idp.register("app", "", Method.NONE);
        return idp;
    }

    OAuth2.Builder service(TlsOptions tls) {
        return OAuth2.builder().issuer(idp.issuer()).clientId("svc").clientSecret(SECRET.toCharArray()).tls(tls);
    }

    static TlsOptions trustingTestCa() {
        return TlsOptions.systemDefaults().withExtraCaBundle(CERTS.caCertificate());
    }

    @Test
    void anIdentityProviderWithAPrivateCaNeedsItsBundle() throws Exception {
        start(false);
        assertThat(idp.issuer().getScheme()).isEqualTo("https");
        assertThatThrownBy(() -> service(TlsOptions.systemDefaults()).clientCredentials())
                .isInstanceOfSatisfying(DicomWebException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.TLS);
                    assertThat(e.getMessage()).contains("identity provider", "not issued by a trusted certificate authority");
                });
        TokenProvider tokens = service(trustingTestCa()).clientCredentials();
        assertThat(idp.accepts(tokens.current().value())).isTrue();
        assertThat(idp.grants("client_credentials")).isEqualTo(1);
    }

    @Test
    void aBrowserLoginOverHttpsHandsOverTheRefreshToken() throws Exception {
        start(false);
        List<char[]> kept = new ArrayList<>();
        TokenProvider tokens = OAuth2.builder().issuer(idp.issuer()).clientId("app").scopes("openid")
                .tls(trustingTestCa()).onRefreshToken(kept::add).browserLogin(Browser.honest(CERTS.sslContext(false)));
        assertThat(idp.accepts(tokens.current().value())).isTrue();
        assertThat(kept).hasSize(1);
        TokenProvider later = OAuth2.builder().issuer(idp.issuer()).clientId("app").tls(trustingTestCa())
                .refreshToken(kept.get(0));
        assertThat(idp.accepts(later.current().value())).isTrue();
    }

    @Test
    void anIdentityProviderDemandingAClientCertificateGetsOne() throws Exception {
        start(true);
        assertThatThrownBy(() -> service(trustingTestCa()).clientCredentials().current())
                .isInstanceOf(IOException.class);
        TlsOptions stranger = trustingTestCa().withClientCertificate(
                TlsOptions.ClientCertificate.pkcs12(CERTS.strangerPkcs12(), CERTS.password().toCharArray()));
        assertThatThrownBy(() -> service(stranger).clientCredentials().current()).isInstanceOf(IOException.class);
        assertThat(idp.grants("client_credentials")).isZero();

        TlsOptions mine = trustingTestCa().withClientCertificate(
                TlsOptions.ClientCertificate.pkcs12(CERTS.clientPkcs12(), CERTS.password().toCharArray()));
        TokenProvider tokens = service(mine).clientCredentials();
        assertThat(idp.accepts(tokens.current().value())).isTrue();
        assertThat(idp.grants("client_credentials")).isEqualTo(1);
    }
}
