package org.lumen.dicomweb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;
import org.lumen.testkit.oauth.Browser;
import org.lumen.testkit.oauth.TestAuthorizationServer;
import org.lumen.testkit.oauth.TestAuthorizationServer.Method;
import org.lumen.testkit.oauth.TokenCheckingProxy;
import org.lumen.testkit.IntegrationTest;
import org.lumen.testkit.orthanc.Orthanc;
import org.lumen.testkit.orthanc.OrthancExtension;

/**
 * OAuth 2.0 against a real Orthanc behind a token-checking proxy: only tokens that the test
 * authorization server issued (and has not expired or revoked) reach Orthanc.
 */
@IntegrationTest
class OrthancOAuthTest {
    @RegisterExtension
    static final OrthancExtension ORTHANC = OrthancExtension.builder().preload(PydicomFiles.file("CT_small.dcm")).build();

    static final String SERVICE_SECRET = "svc-secret-Zq81";

    TestAuthorizationServer idp;
    TokenCheckingProxy proxy;

    @BeforeEach
    void start(Orthanc orthanc) throws Exception {
        idp = TestAuthorizationServer.start();
        idp.register("lumen-service", SERVICE_SECRET, Method.BASIC);
        idp.register("lumen-post", SERVICE_SECRET, Method.POST);
        idp.register("lumen-desktop", "", Method.NONE);
        proxy = TokenCheckingProxy.start(idp, orthanc.baseUri());
    }

    @AfterEach
    void stop() {
        proxy.close();
        idp.close();
    }

    DicomWebClient client(TokenProvider tokens) {
        return DicomWebClient.builder().retryPolicy(RetryPolicy.none())
                .server(ServerConfig.of("proxied-orthanc", proxy.dicomWebRoot()).withAuth(Auth.tokens(tokens))).build();
    }

    static List<String> studies(DicomWebClient client) throws Exception {
        return client.search(QidoQuery.studies().build()).stream()
                .map(d -> d.getString(Tag.StudyInstanceUID).orElseThrow()).toList();
    }

    @Test
    void clientCredentialsSearchWorksAndTheTokenIsReused() throws Exception {
        TokenProvider tokens = OAuth2.builder().issuer(idp.issuer()).clientId("lumen-service")
                .clientSecret(SERVICE_SECRET.toCharArray()).scopes("dicomweb").clientCredentials();
        DicomWebClient client = client(tokens);
        assertThat(studies(client)).containsExactly(OrthancDicomWebTest.CT_STUDY);
        assertThat(studies(client)).containsExactly(OrthancDicomWebTest.CT_STUDY);
        assertThat(idp.grants("client_credentials")).isEqualTo(1);
        assertThat(proxy.rejected()).isZero();
        assertThat(proxy.forwarded()).isEqualTo(2);
    }

    @Test
    void clientSecretPostWorksAndAWrongSecretIsATypedErrorWithoutTheSecret() throws Exception {
        OAuth2.Builder post = OAuth2.builder().tokenEndpoint(idp.tokenEndpoint()).clientId("lumen-post")
                .clientAuthentication(OAuth2.ClientAuthentication.CLIENT_SECRET_POST);
        assertThat(studies(client(post.clientSecret(SERVICE_SECRET.toCharArray()).clientCredentials())))
                .containsExactly(OrthancDicomWebTest.CT_STUDY);
        DicomWebClient wrong = client(post.clientSecret("guessed-secret-9".toCharArray()).clientCredentials());
        assertThatThrownBy(() -> studies(wrong)).isInstanceOfSatisfying(DicomWebException.class, e -> {
            assertThat(e.problem()).isEqualTo(DicomWebException.Problem.AUTHENTICATION);
            assertThat(e.getMessage()).contains("invalid_client").doesNotContain("guessed-secret-9");
        });
        assertThat(proxy.forwarded()).isEqualTo(1);
    }

    @Test
    void anExpiredTokenGets401ThenOneNewTokenAndSuccess() throws Exception {
        DicomWebClient client = client(OAuth2.builder().issuer(idp.issuer()).clientId("lumen-service")
                .clientSecret(SERVICE_SECRET.toCharArray()).clientCredentials());
        assertThat(studies(client)).hasSize(1);
        idp.expireAccessTokens();
        assertThat(studies(client)).containsExactly(OrthancDicomWebTest.CT_STUDY);
        assertThat(proxy.rejected()).isEqualTo(1);
        assertThat(idp.grants("client_credentials")).isEqualTo(2);
    }

    @Test
    void browserLoginWithPkceThenRefreshOnExpiry() throws Exception {
        Browser browser = Browser.honest();
        TokenProvider tokens = OAuth2.builder().issuer(idp.issuer()).clientId("lumen-desktop").scopes("openid")
                .browserLogin(browser);
        DicomWebClient client = client(tokens);
        assertThat(studies(client)).containsExactly(OrthancDicomWebTest.CT_STUDY);
        assertThat(browser.statuses).containsExactly(302, 200);
        assertThat(browser.opened).singleElement().satisfies(uri -> assertThat(uri.getRawQuery())
                .contains("code_challenge_method=S256", "response_type=code", "redirect_uri=http%3A%2F%2F127.0.0.1%3A"));
        assertThat(idp.grants("authorization_code")).isEqualTo(1);

        idp.expireAccessTokens();
        assertThat(studies(client)).containsExactly(OrthancDicomWebTest.CT_STUDY);
        assertThat(proxy.rejected()).isEqualTo(1);
        assertThat(idp.grants("refresh_token")).isEqualTo(1);
        assertThat(browser.opened).hasSize(1);
    }

    @Test
    void framesStreamWithTokensAndSurviveAnExpiry() throws Exception {
        DicomWebClient client = client(OAuth2.builder().issuer(idp.issuer()).clientId("lumen-service")
                .clientSecret(SERVICE_SECRET.toCharArray()).clientCredentials());
        List<FramePart> frames = new ArrayList<>();
        client.retrieveFrames(OrthancDicomWebTest.CT_STUDY, OrthancDicomWebTest.CT_SERIES,
                OrthancDicomWebTest.CT_INSTANCE, new int[] {1}, List.of("*"), frames::add);
        idp.expireAccessTokens();
        client.retrieveFrames(OrthancDicomWebTest.CT_STUDY, OrthancDicomWebTest.CT_SERIES,
                OrthancDicomWebTest.CT_INSTANCE, new int[] {1}, List.of("*"), frames::add);
        assertThat(frames).hasSize(2).allSatisfy(f -> assertThat(f.data()).hasSize(32768));
        assertThat(frames.get(0).data()).isEqualTo(frames.get(1).data());
        assertThat(proxy.rejected()).isEqualTo(1);
    }

    @Test
    void concurrent401sCauseOneRefresh() throws Exception {
        DicomWebClient client = client(OAuth2.builder().issuer(idp.issuer()).clientId("lumen-desktop")
                .browserLogin(Browser.honest()));
        assertThat(studies(client)).hasSize(1);
        idp.expireAccessTokens();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<List<DataSet>>> results = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                results.add(pool.submit(() -> client.search(QidoQuery.studies().build())));
            }
            for (Future<List<DataSet>> r : results) {
                assertThat(r.get()).hasSize(1);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(idp.grants("refresh_token")).isEqualTo(1);
    }

    @Test
    void aRevokedRefreshTokenIsATypedAuthenticationErrorWithoutSecrets() throws Exception {
        DicomWebClient client = client(OAuth2.builder().issuer(idp.issuer()).clientId("lumen-desktop")
                .browserLogin(Browser.honest()));
        assertThat(studies(client)).hasSize(1);
        idp.expireAccessTokens();
        idp.revokeRefreshTokens();
        assertThatThrownBy(() -> studies(client)).isInstanceOfSatisfying(DicomWebException.class, e -> {
            assertThat(e.problem()).isEqualTo(DicomWebException.Problem.AUTHENTICATION);
            assertThat(e.getMessage()).contains("refresh_token", "invalid_grant", idp.tokenEndpoint().toString());
            assertThat(idp.issuedSecrets()).isNotEmpty().allSatisfy(s -> assertThat(e.getMessage()).doesNotContain(s));
        });
    }

    @Test
    void aRedirectWithAWrongStateIsRejected() throws Exception {
        Browser forger = Browser.tampering(location -> location.replaceAll("state=[^&]*", "state=forged"));
        DicomWebClient client = client(OAuth2.builder().issuer(idp.issuer()).clientId("lumen-desktop")
                .browserLogin(forger));
        assertThatThrownBy(() -> studies(client)).isInstanceOfSatisfying(DicomWebException.class, e -> {
            assertThat(e.problem()).isEqualTo(DicomWebException.Problem.AUTHENTICATION);
            assertThat(e.getMessage()).contains("wrong or missing state");
        });
        assertThat(forger.statuses).containsExactly(302, 400);
        assertThat(idp.grants("authorization_code")).isZero();
        assertThat(proxy.forwarded()).isZero();
    }
}
