package org.lumen.viewer.app;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import org.lumen.rendering.Renderer;

/**
 * Ends the renderer when the workstation ends, on the main thread once JavaFX has stopped and before
 * the JVM exits: first lets a renderer probe that is still running finish, then closes the renderer
 * in use (for the GPU one: its context and offscreen surface, on its GL thread). JOGL's own shutdown
 * hooks then find JOGL idle. Without this they ran while the probe was still setting JOGL up when the
 * workstation was ended a second after its first image: on a loaded machine the hooks were then
 * still running after the shutdown watchdog's 10 s, and the JVM was halted with status 1.
 *
 * <p>Each wait is bounded ({@link #PROBE_LIMIT}, {@link #CLOSE_LIMIT}); past a limit the end goes on
 * and says so on stderr. A probe that did not finish leaves the renderer as it is.
 */
final class RendererShutdown {
    /** How long a probe still running may take before the workstation ends without waiting for it. */
    static final Duration PROBE_LIMIT = Duration.ofSeconds(15);
    /** How long closing the renderer may take. */
    static final Duration CLOSE_LIMIT = Duration.ofSeconds(5);

    private RendererShutdown() {}

    /**
     * Waits for {@code probe} (if any) within {@link #PROBE_LIMIT}, then closes the renderer
     * {@code renderer} gives within {@link #CLOSE_LIMIT}. Returns what went wrong, if anything.
     */
    static Optional<String> end(Thread probe, Supplier<Renderer> renderer) {
        return end(probe, renderer, PROBE_LIMIT, CLOSE_LIMIT);
    }

    /** As {@link #end(Thread, Supplier)} with other limits (tests). */
    static Optional<String> end(Thread probe, Supplier<Renderer> renderer, Duration probeLimit, Duration closeLimit) {
        if (probe != null && !joined(probe, probeLimit)) {
            return Optional.of("the renderer probe did not finish within " + seconds(probeLimit));
        }
        Renderer current = renderer.get();
        String[] failure = new String[1]; // written by the close thread, read after joining it
        Thread close = Thread.ofPlatform().daemon().name("lumen-renderer-close").start(() -> {
            try {
                current.close();
            } catch (RuntimeException e) {
                failure[0] = "closing the renderer failed: " + e.getMessage();
            }
        });
        if (!joined(close, closeLimit)) {
            return Optional.of("closing the renderer did not finish within " + seconds(closeLimit));
        }
        return Optional.ofNullable(failure[0]);
    }

    private static String seconds(Duration limit) {
        return limit.toMillis() / 1000.0 + " s";
    }

    private static boolean joined(Thread thread, Duration limit) {
        try {
            return thread.join(limit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
