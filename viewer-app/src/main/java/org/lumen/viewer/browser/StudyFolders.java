package org.lumen.viewer.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where studies retrieved from servers are written for the viewer to read: one private temporary
 * folder per session ({@code lumen-studies-*}, owner-only permissions where the file system has
 * them), deleted when Lumen exits. Thread-safe.
 */
final class StudyFolders {
    private Path root;

    synchronized Path folderFor(String serverId, String studyUid) throws IOException {
        if (root == null) {
            root = Files.createTempDirectory("lumen-studies-");
            Path created = root;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(created), "lumen-delete-studies"));
        }
        return Files.createDirectories(root.resolve(serverId).resolve(studyUid));
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // Best effort at exit: the folder is in the temporary directory.
        }
    }
}
