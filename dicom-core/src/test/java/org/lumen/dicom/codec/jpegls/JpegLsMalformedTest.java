package org.lumen.dicom.codec.jpegls;

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

/** Broken JPEG-LS bitstreams give BAD_PIXEL_DATA naming the offset, never another exception. */
class JpegLsMalformedTest {
    @TempDir
    static Path dir;
    private static Frames grey;
    private static Frames colour;

    @BeforeAll
    static void compress() {
        grey = encode("grey", 1, 12, "+in");
        colour = encode("colour", 3, 8, "+is");
    }

    private static Frames encode(String name, int samples, int bits, String interleave) {
        Path original = ReferenceTools.synthesise(dir.resolve(name + ".dcm"), 24, 20, samples, bits > 8 ? 16 : 8, bits,
                false, 1, 9);
        Path compressed = dir.resolve(name + "-jls.dcm");
        ReferenceTools.run("dcmcjpls", interleave, original.toString(), compressed.toString());
        return ReferenceTools.frames(compressed, dir);
    }

    @Test
    void everyTruncationIsRefusedWithItsOffset() {
        for (Frames frames : new Frames[] {grey, colour}) {
            byte[] whole = frames.bitstreams().getFirst();
            for (int n = 0; n < whole.length - 2; n++) {
                int length = n;
                byte[] cut = Arrays.copyOf(whole, length);
                assertThatThrownBy(() -> new JpegLsDecoder().decode(cut, frames.info())).as("length %d", length)
                        .isInstanceOfSatisfying(DicomFormatException.class, e -> {
                            assertThat(e.problem()).isEqualTo(Problem.BAD_PIXEL_DATA);
                            assertThat(e.offset()).isBetween(0L, (long) length);
                        });
            }
        }
    }

    @Test
    void corruptedBitstreamsDecodeOrFailWithBadPixelData() {
        Random random = new Random(7);
        for (Frames frames : new Frames[] {grey, colour}) {
            byte[] whole = frames.bitstreams().getFirst();
            for (int trial = 0; trial < 3000; trial++) {
                byte[] bad = whole.clone();
                for (int flips = 1 + random.nextInt(3); flips > 0; flips--) {
                    bad[random.nextInt(bad.length)] = (byte) random.nextInt(256);
                }
                try {
                    new JpegLsDecoder().decode(bad, frames.info());
                } catch (DicomFormatException e) {
                    assertThat(e.problem()).isEqualTo(Problem.BAD_PIXEL_DATA);
                    assertThat(e.offset()).isBetween(0L, (long) bad.length);
                }
            }
        }
    }

    @Test
    void refusesAbsurdDimensionsBeforeAllocating() {
        byte[] header = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xF7, 0, 17, 16, (byte) 0xFF, (byte) 0xFF,
                (byte) 0xFF, (byte) 0xFF, 3, 1, 0x11, 0, 2, 0x11, 0, 3, 0x11, 0, (byte) 0xFF, (byte) 0xD9};
        FrameInfo huge = new FrameInfo(65535, 65535, 3, 16, 16, false, "RGB", 0);
        assertRefused(header, huge, 7, "too large");
    }

    @Test
    void refusesDimensionsThatDisagreeWithTheDataSet() {
        FrameInfo wrong = new FrameInfo(25, 20, 1, 16, 12, false, "MONOCHROME2", 0);
        assertRefused(grey.bitstreams().getFirst(), wrong, 7, "24 x 20 but the data set says 25 x 20");
    }

    @Test
    void refusesTheHpColourTransform() {
        byte[] whole = colour.bitstreams().getFirst();
        byte[] lse = {(byte) 0xFF, (byte) 0xF8, 0, 5, 13, 1, 0};
        byte[] withTransform = new byte[whole.length + lse.length];
        System.arraycopy(whole, 0, withTransform, 0, 2);
        System.arraycopy(lse, 0, withTransform, 2, lse.length);
        System.arraycopy(whole, 2, withTransform, 2 + lse.length, whole.length - 2);
        assertRefused(withTransform, colour.info(), 6, "HP colour transform is not supported");
    }

    @Test
    void refusesABitstreamWithoutSoi() {
        byte[] bad = grey.bitstreams().getFirst().clone();
        bad[1] = (byte) 0xD9;
        assertRefused(bad, grey.info(), 0, "does not start with SOI");
    }

    private static void assertRefused(byte[] bitstream, FrameInfo info, long offset, String detail) {
        assertThatThrownBy(() -> new JpegLsDecoder().decode(bitstream, info))
                .isInstanceOfSatisfying(DicomFormatException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.BAD_PIXEL_DATA);
                    assertThat(e.offset()).isEqualTo(offset);
                })
                .hasMessageContaining(detail);
    }
}
