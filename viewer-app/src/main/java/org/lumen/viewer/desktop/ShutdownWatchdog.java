package org.lumen.viewer.desktop;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;

/**
 * Makes sure Lumen ends when it is asked to. JOGL registers shutdown hooks of its own, and one of
 * them (NativeWindowFactory stopping the EGL factory's shared-resource thread) can wait forever for
 * a thread that never answers: seen here when the workstation got SIGTERM right after start, the
 * process then hung until killed. Our hook starts a daemon watchdog when the JVM begins to shut
 * down; if the other hooks are not done within {@link #GRACE}, it says so on stderr, prints every
 * thread's stack there (so a report shows which hook waits on what) and halts the JVM. A normal exit
 * is not delayed: the JVM exits as soon as the hooks finish.
 *
 * <p>It writes to file descriptor 2 ({@link RawStderr}), not {@code System.err}: the GL renderer swaps
 * {@code System.err} for a buffer while JOGL works, and a hook may be stuck in exactly that.
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
            PrintStream err = RawStderr.stream();
            err.println("lumen: shutdown did not finish within " + GRACE.toSeconds()
                    + " s (a shutdown hook is stuck); exiting now. The threads:");
            printStacks(err);
            Runtime.getRuntime().halt(1);
        }, "lumen-shutdown-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        return watchdog;
    }

    /** Every live thread's name, state and stack, as a thread dump shows them. */
    static void printStacks(PrintStream out) {
        for (Map.Entry<Thread, StackTraceElement[]> thread : Thread.getAllStackTraces().entrySet()) {
            out.println("\"" + thread.getKey().getName() + "\" " + thread.getKey().getState());
            for (StackTraceElement frame : thread.getValue()) {
                out.println("    at " + frame);
            }
        }
    }
}
