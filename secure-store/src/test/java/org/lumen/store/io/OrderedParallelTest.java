package org.lumen.store.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InterruptedIOException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedParallelTest {
    private static final List<Integer> ITEMS = IntStream.range(0, 200).boxed().toList();

    @Test
    void resultsComeInTheItemsOrderFromSeveralThreadsAtMostAsManyAsAsked() throws Exception {
        Set<Thread> used = ConcurrentHashMap.newKeySet();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<String> out = OrderedParallel.map(ITEMS, 3, i -> {
            used.add(Thread.currentThread());
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                Thread.sleep((i * 7) % 3); // uneven work, so items finish out of order
            } catch (InterruptedException e) {
                throw new InterruptedIOException();
            }
            running.decrementAndGet();
            return "item " + i;
        });
        assertThat(out).containsExactlyElementsOf(ITEMS.stream().map(i -> "item " + i).toList());
        assertThat(used).hasSizeBetween(2, 3).contains(Thread.currentThread());
        assertThat(most.get()).isLessThanOrEqualTo(3);
        assertThat(OrderedParallel.map(List.<Integer>of(), 4, i -> i)).isEmpty();
    }

    @Test
    void oneThreadIsTheCallerAlone() throws Exception {
        Set<Thread> used = ConcurrentHashMap.newKeySet();
        assertThat(OrderedParallel.map(ITEMS, 1, i -> {
            used.add(Thread.currentThread());
            return i;
        })).isEqualTo(ITEMS);
        assertThat(used).containsExactly(Thread.currentThread());
        assertThatThrownBy(() -> OrderedParallel.map(ITEMS, 0, i -> i)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFirstFailureInItemOrderIsThrownWithItsTypeAfterEveryItemRan() {
        AtomicInteger ran = new AtomicInteger();
        assertThatThrownBy(() -> OrderedParallel.map(ITEMS, 4, i -> {
            ran.incrementAndGet();
            if (i == 150 || i == 40) {
                throw new NoSuchFileException("file " + i);
            }
            if (i == 120) {
                throw new IllegalStateException("a later failure of another kind");
            }
            return i;
        })).isInstanceOf(NoSuchFileException.class).hasMessage("file 40");
        assertThat(ran.get()).isEqualTo(ITEMS.size());
        assertThatThrownBy(() -> OrderedParallel.map(ITEMS, 2, i -> {
            if (i == 3) {
                throw new IllegalStateException("a bug, not an I/O error");
            }
            return i;
        })).isInstanceOf(IllegalStateException.class).hasMessage("a bug, not an I/O error");
    }

    @Test
    void anInterruptedCallerStopsStartingItemsAndKeepsItsInterrupt() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicInteger ran = new AtomicInteger();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicReference<Boolean> stillInterrupted = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                OrderedParallel.map(ITEMS, 2, i -> {
                    ran.incrementAndGet();
                    started.countDown();
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return i;
                });
            } catch (Throwable t) {
                thrown.set(t);
            }
            stillInterrupted.set(Thread.currentThread().isInterrupted());
        });
        caller.start();
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        caller.interrupt();
        caller.join(10_000);
        assertThat(caller.isAlive()).as("returned promptly").isFalse();
        assertThat(thrown.get()).isInstanceOf(InterruptedIOException.class);
        assertThat(stillInterrupted.get()).isTrue();
        assertThat(ran.get()).isLessThan(ITEMS.size());
    }
}
