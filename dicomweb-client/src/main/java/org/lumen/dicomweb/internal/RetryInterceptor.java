package org.lumen.dicomweb.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.lumen.dicomweb.RetryPolicy;
import org.lumen.dicomweb.Sleeper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries idempotent requests (GET, HEAD) after an I/O error or a 408, 429, 500, 502, 503 or 504
 * answer, with exponential backoff and jitter, honouring {@code Retry-After} (seconds or HTTP date).
 * Time comes from an injected clock and sleeper. Failures after the headers arrived (a body cut
 * off) are not retried here: the caller gets a typed error. Thread-safe.
 */
public final class RetryInterceptor implements Interceptor {
    private static final Logger LOG = LoggerFactory.getLogger(RetryInterceptor.class);

    private final RetryPolicy policy;
    private final Clock clock;
    private final Sleeper sleeper;
    private final DoubleSupplier jitter;

    /** @param jitter uniform values in [0, 1) */
    public RetryInterceptor(RetryPolicy policy, Clock clock, Sleeper sleeper, DoubleSupplier jitter) {
        this.policy = policy;
        this.clock = clock;
        this.sleeper = sleeper;
        this.jitter = jitter;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        boolean idempotent = request.method().equals("GET") || request.method().equals("HEAD");
        for (int attempt = 1; ; attempt++) {
            boolean last = !idempotent || attempt >= policy.maxAttempts();
            Response response;
            try {
                response = chain.proceed(request);
            } catch (IOException e) {
                if (last || chain.call().isCanceled() || permanent(e)) {
                    throw e;
                }
                LOG.debug("attempt {} of {} failed: {}", attempt, request.url().encodedPath(), e.toString());
                pause(backoff(attempt));
                continue;
            }
            if (last || !retryable(response.code())) {
                return response;
            }
            Optional<Duration> retryAfter = retryAfter(response.header("Retry-After"));
            if (retryAfter.isPresent() && retryAfter.get().compareTo(policy.maxRetryAfter()) > 0) {
                return response;
            }
            response.close();
            LOG.debug("attempt {} of {} answered {}", attempt, request.url().encodedPath(), response.code());
            pause(retryAfter.isPresent() ? retryAfter.get() : backoff(attempt));
        }
    }

    /** TLS and authentication failures do not heal by themselves: never repeated. */
    static boolean permanent(IOException e) {
        return e instanceof org.lumen.dicomweb.DicomWebException d
                && (d.problem() == org.lumen.dicomweb.DicomWebException.Problem.TLS
                        || d.problem() == org.lumen.dicomweb.DicomWebException.Problem.AUTHENTICATION);
    }

    static boolean retryable(int code) {
        return code == 408 || code == 429 || code == 500 || code == 502 || code == 503 || code == 504;
    }

    /** Exponential backoff, capped, with "equal jitter": half fixed, half random. */
    Duration backoff(int attempt) {
        long base = policy.baseDelay().toMillis();
        long cap = policy.maxDelay().toMillis();
        long exp = attempt >= 31 ? cap : Math.min(cap, base << Math.min(attempt - 1, 30));
        return Duration.ofMillis(exp / 2 + (long) (jitter.getAsDouble() * (exp - exp / 2)));
    }

    Optional<Duration> retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.trim();
        try {
            long seconds = Long.parseLong(v);
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(Math.min(seconds, 86_400)));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration wait = Duration.between(clock.instant(), at);
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException notDate) {
                return Optional.empty();
            }
        }
    }

    private void pause(Duration d) throws InterruptedIOException {
        try {
            sleeper.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            InterruptedIOException io = new InterruptedIOException("interrupted while waiting to retry");
            io.initCause(e);
            throw io;
        }
    }
}
