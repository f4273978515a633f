package org.lumen.dicomweb.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import okio.AsyncTimeout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class TimeoutHeartbeatTest {
    /** A timeout queued behind the heartbeat (so it never signals the watchdog) still fires on time. */
    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aLongerTimeoutBehindTheHeartbeatFiresOnTime() throws Exception {
        TimeoutHeartbeat heartbeat = new TimeoutHeartbeat(Duration.ofMillis(100), Duration.ofSeconds(30));
        heartbeat.touch();
        assertThat(heartbeat.armed()).isTrue();
        CountDownLatch fired = new CountDownLatch(1);
        AtomicLong firedAt = new AtomicLong();
        AsyncTimeout read = new AsyncTimeout() {
            @Override
            protected void timedOut() {
                firedAt.set(System.nanoTime());
                fired.countDown();
            }
        };
        read.timeout(750, TimeUnit.MILLISECONDS);
        long start = System.nanoTime();
        read.enter();
        try {
            // Several heartbeats expire and re-enter meanwhile; the watchdog must survive them.
            assertThat(fired.await(10, TimeUnit.SECONDS)).as("the 750 ms timeout fired").isTrue();
        } finally {
            assertThat(read.exit()).as("exit reports the timeout").isTrue();
        }
        long afterMs = TimeUnit.NANOSECONDS.toMillis(firedAt.get() - start);
        assertThat(afterMs).as("fired after its 750 ms, not at a heartbeat").isBetween(740L, 3_000L);
        assertThat(heartbeat.armed()).as("still beating while in use").isTrue();
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void stopsAfterTheIdleTimeAndStartsAgainOnTheNextRequest() throws Exception {
        TimeoutHeartbeat heartbeat = new TimeoutHeartbeat(Duration.ofMillis(50), Duration.ofMillis(200));
        heartbeat.touch();
        assertThat(heartbeat.armed()).isTrue();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (heartbeat.armed() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(heartbeat.armed()).as("stopped once idle").isFalse();
        heartbeat.touch();
        assertThat(heartbeat.armed()).as("armed again by a request").isTrue();
    }
}
