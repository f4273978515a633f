package org.lumen.dicomweb.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class TransportTest {
    @StartStop
    final MockWebServer server = new MockWebServer();

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aSecondRequestWaitsWhileTheOnlySlotHoldsAnUnfinishedResponse() throws Exception {
        server.enqueue(new MockResponse.Builder().body("first").build());
        server.enqueue(new MockResponse.Builder().body("second").build());
        OkHttpClient http = new OkHttpClient();
        Transport transport = new Transport(http, 1, "mock");
        Request request = new Request.Builder().url(server.url("/x")).build();
        CountDownLatch firstInside = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        AtomicInteger done = new AtomicInteger();

        Thread first = Thread.ofPlatform().daemon().start(() -> run(() -> transport.execute(request, response -> {
            firstInside.countDown();
            try {
                releaseFirst.await();
            } catch (InterruptedException e) {
                throw new java.io.InterruptedIOException();
            }
            return response.body().string();
        }), done));
        firstInside.await();
        Thread second = Thread.ofPlatform().daemon().start(() -> run(() -> transport.execute(request, r -> r.body().string()), done));
        while (second.getState() != Thread.State.WAITING && second.getState() != Thread.State.TERMINATED) {
            Thread.onSpinWait();
        }
        assertThat(second.getState()).as("second request parked on the slot").isEqualTo(Thread.State.WAITING);
        assertThat(server.getRequestCount()).isEqualTo(1);

        releaseFirst.countDown();
        first.join();
        second.join();
        assertThat(done.get()).isEqualTo(2);
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(http.connectionPool().connectionCount()).isEqualTo(http.connectionPool().idleConnectionCount());
    }

    interface Work {
        Object call() throws Exception;
    }

    private static void run(Work work, AtomicInteger done) {
        try {
            work.call();
            done.incrementAndGet();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
