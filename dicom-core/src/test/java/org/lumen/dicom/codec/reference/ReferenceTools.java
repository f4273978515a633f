package org.lumen.dicom.codec.reference;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.lumen.dicom.codec.FrameInfo;

/** Runs reference tools and the pydicom glue script; every failure is an {@link AssertionError}. */
public final class ReferenceTools {
    /** The test corpus of Debian's python3-pydicom. */
    public static final Path PYDICOM_FILES = Path.of("/usr/lib/python3/dist-packages/pydicom/data/test_files");
    private static final String PYTHON = "/usr/bin/python3";
    private static Path script;

    private ReferenceTools() {
    }

    /** The frames of an encapsulated file and its pixel attributes. */
    public record Frames(FrameInfo info, List<byte[]> bitstreams, String transferSyntax) {
    }

    /** A reference decoder's output: all frames' values, interleaved per pixel, and its attributes. */
    public record Values(FrameInfo info, int frames, int[] values) {
        /** The values of one frame. */
        public int[] frame(int index) {
            int size = (int) (info.pixelsPerFrame() * info.samplesPerPixel());
            int[] out = new int[size];
            System.arraycopy(values, index * size, out, 0, size);
            return out;
        }
    }

    public static Frames frames(Path dicom, Path workDir) {
        Path dir = workDir.resolve("frames-" + dicom.getFileName());
        try {
            Files.createDirectories(dir);
            python("frames", dicom.toString(), dir.toString());
            String[] a = Files.readString(dir.resolve("attrs.txt")).trim().split(" ");
            List<byte[]> list = new ArrayList<>();
            for (int i = 0; i < Integer.parseInt(a[8]); i++) {
                list.add(Files.readAllBytes(dir.resolve("frame" + i + ".bin")));
            }
            return new Frames(info(a), list, a[9]);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    public static Values values(Path uncompressed, Path workDir) {
        Path out = workDir.resolve("values-" + uncompressed.getFileName());
        try {
            python("values", uncompressed.toString(), out.toString());
            String[] a = Files.readString(Path.of(out + ".attrs")).trim().split(" ");
            byte[] raw = Files.readAllBytes(out);
            int[] values = new int[raw.length / 4];
            ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(values);
            return new Values(info(a), Integer.parseInt(a[8]), values);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Writes a synthetic uncompressed (explicit VR little endian) image of ramps, noise and a flat band. */
    public static Path synthesise(Path out, int rows, int columns, int samples, int allocated, int stored,
            boolean signed, int frames, int seed) {
        python("synth", out.toString(), "" + rows, "" + columns, "" + samples, "" + allocated, "" + stored,
                signed ? "1" : "0", "" + frames, "" + seed);
        return out;
    }

    /** Runs a command; fails when it cannot start, takes over two minutes or exits non-zero. */
    public static String run(String... command) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            byte[] output;
            try (InputStream in = process.getInputStream()) {
                output = in.readAllBytes();
            }
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("timed out: " + String.join(" ", command));
            }
            String text = new String(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new AssertionError("exit " + process.exitValue() + " from " + String.join(" ", command) + ":\n" + text);
            }
            return text;
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command[0] + " (is it installed?)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The low {@code bits} bits of each value, sign extended when {@code signed}. */
    public static int[] normalise(int[] values, int bits, boolean signed) {
        int[] out = values.clone();
        if (bits >= 32) {
            return out;
        }
        int unused = 32 - bits;
        for (int i = 0; i < out.length; i++) {
            out[i] = signed ? out[i] << unused >> unused : out[i] & ((1 << bits) - 1);
        }
        return out;
    }

    /** As {@link #normalise}, but unsigned values above the largest {@code bits}-bit value become that value. */
    public static int[] clamp(int[] values, int bits) {
        int[] out = values.clone();
        int max = (1 << bits) - 1;
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.min(out[i], max);
        }
        return out;
    }

    private static FrameInfo info(String[] a) {
        return new FrameInfo(Integer.parseInt(a[0]), Integer.parseInt(a[1]), Integer.parseInt(a[2]),
                Integer.parseInt(a[3]), Integer.parseInt(a[4]), a[5].equals("1"), a[6], Integer.parseInt(a[7]));
    }

    private static synchronized Path script() throws IOException {
        if (script == null) {
            Path file = Files.createTempFile("pixel_glue", ".py");
            try (InputStream in = ReferenceTools.class.getResourceAsStream("pixel_glue.py")) {
                if (in == null) {
                    throw new AssertionError("pixel_glue.py is missing from the test resources");
                }
                Files.write(file, in.readAllBytes());
            }
            file.toFile().deleteOnExit();
            script = file;
        }
        return script;
    }

    private static void python(String... args) {
        try {
            List<String> command = new ArrayList<>(List.of(PYTHON, script().toString()));
            command.addAll(List.of(args));
            run(command.toArray(String[]::new));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
