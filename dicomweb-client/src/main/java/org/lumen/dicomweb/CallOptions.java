package org.lumen.dicomweb;

import java.util.Objects;

/**
 * How the requests of one piece of work are run: their {@link Priority} in the server's queue and
 * the {@link Cancellation} that stops them. Given to {@link DicomWebClient#withOptions}.
 *
 * @param priority place in the queue when the server's concurrency limit is reached
 * @param cancellation the token that cancels these requests
 */
public record CallOptions(Priority priority, Cancellation cancellation) {
    private static final CallOptions DEFAULTS = new CallOptions(Priority.INTERACTIVE, Cancellation.none());

    public CallOptions {
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(cancellation, "cancellation");
    }

    /** Interactive and not cancellable: what a plain {@link DicomWebClient} does. */
    public static CallOptions defaults() {
        return DEFAULTS;
    }

    public static CallOptions interactive(Cancellation cancellation) {
        return new CallOptions(Priority.INTERACTIVE, cancellation);
    }

    public static CallOptions prefetch(Cancellation cancellation) {
        return new CallOptions(Priority.PREFETCH, cancellation);
    }
}
