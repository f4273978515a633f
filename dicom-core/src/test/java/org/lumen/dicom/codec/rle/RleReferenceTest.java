package org.lumen.dicom.codec.rle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lumen.dicom.DicomFormatException;
import org.lumen.dicom.codec.DecodedFrame;
import org.lumen.dicom.codec.reference.ReferenceTools;
import org.lumen.dicom.codec.reference.ReferenceTools.Frames;
import org.lumen.dicom.codec.reference.ReferenceTools.Values;

/** Compares {@link RleDecoder} with dcmtk's {@code dcmdrle}, on the pydicom corpus and on synthetic images. */
class RleReferenceTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"MR_small_RLE.dcm", "SC_rgb_rle.dcm", "SC_rgb_rle_2frame.dcm", "SC_rgb_rle_16bit.dcm",
            "SC_rgb_rle_16bit_2frame.dcm", "SC_rgb_rle_32bit.dcm", "SC_rgb_rle_32bit_2frame.dcm", "rtdose_rle.dcm",
            "rtdose_rle_1frame.dcm"})
    void matchesDcmdrleOnThePydicomCorpus(String name) throws DicomFormatException {
        Path file = ReferenceTools.PYDICOM_FILES.resolve(name);
        Path decoded = dir.resolve("decoded.dcm");
        ReferenceTools.run("dcmdrle", file.toString(), decoded.toString());
        assertMatches(ReferenceTools.frames(file, dir), ReferenceTools.values(decoded, dir));
    }

    @ParameterizedTest
    @CsvSource({"64,80,1,8,8,0,1", "61,77,1,16,12,0,2", "64,64,1,16,16,1,1", "31,45,1,16,13,1,1",
            "40,50,3,8,8,0,2", "20,33,3,16,16,0,1", "17,19,1,32,32,0,1", "17,19,3,32,32,1,1"})
    void givesBackSyntheticImagesCompressedByDcmcrle(int rows, int columns, int samples, int allocated, int stored,
            int signed, int frames) throws DicomFormatException {
        Path original = ReferenceTools.synthesise(dir.resolve("original.dcm"), rows, columns, samples, allocated, stored,
                signed == 1, frames, rows * columns);
        Path compressed = dir.resolve("rle.dcm");
        Path decoded = dir.resolve("decoded.dcm");
        ReferenceTools.run("dcmcrle", original.toString(), compressed.toString());
        ReferenceTools.run("dcmdrle", compressed.toString(), decoded.toString());
        Frames bitstreams = ReferenceTools.frames(compressed, dir);
        assertThat(bitstreams.transferSyntax()).isEqualTo(RleDecoder.TRANSFER_SYNTAX_UID);
        assertMatches(bitstreams, ReferenceTools.values(decoded, dir));
        assertMatches(bitstreams, ReferenceTools.values(original, dir));
    }

    private static void assertMatches(Frames frames, Values reference) throws DicomFormatException {
        RleDecoder decoder = new RleDecoder();
        assertThat(frames.bitstreams()).hasSize(reference.frames());
        for (int f = 0; f < reference.frames(); f++) {
            DecodedFrame frame = decoder.decode(frames.bitstreams().get(f), frames.info());
            int[] expected = ReferenceTools.normalise(reference.frame(f), reference.info().bitsStored(),
                    reference.info().signed());
            assertThat(frame.width()).isEqualTo(reference.info().columns());
            assertThat(frame.components()).isEqualTo(reference.info().samplesPerPixel());
            assertThat(frame.samples()).as("frame %d", f).hasSize(expected.length);
            if (!Arrays.equals(frame.samples(), expected)) {
                int i = Arrays.mismatch(frame.samples(), expected);
                throw new AssertionError("frame " + f + " differs at sample " + i + ": " + frame.samples()[i]
                        + " but the reference has " + expected[i]);
            }
        }
    }
}
