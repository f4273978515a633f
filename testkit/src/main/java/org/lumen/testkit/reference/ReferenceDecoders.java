package org.lumen.testkit.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Typed wrappers around independent reference decoders installed by apt (dcmtk, GDCM, pydicom),
 * for conformance tests that compare Lumen's codecs with them. Missing tools fail loudly through
 * {@link ToolCheck}. Stateless and thread-safe; each call runs one external process.
 */
public final class ReferenceDecoders {

    /** Default limit for one tool run. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> UNCOMPRESSED = Set.of("1.2.840.10008.1.2", "1.2.840.10008.1.2.1",
            "1.2.840.10008.1.2.2", "1.2.840.10008.1.2.1.99");
    private static final String JPEG_PREFIX = "1.2.840.10008.1.2.4.";

    private ReferenceDecoders() {
    }

    /** {@link #dcmtkDecompress(Path, Path, String, Duration)} with the file's own transfer syntax. */
    public static ReferenceResult dcmtkDecompress(Path in, Path out) {
        return dcmtkDecompress(in, out, Part10Meta.transferSyntaxUid(in), DEFAULT_TIMEOUT);
    }

    /**
     * Decompresses {@code in} to Explicit VR Little Endian at {@code out} with the dcmtk tool for
     * {@code transferSyntaxUid}: dcmdjpeg (JPEG processes .50-.70), dcmdjpls (JPEG-LS .80/.81),
     * dcmdrle (RLE), dcmconv +te (already uncompressed, deflated, big endian). dcmtk's defaults
     * apply (dcmdjpeg converts lossy YCbCr to RGB). Other syntaxes (JPEG 2000, HTJ2K, MPEG) give
     * {@link ReferenceResult.Unsupported}: dcmtk has no free decoder for them.
     */
    public static ReferenceResult dcmtkDecompress(Path in, Path out, String transferSyntaxUid, Duration timeout) {
        String tool = dcmtkToolFor(transferSyntaxUid);
        if (tool.isEmpty()) {
            return new ReferenceResult.Unsupported("dcmtk", transferSyntaxUid);
        }
        ToolCheck.require(tool);
        List<String> cmd = tool.equals("dcmconv") ? List.of(tool, "+te", in.toString(), out.toString())
                : List.of(tool, in.toString(), out.toString());
        return outcome(tool, ToolRun.run(cmd, timeout), out, timeout);
    }

    /** The dcmtk tool that decodes the transfer syntax, or "" when dcmtk has none. */
    static String dcmtkToolFor(String transferSyntaxUid) {
        if (UNCOMPRESSED.contains(transferSyntaxUid)) {
            return "dcmconv";
        }
        if (transferSyntaxUid.equals("1.2.840.10008.1.2.5")) {
            return "dcmdrle";
        }
        if (transferSyntaxUid.equals(JPEG_PREFIX + "80") || transferSyntaxUid.equals(JPEG_PREFIX + "81")) {
            return "dcmdjpls";
        }
        if (transferSyntaxUid.startsWith(JPEG_PREFIX)) {
            String process = transferSyntaxUid.substring(JPEG_PREFIX.length());
            if (process.matches("\\d{2}") && Integer.parseInt(process) >= 50 && Integer.parseInt(process) <= 70) {
                return "dcmdjpeg";
            }
        }
        return "";
    }

    /** {@code gdcmconv --raw in out}: GDCM's decompression to a raw transfer syntax. */
    public static ReferenceResult gdcmRaw(Path in, Path out) {
        return gdcmRaw(in, out, DEFAULT_TIMEOUT);
    }

    /** {@code gdcmconv --raw in out} with an explicit timeout. */
    public static ReferenceResult gdcmRaw(Path in, Path out, Duration timeout) {
        ToolCheck.require("gdcmconv");
        ToolRun run = ToolRun.run(List.of("gdcmconv", "--raw", in.toString(), out.toString()), timeout);
        return outcome("gdcmconv", run, out, timeout);
    }

    private static ReferenceResult outcome(String tool, ToolRun run, Path out, Duration timeout) {
        if (run.timedOut()) {
            return new ReferenceResult.TimedOut(tool, timeout, run.stderr());
        }
        boolean wrote = Files.isRegularFile(out) && sizeOf(out) > 0;
        if (run.exitCode() != 0 || !wrote) {
            String why = run.stderr() + (wrote ? "" : " (no output file written)") + run.stdout();
            return new ReferenceResult.Failed(tool, run.exitCode(), why);
        }
        return new ReferenceResult.Decoded(tool, out, run.stderr());
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * The exact Pixel Data bytes and image pixel attributes of an uncompressed little-endian
     * Part 10 file, read by pydicom under {@code /usr/bin/python3} (no dependency on dicom-core).
     *
     * @throws IllegalArgumentException when the file is compressed, big endian, or has no pixels
     */
    public static RawPixels readUncompressedPixelData(Path file) {
        ToolCheck.requirePydicom();
        Path bytes = null;
        try {
            bytes = Files.createTempFile("lumen-pixels-", ".raw");
            ToolRun run = ToolRun.run(List.of(ToolCheck.SYSTEM_PYTHON.toString(), "-c", script(), file.toString(),
                    bytes.toString()), DEFAULT_TIMEOUT);
            if (run.timedOut()) {
                throw new IllegalStateException("pydicom timed out reading " + file);
            }
            JsonNode report = run.stdout().isBlank() ? JSON.createObjectNode() : JSON.readTree(run.stdout());
            if (run.exitCode() != 0 || report.has("error")) {
                throw new IllegalArgumentException(file + ": " + report.path("error").asText(run.stderr()));
            }
            long length = report.path("length").asLong(-1);
            if (length < 0 || length > Integer.MAX_VALUE - 16 || length != Files.size(bytes)) {
                throw new IllegalStateException(file + ": pixel byte count " + length + " unusable or not what was written");
            }
            return new RawPixels(report.path("rows").asInt(), report.path("columns").asInt(),
                    report.path("samplesPerPixel").asInt(), report.path("bitsAllocated").asInt(),
                    report.path("bitsStored").asInt(), report.path("highBit").asInt(),
                    report.path("pixelRepresentation").asInt(), report.path("planarConfiguration").asInt(),
                    report.path("numberOfFrames").asInt(), report.path("photometricInterpretation").asText(),
                    report.path("transferSyntaxUid").asText(), Files.readAllBytes(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read pixels of " + file, e);
        } finally {
            if (bytes != null) {
                bytes.toFile().delete();
            }
        }
    }

    private static String script() throws IOException {
        try (InputStream in = ReferenceDecoders.class.getResourceAsStream("read_pixels.py")) {
            if (in == null) {
                throw new IllegalStateException("read_pixels.py missing from the test kit jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
