package org.lumen.viewer.stream;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Objects;
import java.util.function.BooleanSupplier;

import org.lumen.dicomweb.FrameConsumer;

/**
 * A frame source that gives the link to other work first (a prior study prefetched while the current one streams,
 * ADR 0016): in the background it starts a request only while {@code othersBusy} is false and none of its own is
 * in flight, so at most one small request can overlap work that starts later; once {@linkplain #foreground()
 * brought to the foreground} (the study is on the screen) every request passes at once. A thread waiting here
 * that is interrupted (the study closed) fails with an {@link InterruptedIOException}. Thread-safe.
 */
public final class BackgroundSource implements FrameSource {
    private static final long POLL_MS = 25;
    private final FrameSource inner;
    private final BooleanSupplier othersBusy;
    private final Object lock = new Object();
    private volatile boolean foreground;
    private int running;
    private int waited;

    public BackgroundSource(FrameSource inner, BooleanSupplier othersBusy) {
        this.inner = Objects.requireNonNull(inner, "inner");
        this.othersBusy = Objects.requireNonNull(othersBusy, "othersBusy");
    }

    @Override
    public void fetch(String studyUid, String seriesUid, String instanceUid, int[] frames, FrameConsumer consumer) throws IOException {
        synchronized (lock) {
            boolean counted = false;
            while (!foreground && (running > 0 || othersBusy.getAsBoolean())) {
                if (!counted) {
                    waited++;
                    counted = true;
                }
                try {
                    lock.wait(POLL_MS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("the prefetch was stopped");
                }
            }
            running++;
        }
        try {
            inner.fetch(studyUid, seriesUid, instanceUid, frames, consumer);
        } finally {
            synchronized (lock) {
                running--;
                lock.notifyAll();
            }
        }
    }

    @Override
    public void decoded(String transferSyntaxUid, int bytes, long nanos) {
        inner.decoded(transferSyntaxUid, bytes, nanos); // the syntax policy of the source it wraps weighs decode cost
    }

    /** The study is on the screen now: its requests no longer wait for other work. */
    public void foreground() {
        foreground = true;
        synchronized (lock) {
            lock.notifyAll();
        }
    }

    public boolean isForeground() {
        return foreground;
    }

    /** Requests that had to wait for other work (tests: the ordering is observable). */
    public int waited() {
        synchronized (lock) {
            return waited;
        }
    }
}
