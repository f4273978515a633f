package org.lumen.viewer.app;

import java.lang.management.ManagementFactory;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;

import org.lumen.viewer.desktop.RawStderr;

/**
 * Start-up timing for {@code bench/startup.sh}, on only with {@value #PROPERTY} ("log", or "exit" to
 * quit once measured): prints one line to standard error with wall-clock times (epoch ms) of the JVM
 * start, the first frame of the shown main window, the first frame with an image in the active
 * viewport, and the moment the FX thread ran a task queued after that frame (responsive); then the CPU
 * time (ms) the FX thread and the whole process had used by then, which a loaded machine's waiting
 * for a core does not inflate.
 */
final class StartupTiming {
    static final String PROPERTY = "lumen.startupTiming";

    private StartupTiming() {}

    static long processCpuMillis() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1_000_000 : -1;
    }

    /** Starts watching frames when the property asks for it; call right after the window is shown. */
    static void watch(Workspace workspace) {
        String mode = System.getProperty(PROPERTY, "");
        if (mode.isEmpty()) {
            return;
        }
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        new AnimationTimer() {
            private long window = -1;

            @Override
            public void handle(long now) {
                long wall = System.currentTimeMillis();
                if (window < 0) {
                    window = wall;
                }
                if (workspace.active().raster().isPresent()) {
                    stop();
                    long image = wall;
                    Platform.runLater(() -> {
                        RawStderr.println(String.format("lumen-startup jvm=%d window=%d image=%d responsive=%d fxcpu=%d cpu=%d", jvmStart,
                                window, image, System.currentTimeMillis(),
                                ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000, processCpuMillis()));
                        if (mode.equals("exit")) {
                            Platform.exit();
                        }
                    });
                }
            }
        }.start();
    }
}
