package org.lumen.viewer.stream;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.LongSupplier;

/**
 * Measures the link's throughput from the frame requests themselves: bytes received over the wall time during
 * which at least one request was in flight, over the last {@value #WINDOW} requests. Thread-safe; the clock
 * (nanoseconds) is injected.
 */
public final class LinkMeter {
    static final int WINDOW = 32;
    private final LongSupplier nanos;
    private final Deque<long[]> samples = new ArrayDeque<>();

    public LinkMeter(LongSupplier nanos) {
        this.nanos = nanos;
    }

    public long now() {
        return nanos.getAsLong();
    }

    /** One request that started at {@code startNanos} (from {@link #now}) and has just received {@code bytes}. */
    public synchronized void record(long startNanos, long bytes) {
        samples.addLast(new long[] {startNanos, nanos.getAsLong(), bytes});
        while (samples.size() > WINDOW) {
            samples.removeFirst();
        }
    }

    /** Bits per second measured, or -1 before {@code minRequests} requests have finished. */
    public synchronized double bitsPerSecond(int minRequests) {
        if (samples.size() < Math.max(1, minRequests)) {
            return -1;
        }
        long start = Long.MAX_VALUE;
        long end = Long.MIN_VALUE;
        long bytes = 0;
        for (long[] s : samples) {
            start = Math.min(start, s[0]);
            end = Math.max(end, s[1]);
            bytes += s[2];
        }
        return bytes * 8e9 / Math.max(1, end - start);
    }
}
