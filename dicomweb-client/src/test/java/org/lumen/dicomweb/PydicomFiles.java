package org.lumen.dicomweb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Reference data for the Orthanc tests, from Debian's python3-pydicom: the test files, and pixel
 * data bytes exported by {@code /usr/bin/python3} with pydicom, an implementation independent of
 * ours. Fails loudly when the tools are missing.
 */
final class PydicomFiles {
    static final Path TEST_FILES = Path.of("/usr/lib/python3/dist-packages/pydicom/data/test_files");
    private static final String PYTHON = "/usr/bin/python3";

    private PydicomFiles() {}

    static Path file(String name) {
        Path p = TEST_FILES.resolve(name);
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException("missing pydicom test file (apt: python3-pydicom): " + p);
        }
        return p;
    }

    /** The frames of a file as pydicom sees them: native Pixel Data split evenly, or encapsulated fragments per frame. */
    static List<byte[]> frames(Path file, Path workDir) throws IOException, InterruptedException {
        Path out = Files.createTempDirectory(workDir, "frames");
        String script = """
                import pydicom, sys, os
                from pydicom.encaps import generate_pixel_data_frame
                d = pydicom.dcmread(sys.argv[1])
                n = int(d.get('NumberOfFrames', 1) or 1)
                if d.file_meta.TransferSyntaxUID.is_compressed:
                    frames = list(generate_pixel_data_frame(d.PixelData, n))
                else:
                    size = len(d.PixelData) // n
                    frames = [d.PixelData[i * size:(i + 1) * size] for i in range(n)]
                for i, f in enumerate(frames):
                    open(os.path.join(sys.argv[2], '%05d' % (i + 1)), 'wb').write(f)
                """;
        run(PYTHON, "-c", script, file.toString(), out.toString());
        List<byte[]> frames = new ArrayList<>();
        try (var list = Files.list(out)) {
            for (Path p : list.sorted().toList()) {
                frames.add(Files.readAllBytes(p));
            }
        }
        return frames;
    }

    /** A copy of a file with a new SOP Instance UID and Instance Number, in the same series. */
    static Path sibling(Path file, String newSopInstanceUid, Path workDir) throws IOException, InterruptedException {
        Path out = workDir.resolve("sibling-" + newSopInstanceUid + ".dcm");
        run(PYTHON, "-c", """
                import pydicom, sys
                d = pydicom.dcmread(sys.argv[1])
                d.SOPInstanceUID = sys.argv[2]
                d.file_meta.MediaStorageSOPInstanceUID = sys.argv[2]
                d.InstanceNumber = 99
                d.save_as(sys.argv[3])
                """, file.toString(), newSopInstanceUid, out.toString());
        return out;
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("reference tool failed: " + command[0] + ": " + new String(output));
        }
    }
}
