package org.lumen.dicomweb.internal;

import java.io.InterruptedIOException;
import java.util.Comparator;
import java.util.PriorityQueue;
import org.lumen.dicomweb.Cancellation;
import org.lumen.dicomweb.Priority;

/**
 * The per-server concurrency limit: at most {@code limit} requests hold a slot; the others wait, and
 * a freed slot goes to the most urgent waiter ({@link Priority} order, then arrival order). A waiter
 * whose {@link Cancellation} is cancelled leaves the queue at once. Thread-safe.
 */
final class RequestGate {
    private final int limit;
    private final PriorityQueue<Waiter> waiting = new PriorityQueue<>(
            Comparator.comparingInt((Waiter w) -> w.priority.ordinal()).thenComparingLong(w -> w.sequence));
    private int inUse;
    private long arrivals;

    RequestGate(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        this.limit = limit;
    }

    private static final class Waiter {
        final Priority priority;
        final long sequence;
        boolean granted;

        Waiter(Priority priority, long sequence) {
            this.priority = priority;
            this.sequence = sequence;
        }
    }

    /**
     * Takes a slot, waiting if none is free; false (and no slot) when the token was or became
     * cancelled first.
     */
    boolean acquire(Priority priority, Cancellation cancellation) throws InterruptedIOException {
        Waiter me;
        synchronized (this) {
            if (cancellation.isCancelled()) {
                return false;
            }
            if (inUse < limit && waiting.isEmpty()) {
                inUse++;
                return true;
            }
            me = new Waiter(priority, arrivals++);
            waiting.add(me);
        }
        try (Cancellation.Registration wake = cancellation.onCancel(this::wakeAll)) {
            synchronized (this) {
                while (!me.granted) {
                    if (cancellation.isCancelled()) {
                        waiting.remove(me);
                        return false;
                    }
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        if (me.granted) {
                            release();
                        } else {
                            waiting.remove(me);
                        }
                        Thread.currentThread().interrupt();
                        throw new InterruptedIOException("interrupted waiting for a connection slot");
                    }
                }
                return true;
            }
        }
    }

    /** Gives the slot back: to the most urgent waiter, if any. */
    synchronized void release() {
        Waiter next = waiting.poll();
        if (next == null) {
            inUse--;
        } else {
            next.granted = true;
            notifyAll();
        }
    }

    /** Requests waiting for a slot. */
    synchronized int queued() {
        return waiting.size();
    }

    private synchronized void wakeAll() {
        notifyAll();
    }
}
