package org.lumen.dicom.codec.j2k;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lumen.dicom.DicomFormatException;
import org.lumen.dicom.codec.DecodedFrame;
import org.lumen.dicom.codec.reference.ReferenceTools;
import org.lumen.dicom.codec.reference.ReferenceTools.Frames;
import org.lumen.dicom.codec.reference.ReferenceTools.Values;

/**
 * Compares {@link Jpeg2000Decoder} (jai-imageio) with GDCM's {@code gdcmconv --raw} (OpenJPEG).
 * Lossless must be identical; for lossy code streams and one lossless file where jai-imageio and
 * OpenJPEG disagree, the test pins the measured difference so that any change shows.
 */
class Jpeg2000ReferenceTest {
    @TempDir
    Path dir;

    /** Largest absolute difference and number of differing samples over all frames. */
    record Difference(int max, long count) {
    }

    @ParameterizedTest(name = "{0}: max {1}, {2} samples differ")
    @CsvSource({"MR_small_jp2klossless.dcm,0,0", "J2K_pixelrep_mismatch.dcm,0,0", "693_J2KI.dcm,0,0",
            "SC_rgb_gdcm_KY.dcm,0,0", "JPEG2000.dcm,1,20", "GDCMJ2K_TextGBR.dcm,0,0"})
    void comparesWithGdcmOnThePydicomCorpus(String name, int max, long count) throws DicomFormatException {
        Path file = ReferenceTools.PYDICOM_FILES.resolve(name);
        Path decoded = dir.resolve("decoded.dcm");
        ReferenceTools.run("gdcmconv", "--raw", file.toString(), decoded.toString());
        Values reference = ReferenceTools.values(decoded, dir);
        List<DecodedFrame> frames = decode(ReferenceTools.frames(file, dir));
        assertThat(frames.getFirst().photometric()).isEqualTo(reference.info().photometric());
        assertThat(difference(frames, reference)).isEqualTo(new Difference(max, count));
    }

    @ParameterizedTest(name = "{0}x{1}x{2} {3}/{4} signed={5} [{6}]")
    @CsvSource({"64,80,1,8,8,0,--j2k", "61,77,1,16,12,0,--j2k", "64,64,1,16,16,1,--j2k", "40,50,1,16,16,0,--j2k",
            "33,29,1,16,13,1,--j2k", "40,50,3,8,8,0,--j2k", "300,280,1,16,12,0,--j2k"})
    void losslessGivesBackTheOriginalAndMatchesGdcm(int rows, int columns, int samples, int allocated, int stored,
            int signed, String options) throws DicomFormatException {
        Path original = ReferenceTools.synthesise(dir.resolve("original.dcm"), rows, columns, samples, allocated, stored,
                signed == 1, 1, rows + stored);
        Compressed c = compress(original, options);
        assertThat(c.frames().transferSyntax()).isEqualTo(Jpeg2000Decoder.LOSSLESS_UID);
        List<DecodedFrame> frames = decode(c.frames());
        assertThat(frames.getFirst().photometric()).isEqualTo(c.reference().info().photometric());
        assertThat(difference(frames, c.reference())).isEqualTo(new Difference(0, 0));
        assertThat(difference(frames, ReferenceTools.values(original, dir))).isEqualTo(new Difference(0, 0));
    }

    @ParameterizedTest(name = "{0}x{1}x{2} {3}/{4} signed={5}: max {6}, {7} differ")
    @CsvSource({"64,80,1,8,8,0,0,0", "61,77,1,16,12,0,0,0", "64,64,1,16,16,1,0,0", "40,50,3,8,8,0,0,0"})
    void lossyDifferenceFromGdcmIsAsMeasured(int rows, int columns, int samples, int allocated, int stored, int signed,
            int max, long count) throws DicomFormatException {
        Path original = ReferenceTools.synthesise(dir.resolve("original.dcm"), rows, columns, samples, allocated, stored,
                signed == 1, 1, rows + stored);
        Compressed c = compress(original, "--j2k --lossy -q 40");
        assertThat(c.frames().transferSyntax()).isEqualTo(Jpeg2000Decoder.LOSSY_UID);
        List<DecodedFrame> frames = decode(c.frames());
        assertThat(frames.getFirst().photometric()).isEqualTo(c.reference().info().photometric());
        assertThat(difference(frames, c.reference())).isEqualTo(new Difference(max, count));
        assertThat(difference(frames, ReferenceTools.values(original, dir)).max()).as("lossy").isPositive();
    }

    private record Compressed(Frames frames, Values reference) {
    }

    private Compressed compress(Path original, String options) {
        Path compressed = dir.resolve("j2k.dcm");
        Path decoded = dir.resolve("decoded.dcm");
        List<String> command = new ArrayList<>(List.of("gdcmconv"));
        command.addAll(List.of(options.split(" ")));
        command.addAll(List.of(original.toString(), compressed.toString()));
        ReferenceTools.run(command.toArray(String[]::new));
        ReferenceTools.run("gdcmconv", "--raw", compressed.toString(), decoded.toString());
        return new Compressed(ReferenceTools.frames(compressed, dir), ReferenceTools.values(decoded, dir));
    }

    private static List<DecodedFrame> decode(Frames frames) throws DicomFormatException {
        List<DecodedFrame> out = new ArrayList<>();
        for (byte[] bitstream : frames.bitstreams()) {
            out.add(new Jpeg2000Decoder().decode(bitstream, frames.info()));
        }
        return out;
    }

    static Difference difference(List<DecodedFrame> frames, Values reference) {
        assertThat(frames).hasSize(reference.frames());
        int max = 0;
        long count = 0;
        for (int f = 0; f < frames.size(); f++) {
            int[] expected = ReferenceTools.normalise(reference.frame(f), reference.info().bitsStored(),
                    reference.info().signed());
            // Both sides as the values the stored bits mean (Bits Stored, Pixel Representation): where the
            // code stream is unsigned but the data set signed, the decoder keeps the stored bit pattern.
            int[] actual = ReferenceTools.normalise(frames.get(f).samples(), reference.info().bitsStored(),
                    reference.info().signed());
            assertThat(actual).hasSize(expected.length);
            for (int i = 0; i < expected.length; i++) {
                int d = Math.abs(actual[i] - expected[i]);
                count += d != 0 ? 1 : 0;
                max = Math.max(max, d);
            }
        }
        return new Difference(max, count);
    }
}
