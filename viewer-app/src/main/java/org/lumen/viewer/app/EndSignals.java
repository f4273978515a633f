package org.lumen.viewer.app;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.application.Platform;
import javafx.stage.Stage;

import sun.misc.Signal;

import org.lumen.viewer.desktop.RawStderr;

/**
 * Ends the workstation the way Quit does when the desktop session, a terminal or a service manager
 * asks it to (SIGTERM, SIGHUP, SIGINT): the main window is closed on the FX thread (so what its
 * closing does runs: servers and cache closed, QC windows gone), JavaFX is stopped, and then the JVM
 * exits with 128 + the signal's number, as it would have by default.
 *
 * <p>Why not the JVM's default handling: it starts the shutdown hooks at once, and JavaFX's own hook
 * ("Glass/Prism Shutdown Hook") disposes the graphics pipeline while the FX thread is still running
 * events. An event picked after that throws ({@code GraphicsPipeline.getPipeline()} is null), seen
 * when the workstation was stopped right after start. Stopped through JavaFX, the FX thread ends
 * before any hook runs.
 *
 * <p>If the FX thread does not get to it within {@link #GRACE} (busy or stuck), the JVM exits anyway;
 * the shutdown watchdog then bounds the hooks. Under {@code -Xrs}, or where a signal is unknown, the
 * JVM's default stays.
 */
final class EndSignals {
    /** How long the FX thread has to close the window and stop before the JVM exits regardless. */
    static final Duration GRACE = Duration.ofSeconds(5);
    private static final List<String> SIGNALS = List.of("TERM", "HUP", "INT");
    private static final AtomicInteger RECEIVED = new AtomicInteger();
    private static volatile boolean javaFxStopped;

    private EndSignals() {}

    /** Call once, from {@code Application.start}, with the main window. */
    static void install(Stage mainWindow) {
        for (String name : SIGNALS) {
            try {
                Signal.handle(new Signal(name), signal -> end(signal, mainWindow));
            } catch (IllegalArgumentException e) {
                // -Xrs, or no such signal here: the JVM's default handling stays
            }
        }
    }

    /** Exit status for an end by signal: 128 + its number, as a shell reports a process killed by it. */
    static int exitStatus(int signal) {
        return 128 + signal;
    }

    private static void end(Signal signal, Stage mainWindow) {
        if (!RECEIVED.compareAndSet(0, signal.getNumber())) {
            return; // the first one is being handled
        }
        RawStderr.println("lumen: SIG" + signal.getName() + " received, closing the workstation");
        Thread.ofPlatform().daemon().name("lumen-end-signal").start(() -> {
            try {
                Thread.sleep(GRACE);
            } catch (InterruptedException e) {
                return;
            }
            if (javaFxStopped) {
                return; // the main thread is ending the JVM (bounded there and by the shutdown watchdog)
            }
            RawStderr.println("lumen: the window did not close within " + GRACE.toSeconds() + " s; exiting now");
            System.exit(exitStatus(signal.getNumber()));
        });
        Platform.runLater(() -> {
            mainWindow.close();
            Platform.exit();
        });
    }

    /** Call when {@code Application.launch} has returned: from then on the grace period does not apply. */
    static void javaFxStopped() {
        javaFxStopped = true;
    }

    /** Call when JavaFX has stopped: exits with the signal's status if a signal ended the workstation. */
    static void exitIfEndedBySignal() {
        int signal = RECEIVED.get();
        if (signal != 0) {
            System.exit(exitStatus(signal));
        }
    }
}
