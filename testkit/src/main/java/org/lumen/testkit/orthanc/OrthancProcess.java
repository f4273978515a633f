package org.lumen.testkit.orthanc;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * One running Orthanc process: launching it, waiting until it serves HTTP, stopping and killing
 * it by its PID. Not thread-safe; {@link Orthanc} serialises access.
 */
final class OrthancProcess {

    private static final Duration GRACEFUL_STOP = Duration.ofSeconds(10);
    private static final long PROBE_INTERVAL_MS = 50;

    private final Process process;

    private OrthancProcess(Process process) {
        this.process = process;
    }

    static OrthancProcess launch(OrthancSettings settings, WorkDirectory dir) {
        requireInstalled(settings.binary(), "orthanc");
        requireInstalled(settings.dicomWebPlugin(), "orthanc-dicomweb");
        ProcessBuilder pb = new ProcessBuilder(settings.binary().toString(), dir.configFile().toString())
                .directory(dir.root().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.logFile().toFile()));
        try {
            Process p = pb.start();
            ProcessReaper.register(p.toHandle());
            Files.writeString(dir.ownerFile(), ProcessHandle.current().pid() + " " + p.pid() + "\n");
            return new OrthancProcess(p);
        } catch (IOException e) {
            throw new OrthancException("cannot start " + settings.binary() + ": " + e.getMessage(), e);
        }
    }

    private static void requireInstalled(Path file, String debianPackage) {
        if (!Files.isRegularFile(file)) {
            throw new OrthancException(file + " is missing: install the Debian package '" + debianPackage
                    + "' (apt-get install orthanc orthanc-dicomweb)");
        }
    }

    /**
     * Polls {@code GET /system} until it answers 200. Returns false if the process exited first
     * (the caller reads the log); throws when the timeout passes with the process still alive.
     */
    boolean awaitHealthy(OrthancRest rest, URI base, Duration timeout, WorkDirectory dir) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                return false;
            }
            if (rest.answersSystem(base)) {
                return true;
            }
            try {
                process.waitFor(PROBE_INTERVAL_MS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new OrthancException("interrupted while waiting for Orthanc", e);
            }
        }
        kill();
        throw new OrthancException("Orthanc did not answer GET " + base.resolve("/system") + " within "
                + timeout + "; log tail:\n" + dir.logTail(4000));
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGTERM, then SIGKILL if it has not exited within the grace period. */
    void stop() {
        process.destroy();
        if (!waitForExit(GRACEFUL_STOP)) {
            kill();
        }
        ProcessReaper.unregister(process.toHandle());
    }

    /** SIGKILL, as a crashing server would die; waits until the kernel has reaped it. */
    void kill() {
        process.destroyForcibly();
        if (!waitForExit(GRACEFUL_STOP)) {
            throw new OrthancException("Orthanc PID " + process.pid() + " survived SIGKILL");
        }
        ProcessReaper.unregister(process.toHandle());
    }

    private boolean waitForExit(Duration d) {
        try {
            return process.waitFor(d.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
