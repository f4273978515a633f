package org.lumen.dicomweb.internal;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okio.AsyncTimeout;

/**
 * Spares Okio's timeout watchdog a wake-up per socket read while clients are busy.
 *
 * <p>OkHttp enforces its read and write timeouts with {@link AsyncTimeout}: every read of up to
 * 8 KiB from a connection (and every write) enters a timeout into one process-wide queue served by
 * the "Okio Watchdog" thread, and leaves it when the read returns. A timeout that enters at the
 * front of the queue signals the watchdog, which wakes up only to see a deadline seconds away and
 * sleep again. With one request in flight every read enters at the front: 64 wake-ups per 512 KiB
 * frame, which took about a third of the client's CPU time per frame from Orthanc on loopback
 * (bench/README.md).
 *
 * <p>While requests are being made, this keeps a timeout of {@link #period} (1 s) at the front of
 * the queue, re-entered each time it expires, so that the reads' timeouts (seconds) queue behind
 * it without signalling, and the watchdog wakes once per period instead. Timeouts work as before:
 * the watchdog still sleeps until the earliest deadline in the queue, and one shorter than the
 * period simply goes to the front and signals. After {@link #idle} without a request it stops
 * re-entering, and the watchdog thread ends as Okio lets it when its queue is empty.
 *
 * <p>Only a saving of CPU time: should Okio stop signalling on front insertions, this does nothing.
 * Thread-safe; {@link #touch} is called by every request.
 */
final class TimeoutHeartbeat extends AsyncTimeout {
    /** The one heartbeat of this process. */
    static final TimeoutHeartbeat INSTANCE = new TimeoutHeartbeat(Duration.ofSeconds(1), Duration.ofSeconds(30));

    private final Duration period;
    private final long idleNanos;
    private volatile long lastUse;
    /** In Okio's queue (guarded by this). */
    private volatile boolean armed;

    TimeoutHeartbeat(Duration period, Duration idle) {
        this.period = period;
        this.idleNanos = idle.toNanos();
        timeout(period.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** A request is about to be made: keeps the heartbeat going (or starts it again). */
    void touch() {
        lastUse = System.nanoTime();
        if (!armed) {
            synchronized (this) {
                if (!armed) {
                    armed = true;
                    enter();
                }
            }
        }
    }

    /** Whether the heartbeat is in Okio's queue now. */
    boolean armed() {
        return armed;
    }

    Duration period() {
        return period;
    }

    /** Called by the watchdog thread when the period has passed: re-enters, unless idle. */
    @Override
    protected void timedOut() {
        synchronized (this) {
            exit();
            if (System.nanoTime() - lastUse < idleNanos) {
                enter();
            } else {
                armed = false;
            }
        }
    }
}
