package org.lumen.store.io;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a read over a list of items on a bounded number of threads (the caller's and up to
 * {@code threads - 1} shared daemon workers), and hands the results back in the items' order. The
 * encrypted cache decrypts a series' entries this way; its benchmark peer reads the plain files
 * through the same method, so both sides have the same parallelism. Workers are platform threads
 * kept for the process, so per-thread read buffers are reused from one call to the next.
 */
public final class OrderedParallel {
    /** The default parallelism: the processors, at most 8 (decryption is CPU-bound; more buys nothing). */
    public static final int DEFAULT_THREADS = Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));

    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(Thread.ofPlatform()
            .name("lumen-parallel-read-", 0).daemon(true).factory());

    private OrderedParallel() {}

    /** A read of one item. */
    @FunctionalInterface
    public interface Read<T, R> {
        R apply(T item) throws IOException;
    }

    /**
     * {@code read} applied to every item, at most {@code threads} at a time, results in item order.
     * Every item is read (or, after an interrupt, every item already started finishes) before this
     * returns; then the failure of the first failed item in list order is thrown as it was (an
     * {@link IOException} stays the same typed exception).
     *
     * @throws InterruptedIOException when the caller is interrupted (items not started are skipped)
     */
    public static <T, R> List<R> map(List<T> items, int threads, Read<? super T, ? extends R> read) throws IOException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        int n = items.size();
        Object[] results = new Object[n];
        Throwable[] failures = new Throwable[n];
        AtomicInteger next = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(n);
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                if (Thread.currentThread().isInterrupted()) { // only the caller is ever interrupted
                    done.countDown(); // item i is skipped; the await below counts down those not started
                    break;
                }
                try {
                    results[i] = read.apply(items.get(i));
                } catch (Throwable t) {
                    failures[i] = t;
                }
                done.countDown();
            }
        };
        for (int w = 1; w < Math.min(threads, n); w++) {
            WORKERS.execute(worker);
        }
        worker.run();
        try {
            done.await();
        } catch (InterruptedException e) {
            int claimed = Math.min(n, next.getAndSet(n));
            for (int i = claimed; i < n; i++) {
                done.countDown();
            }
            awaitUninterruptibly(done);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted after " + claimed + " of " + n + " reads started");
        }
        for (Throwable failure : failures) {
            if (failure != null) {
                throw rethrow(failure);
            }
        }
        @SuppressWarnings("unchecked")
        List<R> list = (List<R>) new ArrayList<>(Arrays.asList(results));
        return list;
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException again) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static IOException rethrow(Throwable failure) {
        if (failure instanceof IOException io) {
            return io;
        }
        if (failure instanceof RuntimeException r) {
            throw r;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        return new IOException(failure);
    }
}
