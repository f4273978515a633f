package org.lumen.testkit.orthanc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The private directory of one test Orthanc: configuration, storage (which survives restarts),
 * Orthanc's temporary files and the process log.
 *
 * @param root the directory itself, created under {@code java.io.tmpdir}
 */
record WorkDirectory(Path root) {

    static final String PREFIX = "lumen-orthanc-";

    WorkDirectory {
        if (!root.getFileName().toString().startsWith(PREFIX)) {
            throw new IllegalArgumentException("not an Orthanc work directory: " + root);
        }
    }

    static WorkDirectory create() {
        try {
            WorkDirectory dir = new WorkDirectory(Files.createTempDirectory(PREFIX));
            Files.createDirectories(dir.storage());
            Files.createDirectories(dir.temporary());
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the Orthanc work directory", e);
        }
    }

    Path configFile() {
        return root.resolve("orthanc.json");
    }

    Path storage() {
        return root.resolve("storage");
    }

    Path temporary() {
        return root.resolve("tmp");
    }

    Path logFile() {
        return root.resolve("orthanc.log");
    }

    /** Holds "jvmPid orthancPid" so a later run can reap an Orthanc whose JVM was killed. */
    Path ownerFile() {
        return root.resolve("owner.pid");
    }

    /** The last {@code maxChars} characters of the log, for failure messages. */
    String logTail(int maxChars) {
        try {
            if (!Files.exists(logFile())) {
                return "(no log written)";
            }
            String log = Files.readString(logFile(), java.nio.charset.StandardCharsets.ISO_8859_1);
            return log.length() <= maxChars ? log : "..." + log.substring(log.length() - maxChars);
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    void deleteRecursively() {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }
}
