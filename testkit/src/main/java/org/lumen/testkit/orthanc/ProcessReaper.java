package org.lumen.testkit.orthanc;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Makes sure no test Orthanc outlives its JVM: a shutdown hook kills every process still
 * registered, and at the first start in a JVM the work directories of earlier JVMs that died
 * without running their hooks (kill -9) are found by their owner file and their Orthanc killed.
 */
final class ProcessReaper {

    private static final Set<ProcessHandle> LIVE = ConcurrentHashMap.newKeySet();
    private static volatile boolean initialised;

    private ProcessReaper() {
    }

    static synchronized void initialiseOnce(String orthancBinary) {
        if (initialised) {
            return;
        }
        initialised = true;
        Runtime.getRuntime().addShutdownHook(new Thread(ProcessReaper::killAll, "orthanc-reaper"));
        reapOrphans(Path.of(System.getProperty("java.io.tmpdir")), orthancBinary);
    }

    static void register(ProcessHandle process) {
        LIVE.add(process);
    }

    static void unregister(ProcessHandle process) {
        LIVE.remove(process);
    }

    private static void killAll() {
        for (ProcessHandle p : LIVE) {
            p.destroyForcibly();
        }
    }

    /** Kills Orthancs whose owning JVM is gone and deletes their work directories. */
    static void reapOrphans(Path tmp, String orthancBinary) {
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(tmp, WorkDirectory.PREFIX + "*")) {
            for (Path dir : dirs) {
                try {
                    reapIfOrphaned(new WorkDirectory(dir), orthancBinary);
                } catch (IOException | RuntimeException e) {
                    // Best effort: another JVM may be deleting this directory right now.
                    System.err.println("[testkit] could not reap " + dir + ": " + e);
                }
            }
        } catch (IOException e) {
            System.err.println("[testkit] could not scan " + tmp + " for orphaned Orthanc servers: " + e);
        }
    }

    private static void reapIfOrphaned(WorkDirectory dir, String orthancBinary) throws IOException {
        Path owner = dir.ownerFile();
        if (!Files.isRegularFile(owner)) {
            return;
        }
        String[] pids = Files.readString(owner).trim().split("\\s+");
        if (pids.length != 2) {
            return;
        }
        long jvm = Long.parseLong(pids[0]);
        if (ProcessHandle.of(jvm).map(ProcessHandle::isAlive).orElse(false)) {
            return;
        }
        Optional<ProcessHandle> orthanc = ProcessHandle.of(Long.parseLong(pids[1]));
        if (orthanc.isPresent() && orthanc.get().info().command().map(orthancBinary::equals).orElse(false)) {
            orthanc.get().destroyForcibly();
            orthanc.get().onExit().orTimeout(10, TimeUnit.SECONDS).exceptionally(t -> null).join();
        }
        dir.deleteRecursively();
    }
}
