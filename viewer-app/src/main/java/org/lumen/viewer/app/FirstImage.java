package org.lumen.viewer.app;

import java.time.Duration;
import java.util.Objects;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Start-up work the first image need not wait for (the GPU probe: loading JOGL and making a GL
 * context take a core for a while; see {@link AfterStart}) runs right after the first frame with an
 * image in the active viewport, once the FX thread is free again (the frame's pulse done), or after a
 * time limit when the start shows none (the study browser, an empty window). FX thread.
 */
final class FirstImage {
    private FirstImage() {}

    /** Runs {@code task} on the FX thread after the first frame with an image in the active viewport, or at {@code limit}. */
    static void then(Workspace workspace, Duration limit, Runnable task) {
        Objects.requireNonNull(task);
        long deadline = System.nanoTime() + limit.toNanos();
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (workspace.active().raster().isPresent() || System.nanoTime() - deadline >= 0) {
                    stop();
                    Platform.runLater(task); // after this frame's pulse: the window answers first
                }
            }
        }.start();
    }
}
