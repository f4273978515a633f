package org.lumen.testkit.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The optional shared data folder next to the checkout ({@code ../shared/data}), located by the
 * system property {@code lumen.shared.dir} that the root pom's surefire configuration sets. Tests
 * must pass without it; those that can use real data when present ask here. Thread-safe.
 */
public final class SharedData {

    /** The system property naming the shared folder. */
    public static final String PROPERTY = "lumen.shared.dir";

    private SharedData() {
    }

    /** The studyforrest 3T T1 MR series (384 slices, implicit VR little endian), when present. */
    public static Optional<Path> studyforrestT1() {
        return studyforrestT1(Optional.ofNullable(System.getProperty(PROPERTY)));
    }

    static Optional<Path> studyforrestT1(Optional<String> sharedDir) {
        return sharedDir.filter(s -> !s.isBlank())
                .map(s -> Path.of(s, "data", "studyforrest-t1"))
                .filter(Files::isDirectory)
                .map(Path::normalize);
    }
}
