package org.lumen.viewer.desktop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder of the packaged application's AppCDS archive ({@code -XX:SharedArchiveFile=$HOME/.cache/lumen/lumen.jsa}
 * with {@code -XX:+AutoCreateSharedArchive}, packaging/src/dist/jvm-packaged.options). The JVM writes
 * the archive when it exits and ends with status 1 when the folder is missing; the launch scripts
 * create it, and so does {@link org.lumen.viewer.Main} at start, so that the launcher started
 * directly ({@code /opt/lumen/bin/Lumen}) on a fresh account exits cleanly too.
 */
public final class AppCdsFolder {
    private AppCdsFolder() {}

    /**
     * {@code $HOME/.cache/lumen}: the launcher expands the environment's {@code HOME} in the JVM
     * option, which can differ from {@code user.home} (the password database's), so it is used first.
     */
    public static Path path() {
        String home = System.getenv("HOME");
        return Path.of(home != null && !home.isBlank() ? home : System.getProperty("user.home"), ".cache", "lumen");
    }

    /** Creates the folder if it is missing; a failure only costs the archive, so it is ignored. */
    public static void ensure() {
        try {
            Files.createDirectories(path());
        } catch (IOException | SecurityException e) {
            // read-only home: the JVM then reports it cannot write the archive; nothing else depends on it
        }
    }
}
