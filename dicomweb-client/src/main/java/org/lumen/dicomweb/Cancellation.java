package org.lumen.dicomweb;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A token a caller cancels to stop the requests made with it, e.g. when the study they load is
 * closed. Requests waiting for a slot leave the queue; requests in flight have their call cancelled
 * and connection closed. Either way the call ends with a {@link DicomWebException} of problem
 * {@link DicomWebException.Problem#CANCELLED}, never with a partial result; a request started after
 * the cancel fails at once. Thread-safe; cancelling twice does nothing more.
 */
public final class Cancellation {
    private static final Cancellation NONE = new Cancellation();

    private final Object lock = new Object();
    private final Set<Runnable> actions = new LinkedHashSet<>();
    private boolean cancelled;

    /** A fresh token, not cancelled. */
    public Cancellation() {
        // nothing else to set up
    }

    /** The token of requests nobody can cancel; {@link #cancel()} on it is refused. */
    public static Cancellation none() {
        return NONE;
    }

    /** Cancels every request made with this token, queued or in flight, and any made later. */
    public void cancel() {
        if (this == NONE) {
            throw new IllegalStateException("Cancellation.none() cannot be cancelled; make a token with new Cancellation()");
        }
        List<Runnable> toRun;
        synchronized (lock) {
            if (cancelled) {
                return;
            }
            cancelled = true;
            toRun = new ArrayList<>(actions);
            actions.clear();
        }
        toRun.forEach(Runnable::run);
    }

    public boolean isCancelled() {
        synchronized (lock) {
            return cancelled;
        }
    }

    /**
     * Runs the action when this token is cancelled (at once, on this thread, if it already is);
     * closing the returned registration forgets the action. For the transport's use.
     */
    public Registration onCancel(Runnable action) {
        if (this == NONE) {
            return () -> { }; // never cancelled: nothing to remember, no shared lock per request
        }
        synchronized (lock) {
            if (!cancelled) {
                actions.add(action);
                return () -> {
                    synchronized (lock) {
                        actions.remove(action);
                    }
                };
            }
        }
        action.run();
        return () -> { };
    }

    /** An action registered with {@link #onCancel}; closing it removes the action. */
    @FunctionalInterface
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
