package org.lumen.rendering.gl;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps JOGL's diagnostics off the process's standard error: JOGL prints handled exceptions (stack
 * traces, e.g. "Caught handled GLException: EGLGLXDrawableFactory - Could not initialize shared
 * resources") to {@code System.err}, from its own threads, while it probes for a usable GL. While
 * {@link #during} runs, {@code System.err} is swapped for a buffer, and what was written is logged
 * through SLF4J at DEBUG afterwards.
 *
 * <p>{@code System.err} is global: anything other threads write there meanwhile is logged at DEBUG as
 * well, not lost. Calls are serialized on one lock. Only Java-level writes are captured; native code
 * writing to file descriptor 2 is not (JOGL's probing writes through Java).
 */
final class StderrCapture {
    private static final Logger LOG = LoggerFactory.getLogger(StderrCapture.class);
    private static final Object LOCK = new Object();

    private StderrCapture() {}

    /** Runs {@code work} with standard error captured; rethrows what it throws. */
    static <T> T during(String what, Callable<T> work) throws Exception {
        synchronized (LOCK) {
            PrintStream original = System.err;
            ByteArrayOutputStream captured = new ByteArrayOutputStream();
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            try {
                return work.call();
            } finally {
                System.setErr(original);
                String text = captured.toString(StandardCharsets.UTF_8).strip();
                if (!text.isEmpty()) {
                    LOG.debug("JOGL wrote while {}:\n{}", what, text);
                }
            }
        }
    }
}
