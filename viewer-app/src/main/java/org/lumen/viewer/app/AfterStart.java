package org.lumen.viewer.app;

import java.util.ArrayList;
import java.util.List;

/**
 * Background work the start-up puts off until the main window first answers with an image (startup):
 * the GPU renderer's probe, the window icons, the QC check of the series on the screen. On 2 cores their
 * threads took CPU from the first image's frame; they start right after it instead ({@link FirstImage}:
 * at the latest a set time after the window shows). Between {@link #hold} and {@link #release} work
 * waits, in order; at any other time it runs at once. FX thread only.
 */
final class AfterStart {
    private static List<Runnable> held; // null: not holding

    private AfterStart() {}

    /** From now until {@link #release}, {@link #run} keeps its work for later. */
    static void hold() {
        if (held == null) {
            held = new ArrayList<>();
        }
    }

    /** Runs {@code task} now, or when released if held. */
    static void run(Runnable task) {
        if (held != null) {
            held.add(task);
        } else {
            task.run();
        }
    }

    /** Runs the work kept since {@link #hold}, in order, and stops holding. */
    static void release() {
        List<Runnable> tasks = held;
        held = null;
        if (tasks != null) {
            tasks.forEach(Runnable::run);
        }
    }

    /** Whether work is being kept for later. */
    static boolean holding() {
        return held != null;
    }
}
