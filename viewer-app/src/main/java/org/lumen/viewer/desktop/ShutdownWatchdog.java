package org.lumen.viewer.desktop;

import java.time.Duration;

/**
 * Makes sure Lumen ends when it is asked to. JOGL registers shutdown hooks of its own, and one of
 * them (NativeWindowFactory stopping the EGL factory's shared-resource thread) can wait forever for
 * a thread that never answers: seen here when the workstation got SIGTERM right after start, the
 * process then hung until killed. Our hook starts a daemon watchdog when the JVM begins to shut
 * down; if the other hooks are not done within {@link #GRACE}, it says so on stderr and halts the
 * JVM. A normal exit is not delayed: the JVM exits as soon as the hooks finish.
 */
public final class ShutdownWatchdog {
    /** How long the shutdown hooks may take. */
    public static final Duration GRACE = Duration.ofSeconds(10);
    private static volatile boolean installed;

    private ShutdownWatchdog() {}

    /** Installs the hook once per JVM. */
    public static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        Runtime.getRuntime().addShutdownHook(new Thread(ShutdownWatchdog::startWatchdog, "lumen-shutdown-watchdog-hook"));
    }

    static Thread startWatchdog() {
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(GRACE);
            } catch (InterruptedException e) {
                return;
            }
            System.err.println("lumen: shutdown did not finish within " + GRACE.toSeconds()
                    + " s (a shutdown hook of the GL library is stuck); exiting now");
            Runtime.getRuntime().halt(1);
        }, "lumen-shutdown-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        return watchdog;
    }
}
