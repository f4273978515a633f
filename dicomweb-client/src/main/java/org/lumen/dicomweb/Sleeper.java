package org.lumen.dicomweb;

import java.time.Duration;

/** Waits between retries; injectable so that tests never sleep. */
@FunctionalInterface
public interface Sleeper {
    /** Blocks the calling thread for the duration. */
    void sleep(Duration duration) throws InterruptedException;

    /** The real one: {@link Thread#sleep(Duration)}. */
    static Sleeper system() {
        return Thread::sleep;
    }
}
