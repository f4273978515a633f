package org.lumen.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The module's own boundaries, read from its sources: JOGL only in {@code org.lumen.rendering.gl},
 * no JavaFX and no AWT in main code. (The project-wide module graph is the ArchUnit test's job.)
 */
class PackageBoundaryTest {
    private static final Path MAIN = Path.of("src", "main", "java", "org", "lumen", "rendering");

    @Test
    void joglIsImportedOnlyInTheGlPackage() throws IOException {
        assertThat(sourcesImporting("com.jogamp").stream().filter(p -> !p.getParent().endsWith("gl")).toList()).isEmpty();
        assertThat(sourcesImporting("com.jogamp")).isNotEmpty();
    }

    @Test
    void noJavaFxOrAwtInMainCode() throws IOException {
        assertThat(sourcesImporting("javafx.")).isEmpty();
        assertThat(sourcesImporting("java.awt")).isEmpty();
    }

    private static List<Path> sourcesImporting(String prefix) throws IOException {
        assertThat(MAIN).isDirectory();
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(p -> p.toString().endsWith(".java")).filter(p -> {
                try {
                    return Files.readAllLines(p).stream().anyMatch(line -> line.startsWith("import " + prefix));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
