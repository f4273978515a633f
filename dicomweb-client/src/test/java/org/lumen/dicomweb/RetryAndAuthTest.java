package org.lumen.dicomweb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;

class RetryAndAuthTest extends MockServerTest {

    @Test
    void serviceUnavailableWithRetryAfterThenSuccess() throws Exception {
        server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "7").build());
        server.enqueue(new MockResponse.Builder().code(500).build());
        server.enqueue(MockServers.json("[]"));
        assertThat(client().search(QidoQuery.studies().build())).isEmpty();
        assertThat(server.getRequestCount()).isEqualTo(3);
        // Retry-After honoured; then backoff of attempt 2: 500 ms capped exponential, half fixed + 0.5 * half.
        assertThat(sleeper.sleeps).containsExactly(Duration.ofSeconds(7), Duration.ofMillis(375));
    }

    @Test
    void givesUpAfterMaxAttemptsWithTypedError() {
        for (int i = 0; i < 4; i++) {
            server.enqueue(new MockResponse.Builder().code(502).build());
        }
        assertThatThrownBy(() -> client().search(QidoQuery.studies().build()))
                .isInstanceOfSatisfying(DicomWebException.class, e -> assertThat(e.statusCode()).hasValue(502));
        assertThat(server.getRequestCount()).isEqualTo(4);
        assertThat(sleeper.sleeps).hasSize(3);
    }

    @Test
    void retryAfterBeyondTheLimitIsNotWaitedFor() {
        server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "3600").build());
        assertThatThrownBy(() -> client().search(QidoQuery.studies().build()))
                .isInstanceOfSatisfying(DicomWebException.class, e -> assertThat(e.statusCode()).hasValue(429));
        assertThat(sleeper.sleeps).isEmpty();
    }

    @Test
    void connectionDroppedBeforeTheResponseIsRetried() throws Exception {
        server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket(true, false, false)).build());
        server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket(true, false, false)).build());
        server.enqueue(MockServers.json("[]"));
        assertThat(client().search(QidoQuery.studies().build())).isEmpty();
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void notFoundIsNotRetried() {
        server.enqueue(new MockResponse.Builder().code(404).build());
        assertThatThrownBy(() -> client().search(QidoQuery.studies().build())).isInstanceOf(DicomWebException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(sleeper.sleeps).isEmpty();
    }

    @Test
    void basicAuthIsSentAndNeverShown() throws Exception {
        char[] password = "s3cret-pw".toCharArray();
        Auth basic = Auth.basic("alice", password);
        password[0] = 'X';
        server.enqueue(new MockResponse.Builder().code(403).body("denied").build());
        DicomWebClient client = MockServers.client(http, server, basic, QueryEncoding.LITERAL, sleeper);
        assertThatThrownBy(() -> client.search(QidoQuery.studies().build()))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cret"));
        assertThat(server.takeRequest().getHeaders().get("Authorization"))
                .isEqualTo(okhttp3.Credentials.basic("alice", "s3cret-pw"));
        assertThat(basic.toString()).doesNotContain("s3cret");
        assertThat(client.server().toString()).doesNotContain("s3cret");
    }

    @Test
    void bearerTokenIsAskedForEveryRequest() throws Exception {
        AtomicInteger issued = new AtomicInteger();
        Auth bearer = Auth.bearer(() -> "token-" + issued.incrementAndGet());
        server.enqueue(MockServers.json("[]"));
        server.enqueue(MockServers.json("[]"));
        DicomWebClient client = MockServers.client(http, server, bearer, QueryEncoding.LITERAL, sleeper);
        client.search(QidoQuery.studies().build());
        client.search(QidoQuery.studies().build());
        assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer token-1");
        assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer token-2");
        assertThat(bearer.toString()).doesNotContain("token-");
    }

    @Test
    void serverConfigRejectsCredentialsInTheUrl() {
        assertThatThrownBy(() -> ServerConfig.of("x", java.net.URI.create("http://bob:pw@host/dicom-web")))
                .isInstanceOf(IllegalArgumentException.class).message().doesNotContain("pw");
    }
}
