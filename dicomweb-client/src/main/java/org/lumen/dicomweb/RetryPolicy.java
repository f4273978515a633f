package org.lumen.dicomweb;

import java.time.Duration;
import java.util.Objects;

/**
 * When and how long idempotent requests are retried after an I/O error or a 408, 429 or 5xx
 * (other than 501 and 505) answer: exponential backoff from {@code baseDelay} capped at
 * {@code maxDelay}, with jitter; a {@code Retry-After} header is honoured up to
 * {@code maxRetryAfter}, beyond which the answer is returned as it is.
 *
 * @param maxAttempts attempts in all, including the first (1 disables retries)
 * @param baseDelay delay before the first retry
 * @param maxDelay upper bound of a backoff delay
 * @param maxRetryAfter longest Retry-After the client will wait
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Duration maxRetryAfter) {
    public RetryPolicy {
        if (maxAttempts < 1 || maxAttempts > 20) {
            throw new IllegalArgumentException("maxAttempts must be 1 to 20: " + maxAttempts);
        }
        for (Duration d : new Duration[] {baseDelay, maxDelay, maxRetryAfter}) {
            if (Objects.requireNonNull(d, "delay").isNegative()) {
                throw new IllegalArgumentException("negative delay: " + d);
            }
        }
    }

    /** Four attempts, 250 ms doubling up to 8 s, Retry-After up to 60 s. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(4, Duration.ofMillis(250), Duration.ofSeconds(8), Duration.ofSeconds(60));
    }

    /** No retries. */
    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO);
    }
}
