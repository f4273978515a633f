package org.lumen.viewer.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InterruptedIOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/**
 * The gate of a prior prefetched behind the current study: no request while the current study streams, one at a
 * time in the background, all at once in the foreground, and a waiting request ends when its thread is interrupted.
 * The inner source records its calls (the gate is what is tested; frames come from Orthanc in the UI test).
 */
class BackgroundSourceTest {
    private final List<String> fetched = new CopyOnWriteArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();
    private final CountDownLatch release = new CountDownLatch(1);

    private final FrameSource recording = (study, series, instance, frames, consumer) -> {
        mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        fetched.add(instance);
        try {
            release.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            inFlight.decrementAndGet();
        }
    };

    @Test
    void waitsWhileOthersAreBusyThenOneAtATimeAndEveryRequestInTheForeground() throws Exception {
        AtomicBoolean busy = new AtomicBoolean(true);
        BackgroundSource source = new BackgroundSource(recording, busy::get);
        Thread a = fetchOn(source, "a");
        Thread b = fetchOn(source, "b");
        Thread.sleep(300);
        assertThat(fetched).as("nothing while the current study streams").isEmpty();
        assertThat(source.waited()).isEqualTo(2);

        busy.set(false);
        waitUntil(() -> fetched.size() == 1);
        Thread.sleep(200);
        assertThat(fetched).as("one request at a time in the background").hasSize(1);

        source.foreground();
        waitUntil(() -> fetched.size() == 2);
        assertThat(mostInFlight.get()).as("in the foreground the second goes at once").isEqualTo(2);
        release.countDown();
        a.join(5000);
        b.join(5000);
    }

    @Test
    void aRequestWaitingWhenTheStudyClosesEnds() throws Exception {
        BackgroundSource source = new BackgroundSource(recording, () -> true);
        AtomicBoolean stopped = new AtomicBoolean();
        Thread t = Thread.ofPlatform().start(() -> {
            try {
                source.fetch("s", "se", "i", new int[] {1}, part -> { });
            } catch (InterruptedIOException e) {
                stopped.set(true);
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        });
        Thread.sleep(100);
        t.interrupt();
        t.join(5000);
        assertThat(stopped).isTrue();
        assertThat(fetched).isEmpty();
        assertThatThrownBy(() -> new BackgroundSource(null, () -> true)).isInstanceOf(NullPointerException.class);
    }

    private static Thread fetchOn(FrameSource source, String instance) {
        return Thread.ofPlatform().start(() -> {
            try {
                source.fetch("s", "se", instance, new int[] {1}, part -> { });
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        });
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not met within 5 s");
            }
            Thread.sleep(10);
        }
    }
}
