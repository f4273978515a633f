package org.lumen.dicom.codec.jpegls;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lumen.dicom.DicomFormatException;
import org.lumen.dicom.codec.DecodedFrame;
import org.lumen.dicom.codec.reference.ReferenceTools;
import org.lumen.dicom.codec.reference.ReferenceTools.Frames;
import org.lumen.dicom.codec.reference.ReferenceTools.Values;

/**
 * Compares {@link JpegLsDecoder} with dcmtk's {@code dcmdjpls} (CharLS): the pydicom corpus, and
 * synthetic images compressed by {@code dcmcjpls} in every interleave mode, lossless and
 * near-lossless, with default and custom thresholds.
 */
class JpegLsReferenceTest {
    @TempDir
    Path dir;

    @Test
    void matchesDcmdjplsOnThePydicomCorpus() throws DicomFormatException {
        Path file = ReferenceTools.PYDICOM_FILES.resolve("MR_small_jpeg_ls_lossless.dcm");
        Path decoded = dir.resolve("decoded.dcm");
        ReferenceTools.run("dcmdjpls", file.toString(), decoded.toString());
        Frames frames = ReferenceTools.frames(file, dir);
        Values reference = ReferenceTools.values(decoded, dir);
        assertThat(maxDifference(decode(frames, reference), reference)).isZero();
    }

    @ParameterizedTest(name = "{0}x{1}x{2} {3}/{4} signed={5} [{6}]")
    @CsvSource({
            "64,80,1,8,8,0,''", "61,77,1,16,12,0,''", "64,64,1,16,16,0,''", "31,45,1,16,16,1,''",
            "33,29,1,16,13,1,''", "40,50,1,8,2,0,''", "47,53,1,8,5,0,''", "41,43,1,8,6,0,''", "39,44,1,8,7,0,''", "40,70,1,16,10,0,''",
            "40,50,3,8,8,0,+il", "40,50,3,8,8,0,+is", "40,50,3,8,8,0,+in", "21,34,3,16,12,0,+is",
            "21,34,3,16,16,0,+il", "64,80,1,16,12,0,+t1 5 +t2 11 +t3 40 +rs 32",
            "50,60,1,8,8,0,+t1 4 +t2 9 +t3 30 +rs 100"})
    void givesBackLosslessImagesAndMatchesDcmdjpls(int rows, int columns, int samples, int allocated, int stored,
            int signed, String options) throws DicomFormatException {
        Path original = ReferenceTools.synthesise(dir.resolve("original.dcm"), rows, columns, samples, allocated, stored,
                signed == 1, 2, rows + columns + stored);
        Compressed c = compress(original, options);
        assertThat(c.frames().transferSyntax()).isEqualTo(JpegLsDecoder.LOSSLESS_UID);
        assertThat(maxDifference(decode(c.frames(), c.reference()), c.reference())).isZero();
        Values source = ReferenceTools.values(original, dir);
        assertThat(maxDifference(decode(c.frames(), source), source)).isZero();
    }

    @ParameterizedTest(name = "{0}x{1}x{2} {3}/{4} NEAR={6} [{7}]")
    @CsvSource({"64,80,1,8,8,0,2,''", "61,77,1,16,12,0,3,''", "40,50,1,16,16,0,7,''", "40,50,3,8,8,0,1,+is",
            "40,50,3,8,8,0,4,+il", "40,50,3,8,8,0,2,+in", "30,31,1,8,6,0,1,''"})
    void nearLosslessMatchesDcmdjplsExactlyAndStaysWithinNear(int rows, int columns, int samples, int allocated,
            int stored, int signed, int near, String options) throws DicomFormatException {
        Path original = ReferenceTools.synthesise(dir.resolve("original.dcm"), rows, columns, samples, allocated, stored,
                signed == 1, 1, rows * near);
        Compressed c = compress(original, "+en +md " + near + " " + options);
        assertThat(c.frames().transferSyntax()).isEqualTo(JpegLsDecoder.NEAR_LOSSLESS_UID);
        assertThat(maxDifference(decode(c.frames(), c.reference()), c.reference())).isZero();
        Values source = ReferenceTools.values(original, dir);
        assertThat(maxDifference(decode(c.frames(), source), source)).isBetween(1, near);
    }

    /** GDCM encodes with CharLS 2.4 (P = Bits Allocated, an LSE segment with its thresholds). */
    @ParameterizedTest(name = "{0}x{1}x{2} {3}/{4} signed={5} [{6}]")
    @CsvSource({"40,50,1,16,12,0,--jpegls", "40,50,1,16,16,1,--jpegls", "40,50,3,8,8,0,--jpegls",
            "40,50,1,16,7,0,--jpegls --lossy -e 2", "40,50,1,16,12,0,--jpegls --lossy -e 5"})
    void decodesGdcmStreamsAsDcmdjplsDoes(int rows, int columns, int samples, int allocated, int stored, int signed,
            String options) throws DicomFormatException {
        Path original = ReferenceTools.synthesise(dir.resolve("original.dcm"), rows, columns, samples, allocated, stored,
                signed == 1, 1, rows + stored);
        Path compressed = dir.resolve("gdcm-jls.dcm");
        Path decoded = dir.resolve("decoded.dcm");
        List<String> command = new ArrayList<>(List.of("gdcmconv"));
        command.addAll(List.of(options.split(" ")));
        command.addAll(List.of(original.toString(), compressed.toString()));
        ReferenceTools.run(command.toArray(String[]::new));
        ReferenceTools.run("dcmdjpls", compressed.toString(), decoded.toString());
        Frames frames = ReferenceTools.frames(compressed, dir);
        Values reference = ReferenceTools.values(decoded, dir);
        int[][] ours = decode(frames, reference);
        int bits = reference.info().bitsStored();
        for (int f = 0; f < ours.length; f++) {
            int[] expected = options.contains("--lossy") ? ReferenceTools.clamp(reference.frame(f), bits)
                    : ReferenceTools.normalise(reference.frame(f), bits, reference.info().signed());
            assertThat(ours[f]).containsExactly(expected);
        }
        Values source = ReferenceTools.values(original, dir);
        int allowed = options.contains("-e") ? Integer.parseInt(options.substring(options.lastIndexOf(' ') + 1)) : 0;
        assertThat(maxDifference(decode(frames, source), source)).isLessThanOrEqualTo(allowed);
    }

    private record Compressed(Frames frames, Values reference) {
    }

    private Compressed compress(Path original, String options) {
        Path compressed = dir.resolve("jls.dcm");
        Path decoded = dir.resolve("decoded.dcm");
        List<String> command = new ArrayList<>(List.of("dcmcjpls"));
        if (!options.isBlank()) {
            command.addAll(List.of(options.trim().split(" +")));
        }
        command.addAll(List.of(original.toString(), compressed.toString()));
        ReferenceTools.run(command.toArray(String[]::new));
        ReferenceTools.run("dcmdjpls", compressed.toString(), decoded.toString());
        return new Compressed(ReferenceTools.frames(compressed, dir), ReferenceTools.values(decoded, dir));
    }

    private static int[][] decode(Frames frames, Values reference) throws DicomFormatException {
        assertThat(frames.bitstreams()).hasSize(reference.frames());
        int[][] out = new int[reference.frames()][];
        for (int f = 0; f < out.length; f++) {
            DecodedFrame frame = new JpegLsDecoder().decode(frames.bitstreams().get(f), frames.info());
            assertThat(frame.components()).isEqualTo(reference.info().samplesPerPixel());
            out[f] = frame.samples();
        }
        return out;
    }

    /** Largest absolute difference between decoded and reference values; fails on a size mismatch. */
    static int maxDifference(int[][] decoded, Values reference) {
        int max = 0;
        for (int f = 0; f < decoded.length; f++) {
            int[] expected = ReferenceTools.normalise(reference.frame(f), reference.info().bitsStored(),
                    reference.info().signed());
            assertThat(decoded[f]).hasSize(expected.length);
            for (int i = 0; i < expected.length; i++) {
                max = Math.max(max, Math.abs(decoded[f][i] - expected[i]));
            }
            if (max > 0 && Arrays.equals(decoded[f], expected)) {
                throw new AssertionError("unreachable");
            }
        }
        return max;
    }
}
