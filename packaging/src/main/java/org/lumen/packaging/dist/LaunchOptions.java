package org.lumen.packaging.dist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The JVM options every launcher passes, read from {@code packaging/src/dist/jvm.options}: one
 * option per line, blank lines and {@code #} comments ignored. {@code ./lumen} reads the same file,
 * so the development launcher and the installed application run the same JVM configuration.
 */
public final class LaunchOptions {
    private LaunchOptions() {}

    /** Reads the options file. */
    public static List<String> read(Path file) throws IOException {
        return parse(Files.readAllLines(file));
    }

    static List<String> parse(List<String> lines) {
        List<String> options = lines.stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        for (String option : options) {
            if (!option.startsWith("-") || option.contains(" ")) {
                throw new IllegalArgumentException("one JVM option per line, starting with '-': " + option);
            }
        }
        return options;
    }
}
