package org.lumen.dicomweb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;

/** The refresh-once rule of token authentication, against MockWebServer. */
class TokenAuthInterceptorTest extends MockServerTest {

    /** Issues token-1, token-2, ... and counts refreshes. */
    static final class CountingTokens implements TokenProvider {
        final AtomicInteger refreshes = new AtomicInteger();
        volatile AccessToken token = new AccessToken("token-1", Instant.MAX);

        @Override
        public AccessToken current() {
            return token;
        }

        @Override
        public AccessToken refresh(AccessToken rejected) {
            token = AccessToken.withoutExpiry("token-" + (refreshes.incrementAndGet() + 1));
            return token;
        }
    }

    @Test
    void a401IsAnsweredByOneRefreshAndOneRetry() throws Exception {
        CountingTokens tokens = new CountingTokens();
        server.enqueue(new MockResponse.Builder().code(401).build());
        server.enqueue(MockServers.json("[]"));
        DicomWebClient client = MockServers.client(http, server, Auth.tokens(tokens), QueryEncoding.LITERAL, sleeper);
        assertThat(client.search(QidoQuery.studies().build())).isEmpty();
        assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer token-1");
        assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer token-2");
        assertThat(tokens.refreshes).hasValue(1);
    }

    @Test
    void aSecond401IsFinalNotALoop() {
        CountingTokens tokens = new CountingTokens();
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder().code(401).build());
        }
        DicomWebClient client = MockServers.client(http, server, Auth.tokens(tokens), QueryEncoding.LITERAL, sleeper);
        assertThatThrownBy(() -> client.search(QidoQuery.studies().build()))
                .isInstanceOfSatisfying(DicomWebException.class, e -> assertThat(e.statusCode()).hasValue(401));
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(tokens.refreshes).hasValue(1);
        assertThat(sleeper.sleeps).isEmpty();
    }

    @Test
    void aProviderThatCannotRefreshEndsInATypedAuthenticationError() {
        server.enqueue(new MockResponse.Builder().code(401).build());
        DicomWebClient client = MockServers.client(http, server, Auth.tokens(OAuth2.staticToken("fixed-token-1")),
                QueryEncoding.LITERAL, sleeper);
        assertThatThrownBy(() -> client.search(QidoQuery.studies().build()))
                .isInstanceOfSatisfying(DicomWebException.class, e -> {
                    assertThat(e.problem()).isEqualTo(DicomWebException.Problem.AUTHENTICATION);
                    assertThat(e.getMessage()).doesNotContain("fixed-token-1");
                });
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(sleeper.sleeps).isEmpty();
    }
}
