package org.lumen.dicom.codec.j2k;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumen.dicom.DicomFormatException;
import org.lumen.dicom.DicomFormatException.Problem;
import org.lumen.dicom.codec.FrameInfo;
import org.lumen.dicom.codec.reference.ReferenceTools;
import org.lumen.dicom.codec.reference.ReferenceTools.Frames;

/** Broken JPEG 2000 code streams give BAD_PIXEL_DATA, never another exception. */
class Jpeg2000MalformedTest {
    @TempDir
    static Path dir;
    private static Frames grey;

    @BeforeAll
    static void compress() {
        Path original = ReferenceTools.synthesise(dir.resolve("grey.dcm"), 24, 20, 1, 16, 12, false, 1, 9);
        Path compressed = dir.resolve("j2k.dcm");
        ReferenceTools.run("gdcmconv", "--j2k", original.toString(), compressed.toString());
        grey = ReferenceTools.frames(compressed, dir);
    }

    @Test
    void refusesTheCodeStreamWithAnEmbeddedSequenceDelimiter() {
        Frames frames = ReferenceTools.frames(ReferenceTools.PYDICOM_FILES.resolve("JPEG2000-embedded-sequence-delimiter.dcm"),
                dir);
        assertRefused(frames.bitstreams().getFirst(), frames.info(), 8, "SIZ image area");
    }

    @Test
    void everyTruncationIsRefused() {
        byte[] whole = grey.bitstreams().getFirst();
        for (int n = 0; n < whole.length - 2; n++) {
            int length = n;
            byte[] cut = Arrays.copyOf(whole, length);
            assertThatThrownBy(() -> new Jpeg2000Decoder().decode(cut, grey.info())).as("length %d", length)
                    .isInstanceOfSatisfying(DicomFormatException.class,
                            e -> assertThat(e.problem()).isEqualTo(Problem.BAD_PIXEL_DATA));
        }
    }

    @Test
    void corruptedCodeStreamsDecodeOrFailWithBadPixelData() {
        Random random = new Random(11);
        byte[] whole = grey.bitstreams().getFirst();
        for (int trial = 0; trial < 300; trial++) {
            byte[] bad = whole.clone();
            for (int flips = 1 + random.nextInt(3); flips > 0; flips--) {
                bad[random.nextInt(bad.length)] = (byte) random.nextInt(256);
            }
            try {
                assertThat(new Jpeg2000Decoder().decode(bad, grey.info()).samples()).hasSize(24 * 20);
            } catch (DicomFormatException e) {
                assertThat(e.problem()).isEqualTo(Problem.BAD_PIXEL_DATA);
            }
        }
    }

    @Test
    void refusesAbsurdDimensionsBeforeDecoding() {
        byte[] bitstream = grey.bitstreams().getFirst().clone();
        bitstream[10] = (byte) 0xEA; // Xsiz 0xEA60 = 60000
        bitstream[11] = 0x60;
        bitstream[14] = (byte) 0xEA; // Ysiz 60000
        bitstream[15] = 0x60;
        FrameInfo huge = new FrameInfo(60000, 60000, 1, 16, 12, false, "MONOCHROME2", 0);
        assertRefused(bitstream, huge, 8, "too large");
    }

    @Test
    void refusesDimensionsThatDisagreeWithTheDataSet() {
        FrameInfo wrong = new FrameInfo(25, 20, 1, 16, 12, false, "MONOCHROME2", 0);
        assertRefused(grey.bitstreams().getFirst(), wrong, 8, "24 x 20 but the data set says 25 x 20");
    }

    @Test
    void refusesAComponentCountThatDisagreesWithTheDataSet() {
        FrameInfo rgb = new FrameInfo(24, 20, 3, 16, 12, false, "RGB", 0);
        assertRefused(grey.bitstreams().getFirst(), rgb, 40, "1 components but the data set says 3");
    }

    @Test
    void refusesAJp2FileWithoutCodeStream() {
        byte[] jp2 = {0, 0, 0, 12, 'j', 'P', ' ', ' ', 0x0D, 0x0A, (byte) 0x87, 0x0A, 0, 0, 0, 9, 'f', 't', 'y', 'p', 0};
        assertRefused(jp2, grey.info(), 21, "no contiguous code stream box");
        jp2[15] = 100;
        assertRefused(jp2, grey.info(), 12, "passes the end");
    }

    @Test
    void refusesDataThatIsNeitherCodeStreamNorJp2() {
        assertRefused(new byte[] {1, 2, 3, 4, 5, 6}, grey.info(), 0, "does not start with SOC");
    }

    private static void assertRefused(byte[] bitstream, FrameInfo info, long offset, String detail) {
        assertThatThrownBy(() -> new Jpeg2000Decoder().decode(bitstream, info))
                .isInstanceOfSatisfying(DicomFormatException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.BAD_PIXEL_DATA);
                    assertThat(e.offset()).isEqualTo(offset);
                })
                .hasMessageContaining(detail);
    }
}
