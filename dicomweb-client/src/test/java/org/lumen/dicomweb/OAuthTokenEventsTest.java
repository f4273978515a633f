package org.lumen.dicomweb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lumen.dicomweb.DicomWebException.Problem;
import org.lumen.testkit.oauth.Browser;
import org.lumen.testkit.oauth.TestAuthorizationServer;
import org.lumen.testkit.oauth.TestAuthorizationServer.Method;

/**
 * What the application is told by {@link OAuth2.Builder#onRefreshToken} and
 * {@link OAuth2.Builder#onIdentity}, against the real test authorization server (which rotates
 * refresh tokens and signs ID tokens); MockWebServer only for a malformed ID token.
 */
class OAuthTokenEventsTest {
    TestAuthorizationServer idp;
    final List<String> kept = new CopyOnWriteArrayList<>();
    final List<OAuth2.Identity> who = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        idp = TestAuthorizationServer.start();
        idp.register("app", "", Method.NONE);
        idp.register("svc", "svc-secret-71", Method.BASIC);
    }

    @AfterEach
    void stop() {
        idp.close();
    }

    OAuth2.Builder app() {
        return OAuth2.builder().issuer(idp.issuer()).clientId("app").scopes("openid")
                .onRefreshToken(t -> kept.add(new String(t))).onIdentity(who::add);
    }

    @Test
    void aBrowserLoginHandsOverItsRefreshTokenAndEachRotationAndWhoSignedIn() throws Exception {
        TokenProvider tokens = app().browserLogin(Browser.honest());
        AccessToken first = tokens.current();
        assertThat(kept).hasSize(1);
        assertThat(who).containsExactly(new OAuth2.Identity(idp.issuer(), "u-4711", "Dr. Test Reader"));

        idp.expireAccessTokens();
        tokens.refresh(first);
        assertThat(kept).hasSize(2).doesNotHaveDuplicates();
        assertThat(idp.grants("refresh_token")).isEqualTo(1);
        assertThat(who).hasSize(2);

        // The rotated-out token is dead; the last one handed over signs in silently, as at the next start.
        TokenProvider stale = OAuth2.builder().issuer(idp.issuer()).clientId("app").refreshToken(kept.get(0).toCharArray());
        assertThatThrownBy(stale::current).isInstanceOfSatisfying(DicomWebException.class,
                e -> assertThat(e.problem()).isEqualTo(Problem.AUTHENTICATION));
        TokenProvider silent = app().refreshToken(kept.get(1).toCharArray());
        assertThat(idp.accepts(silent.current().value())).isTrue();
        assertThat(kept).hasSize(3);
    }

    @Test
    void aTokenNotRotatedIsNotReportedAgainAndClientCredentialsReportNone() throws Exception {
        TokenProvider service = OAuth2.builder().tokenEndpoint(idp.tokenEndpoint()).clientId("svc")
                .clientSecret("svc-secret-71".toCharArray()).onRefreshToken(t -> kept.add(new String(t)))
                .onIdentity(who::add).clientCredentials();
        assertThat(idp.accepts(service.current().value())).isTrue();
        assertThat(kept).isEmpty();
        assertThat(who).isEmpty();

        String stored = idp.issueRefreshToken("app");
        TokenProvider silent = app().refreshToken(stored.toCharArray());
        silent.current();
        assertThat(kept).hasSize(1).doesNotContain(stored);
    }

    @Test
    void anIdTokenForAnotherClientIsIgnoredAndTheSignInStillWorks() throws Exception {
        idp.idTokenAudience("someone-else");
        try (LogCapture logs = new LogCapture(Level.WARN)) {
            TokenProvider tokens = app().browserLogin(Browser.honest());
            assertThat(idp.accepts(tokens.current().value())).isTrue();
            assertThat(who).isEmpty();
            assertThat(kept).hasSize(1);
            assertThat(logs.lines(Level.WARN)).anySatisfy(l -> assertThat(l).contains("ignored an ID token"));
        }
    }

    @Test
    void aListenerThatThrowsIsLoggedWithoutTheTokenAndTheRequestGoesOn() throws Exception {
        try (LogCapture logs = new LogCapture(Level.WARN)) {
            TokenProvider tokens = OAuth2.builder().issuer(idp.issuer()).clientId("app").onRefreshToken(t -> {
                throw new IllegalStateException("cannot store " + new String(t));
            }).browserLogin(Browser.honest());
            assertThat(idp.accepts(tokens.current().value())).isTrue();
            assertThat(logs.lines(Level.WARN)).singleElement().satisfies(l -> {
                assertThat(l).contains("IllegalStateException", "not kept");
                idp.issuedSecrets().forEach(s -> assertThat(l).doesNotContain(s));
            });
        }
    }

    @Test
    void aMalformedIdTokenIsIgnored() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                    .body("{\"access_token\":\"at-1\",\"token_type\":\"Bearer\",\"expires_in\":60,"
                            + "\"id_token\":\"eyJhbGciOiJub25lIn0.!!not-base64!!.\"}").build());
            TokenProvider tokens = OAuth2.builder().tokenEndpoint(server.url("/token").uri()).clientId("svc")
                    .clientSecret("s3cr3t-xyz".toCharArray()).onIdentity(who::add).clientCredentials();
            assertThat(tokens.current().value()).isEqualTo("at-1");
            assertThat(who).isEmpty();
        }
    }
}
