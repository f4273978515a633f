package org.lumen.dicomweb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;

/**
 * Base of the MockWebServer tests: a fresh server and OkHttp client per test, and after each test
 * the check that every connection in the pool is idle, i.e. no response body was left open.
 */
abstract class MockServerTest {
    @StartStop
    final MockWebServer server = new MockWebServer();

    final OkHttpClient http = new OkHttpClient.Builder().readTimeout(10, TimeUnit.SECONDS).build();
    final MockServers.RecordingSleeper sleeper = new MockServers.RecordingSleeper();

    DicomWebClient client() {
        return MockServers.client(http, server, Auth.none(), QueryEncoding.LITERAL, sleeper);
    }

    @AfterEach
    void noConnectionOrBodyLeaked() {
        assertThat(http.connectionPool().connectionCount())
                .as("connections in use after the test (a response body was not closed)")
                .isEqualTo(http.connectionPool().idleConnectionCount());
        http.connectionPool().evictAll();
        http.dispatcher().executorService().shutdown();
    }
}
