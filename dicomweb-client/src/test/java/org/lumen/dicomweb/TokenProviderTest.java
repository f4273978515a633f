package org.lumen.dicomweb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lumen.dicomweb.DicomWebException.Problem;
import org.lumen.testkit.oauth.Browser;
import org.lumen.testkit.oauth.TestAuthorizationServer;
import org.lumen.testkit.oauth.TestAuthorizationServer.Method;

/** The token providers against the real test authorization server, with an injected clock. */
class TokenProviderTest {
    static final String SECRET = "client-secret-Q7x";

    TestAuthorizationServer idp;
    final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

    @BeforeEach
    void start() throws Exception {
        idp = TestAuthorizationServer.start();
        idp.register("svc", SECRET, Method.BASIC);
        idp.register("app", "", Method.NONE);
    }

    @AfterEach
    void stop() {
        idp.close();
    }

    OAuth2.Builder service() {
        return OAuth2.builder().tokenEndpoint(idp.tokenEndpoint()).clientId("svc").clientSecret(SECRET.toCharArray())
                .clock(clock).expirySkew(Duration.ofSeconds(30));
    }

    @Test
    void tokenIsCachedUntilExpiryMinusSkew() throws Exception {
        idp.accessTokenLifetime(300);
        TokenProvider tokens = service().clientCredentials();
        AccessToken first = tokens.current();
        assertThat(first.expiresAt()).isEqualTo(clock.instant().plusSeconds(300));
        clock.advance(Duration.ofSeconds(269));
        assertThat(tokens.current()).isEqualTo(first);
        assertThat(idp.grants("client_credentials")).isEqualTo(1);
        clock.advance(Duration.ofSeconds(2));
        assertThat(tokens.current()).isNotEqualTo(first);
        assertThat(idp.grants("client_credentials")).isEqualTo(2);
    }

    @Test
    void aRejectedTokenIsReplacedOnceEvenWhenReportedTwice() throws Exception {
        TokenProvider tokens = service().clientCredentials();
        AccessToken rejected = tokens.current();
        AccessToken replacement = tokens.refresh(rejected);
        assertThat(tokens.refresh(rejected)).isEqualTo(replacement);
        assertThat(replacement).isNotEqualTo(rejected);
        assertThat(idp.grants("client_credentials")).isEqualTo(2);
    }

    @Test
    void concurrentRefreshesOfTheSameTokenAskTheIssuerOnce() throws Exception {
        TokenProvider tokens = OAuth2.builder().tokenEndpoint(idp.tokenEndpoint())
                .authorizationEndpoint(idp.authorizationEndpoint()).clientId("app").clock(clock)
                .browserLogin(Browser.honest());
        AccessToken rejected = tokens.current();
        int n = 8;
        CyclicBarrier together = new CyclicBarrier(n);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<AccessToken>> got = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                got.add(pool.submit(() -> {
                    together.await();
                    return tokens.refresh(rejected);
                }));
            }
            AccessToken first = got.get(0).get();
            for (Future<AccessToken> f : got) {
                assertThat(f.get()).isEqualTo(first);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(idp.grants("refresh_token")).isEqualTo(1);
    }

    @Test
    void aStoredRefreshTokenWorksUntilRevoked() throws Exception {
        String kept = idp.issueRefreshToken("app");
        TokenProvider stored = OAuth2.builder().issuer(idp.issuer()).clientId("app").clock(clock)
                .refreshToken(kept.toCharArray());
        AccessToken first = stored.current();
        assertThat(idp.accepts(first.value())).isTrue();
        assertThat(idp.grants("refresh_token")).isEqualTo(1);
        idp.revokeRefreshTokens();
        assertThatThrownBy(() -> stored.refresh(first)).isInstanceOfSatisfying(DicomWebException.class, e -> {
            assertThat(e.problem()).isEqualTo(Problem.AUTHENTICATION);
            assertThat(e.getMessage()).contains("refresh_token", "invalid_grant");
            idp.issuedSecrets().forEach(secret -> assertThat(e.getMessage()).doesNotContain(secret));
        });
    }

    @Test
    void aStaticTokenThatIsRefusedIsATypedError() throws Exception {
        TokenProvider tokens = OAuth2.staticToken("static-abc-123");
        assertThat(tokens.current().value()).isEqualTo("static-abc-123");
        assertThatThrownBy(() -> tokens.refresh(tokens.current())).isInstanceOfSatisfying(DicomWebException.class,
                e -> assertThat(e.problem()).isEqualTo(Problem.AUTHENTICATION));
        assertThat(tokens.toString()).doesNotContain("static-abc-123");
    }

    @Test
    void secretsAppearInNoToStringMessageOrLog() throws Exception {
        try (LogCapture logs = new LogCapture(Level.TRACE)) {
            OAuth2.Builder builder = service();
            TokenProvider tokens = builder.clientCredentials();
            AccessToken token = tokens.current();
            TokenProvider app = OAuth2.builder().issuer(idp.issuer()).clientId("app").browserLogin(Browser.honest());
            app.current();
            app.refresh(app.current());
            List<String> secrets = new ArrayList<>(idp.issuedSecrets());
            secrets.add(SECRET);
            assertThat(secrets).hasSizeGreaterThan(4);
            List<String> shown = new ArrayList<>(logs.lines(Level.TRACE));
            shown.addAll(List.of(builder.toString(), tokens.toString(), token.toString(), app.toString()));
            assertThat(shown).isNotEmpty().allSatisfy(line -> secrets.forEach(s -> assertThat(line).doesNotContain(s)));
        }
    }

    @Test
    void discoveryChecksTheIssuerAndEndpointsMustBeSecure() throws Exception {
        OAuth2.Endpoints found = OAuth2.discover(idp.issuer(), new okhttp3.OkHttpClient());
        assertThat(found.tokenEndpoint()).isEqualTo(idp.tokenEndpoint());
        assertThat(found.authorizationEndpoint()).isEqualTo(idp.authorizationEndpoint());
        assertThatThrownBy(() -> OAuth2.discover(URI.create(idp.issuer() + "/other"), new okhttp3.OkHttpClient()))
                .isInstanceOfSatisfying(DicomWebException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.AUTHENTICATION));
        assertThatThrownBy(() -> OAuth2.builder().tokenEndpoint(URI.create("http://idp.example.org/token"))
                .clientId("svc").clientSecret(SECRET.toCharArray()).clientCredentials())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("https");
    }

    @Test
    void aDeniedLoginAMissingRedirectAndABrokenBrowserAreTypedErrors() throws Exception {
        OAuth2.Builder app = OAuth2.builder().issuer(idp.issuer()).clientId("app").clock(clock);
        Browser denying = Browser.tampering(location -> location.replaceAll("code=[^&]*", "error=access_denied"));
        assertThatThrownBy(() -> app.browserLogin(denying).current()).isInstanceOfSatisfying(DicomWebException.class,
                e -> assertThat(e.getMessage()).contains("error=access_denied"));
        assertThat(denying.statuses).containsExactly(302, 400);
        // The browser never comes back: the login gives up after its timeout instead of hanging.
        assertThatThrownBy(() -> app.loginTimeout(Duration.ofMillis(1)).browserLogin(uri -> { }).current())
                .isInstanceOfSatisfying(DicomWebException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.AUTHENTICATION);
                    assertThat(e.getMessage()).contains("the sign-in timed out", "within 1 ms");
                });
        assertThatThrownBy(() -> app.browserLogin(uri -> {
            throw new UnsupportedOperationException("no desktop");
        }).current()).isInstanceOfSatisfying(DicomWebException.class,
                e -> assertThat(e.getMessage()).contains("could not open the browser", "no desktop"));
        assertThat(idp.grants("authorization_code")).isZero();
    }

    @Test
    void anIssuerThatIsDownIsATransientHttpErrorNotARefusal() throws Exception {
        try (mockwebserver3.MockWebServer down = new mockwebserver3.MockWebServer()) {
            down.enqueue(new mockwebserver3.MockResponse.Builder().code(503).body("{\"error\":\"temporarily_unavailable\"}")
                    .build());
            down.start();
            TokenProvider tokens = OAuth2.builder().tokenEndpoint(down.url("/token").uri()).clientId("svc")
                    .clientSecret(SECRET.toCharArray()).clock(clock).clientCredentials();
            assertThatThrownBy(tokens::current).isInstanceOfSatisfying(DicomWebException.class, e -> {
                assertThat(e.problem()).isEqualTo(Problem.HTTP_STATUS);
                assertThat(e.statusCode()).hasValue(503);
                assertThat(e.getMessage()).contains("temporarily_unavailable").doesNotContain(SECRET);
            });
            assertThat(down.takeRequest().getHeaders().get("Authorization")).startsWith("Basic ");
        }
    }
}
