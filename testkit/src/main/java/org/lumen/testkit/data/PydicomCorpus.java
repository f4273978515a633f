package org.lumen.testkit.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The DICOM test files Debian ships with python3-pydicom ({@code test_files/**},
 * {@code charset_files/*.dcm}, {@code palettes/*.dcm}), for parameterised tests:
 *
 * <pre>{@code
 * static Stream<Path> corpus() { return PydicomCorpus.files(); }
 * @ParameterizedTest @MethodSource("corpus") void parses(Path file) { ... }
 * }</pre>
 *
 * Stateless and thread-safe.
 */
public final class PydicomCorpus {

    static final Path DEBIAN_ROOT = Path.of("/usr/lib/python3/dist-packages/pydicom/data");
    private static final List<String> NOT_DICOM = List.of(".py", ".pyc", ".txt", ".json", ".dump", ".gz", ".md");

    private PydicomCorpus() {
    }

    /** The pydicom data directory; fails loudly, naming the apt package, when it is absent. */
    public static Path root() {
        if (Files.isDirectory(DEBIAN_ROOT.resolve("test_files"))) {
            return DEBIAN_ROOT;
        }
        Path asked = askPython();
        if (Files.isDirectory(asked.resolve("test_files"))) {
            return asked;
        }
        throw new IllegalStateException("pydicom test data not found at " + DEBIAN_ROOT + " or " + asked
                + ": apt-get install python3-pydicom");
    }

    /** One named file of {@code test_files}, e.g. {@code "CT_small.dcm"}; it must exist. */
    public static Path testFile(String name) {
        Path p = root().resolve("test_files").resolve(name);
        if (!Files.isRegularFile(p)) {
            throw new IllegalArgumentException("no pydicom test file " + p);
        }
        return p;
    }

    /** Every DICOM file of the corpus (including files without preamble or meta), sorted. */
    public static Stream<Path> files() {
        Path root = root();
        return Stream.of(walk(root.resolve("test_files"), true), walk(root.resolve("charset_files"), false),
                        walk(root.resolve("palettes"), false))
                .flatMap(List::stream)
                .filter(PydicomCorpus::looksLikeDicom)
                .sorted();
    }

    /** The files of {@link #files()} that carry a Part 10 preamble and "DICM" magic. */
    public static Stream<Path> part10Files() {
        return files().filter(PydicomCorpus::hasPart10Magic);
    }

    static boolean looksLikeDicom(Path p) {
        String name = p.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith("readme") || p.toString().contains("__pycache__")) {
            return false;
        }
        return NOT_DICOM.stream().noneMatch(lower::endsWith);
    }

    static boolean hasPart10Magic(Path p) {
        try (InputStream in = Files.newInputStream(p)) {
            byte[] head = in.readNBytes(132);
            return head.length == 132 && Arrays.equals(head, 128, 132, "DICM".getBytes(StandardCharsets.US_ASCII), 0, 4);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p, e);
        }
    }

    private static List<Path> walk(Path dir, boolean recursive) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = recursive ? Files.walk(dir) : Files.list(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> recursive || p.toString().endsWith(".dcm")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static Path askPython() {
        try {
            Process p = new ProcessBuilder("/usr/bin/python3", "-c",
                    "import pydicom, os; print(os.path.join(os.path.dirname(pydicom.__file__), 'data'))")
                    .redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readNBytes(4096);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("/usr/bin/python3 did not answer within 60 s");
            }
            return Path.of(new String(out, StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new IllegalStateException("/usr/bin/python3 with pydicom is needed: apt-get install python3-pydicom", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking python for pydicom", e);
        }
    }
}
