package org.lumen.viewer.mpr;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import javafx.application.Platform;

import org.lumen.rendering.RenderedImage;
import org.lumen.rendering.Renderer;
import org.lumen.rendering.ViewRequest;

/**
 * Renders one MPR view's requests on its own daemon thread. Only the newest request is drawn: one
 * still queued when a newer one arrives is skipped, and a result older than the one on screen is
 * dropped, so the view follows a drag and never shows an older plane after a newer one. Results and failures reach
 * the FX thread through {@code Platform.runLater}.
 */
final class MprDrawer {
    private final ExecutorService worker;
    private final AtomicLong generation = new AtomicLong();
    /** The ticket of the image on screen; FX thread only. */
    private long shownTicket;

    MprDrawer(String name) {
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "lumen-mpr-" + name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Queues a rendering; {@code onDrawn} gets its image on the FX thread unless a newer one was shown first. */
    void draw(Renderer renderer, ViewRequest request, Consumer<RenderedImage> onDrawn, Consumer<String> onFailure) {
        long ticket = generation.incrementAndGet();
        worker.submit(() -> {
            if (ticket != generation.get()) {
                return;
            }
            try {
                RenderedImage image = renderer.render(request);
                Platform.runLater(() -> {
                    if (ticket > shownTicket) {
                        shownTicket = ticket;
                        onDrawn.accept(image);
                    }
                });
            } catch (RuntimeException e) {
                Platform.runLater(() -> onFailure.accept(e.getMessage() == null ? e.toString() : e.getMessage()));
            }
        });
    }

    /** Forgets queued and running requests: their results are dropped. FX thread. */
    void cancel() {
        shownTicket = generation.incrementAndGet();
    }

    /** Stops the thread; queued requests are dropped. */
    void shutdown() {
        cancel();
        worker.shutdownNow();
    }
}
