package org.lumen.dicom.codec.rle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.lumen.dicom.DicomFormatException;
import org.lumen.dicom.DicomFormatException.Problem;
import org.lumen.dicom.codec.FrameInfo;

/** Broken RLE frames give BAD_PIXEL_DATA naming the offset, never another exception. */
class RleMalformedTest {
    private static final FrameInfo GREY16 = new FrameInfo(3, 5, 1, 16, 16, true, "MONOCHROME2", 0);
    private static final int[] PIXELS = {0, 1, 2, 3, 4, -1, -2, -3, -300, 300, 7, 7, 7, 7, 7};

    /** Segment 0 the high bytes as one replicate run and literals, segment 1 the low bytes as literals. */
    static byte[] frame(int... extraInSegment1) {
        ByteArrayOutputStream high = new ByteArrayOutputStream();
        ByteArrayOutputStream low = new ByteArrayOutputStream();
        high.write(10 - 1);
        for (int i = 0; i < 10; i++) {
            high.write(PIXELS[i] >> 8);
        }
        high.write(-4 & 0xFF); // replicate the next byte 5 times
        high.write(0);
        low.write(PIXELS.length - 1);
        for (int p : PIXELS) {
            low.write(p);
        }
        for (int b : extraInSegment1) {
            low.write(b);
        }
        ByteBuffer out = ByteBuffer.allocate(64 + high.size() + low.size()).order(ByteOrder.LITTLE_ENDIAN);
        out.putInt(2).putInt(64).putInt(64 + high.size());
        out.position(64);
        out.put(high.toByteArray()).put(low.toByteArray());
        return out.array();
    }

    @Test
    void decodesTheHandMadeFrame() throws DicomFormatException {
        assertThat(new RleDecoder().decode(frame(), GREY16).samples()).containsExactly(PIXELS);
    }

    @Test
    void ignoresBytesPastTheFrameEndAsDcmdrleDoes() throws DicomFormatException {
        assertThat(new RleDecoder().decode(frame(0x81, 0x07, 0x02, 1, 2, 3), GREY16).samples()).containsExactly(PIXELS);
    }

    @Test
    void everyTruncationIsRefusedWithItsOffset() {
        byte[] whole = frame();
        for (int n = 0; n < whole.length; n++) {
            int length = n;
            byte[] cut = Arrays.copyOf(whole, length);
            assertThatThrownBy(() -> new RleDecoder().decode(cut, GREY16)).as("length %d", length)
                    .isInstanceOfSatisfying(DicomFormatException.class, e -> {
                        assertThat(e.problem()).isEqualTo(Problem.BAD_PIXEL_DATA);
                        assertThat(e.offset()).isBetween(0L, (long) length);
                    });
        }
    }

    @Test
    void refusesAWrongSegmentCount() {
        byte[] bad = frame();
        bad[0] = 3;
        assertRefused(bad, GREY16, 0, "3 segments");
    }

    @Test
    void refusesAnOffsetPastTheEnd() {
        byte[] bad = frame();
        bad[9] = 0x10;
        assertRefused(bad, GREY16, 8, "outside");
    }

    @Test
    void refusesOffsetsOutOfOrder() {
        byte[] bad = frame();
        bad[4] = (byte) (bad[8] + 1);
        assertRefused(bad, GREY16, 8, "does not follow");
    }

    @Test
    void refusesAShortSegment() {
        FrameInfo taller = new FrameInfo(4, 5, 1, 16, 16, true, "MONOCHROME2", 0);
        assertRefused(frame(), taller, 77, "segment 0 ends after 15 of the 20");
    }

    @Test
    void refusesBitsAllocatedThatRleCannotHold() {
        FrameInfo twelve = new FrameInfo(3, 5, 1, 12, 12, false, "MONOCHROME2", 0);
        assertRefused(frame(), twelve, -1, "not 12");
    }

    @Test
    void refusesAbsurdDimensionsBeforeAllocating() {
        FrameInfo huge = new FrameInfo(65535, 65535, 3, 32, 32, false, "RGB", 0);
        byte[] header = new byte[64 + 12 * 4];
        header[0] = 12;
        for (int s = 0; s < 12; s++) {
            header[4 + 4 * s] = (byte) (64 + 4 * s);
        }
        assertRefused(header, huge, 0, "too large");
        FrameInfo big = new FrameInfo(4000, 4000, 1, 8, 8, false, "MONOCHROME2", 0);
        byte[] one = {1, 0, 0, 0, 64, 0, 0, 0};
        assertRefused(Arrays.copyOf(one, 80), big, 64, "too few");
    }

    @Test
    void corruptedFramesDecodeOrFailWithBadPixelData() {
        Random random = new Random(42);
        byte[] whole = frame();
        for (int trial = 0; trial < 5000; trial++) {
            byte[] bad = whole.clone();
            for (int flips = 1 + random.nextInt(3); flips > 0; flips--) {
                bad[random.nextInt(bad.length)] = (byte) random.nextInt(256);
            }
            try {
                assertThat(new RleDecoder().decode(bad, GREY16).samples()).hasSize(PIXELS.length);
            } catch (DicomFormatException e) {
                assertThat(e.problem()).isEqualTo(Problem.BAD_PIXEL_DATA);
            }
        }
    }

    private static void assertRefused(byte[] bitstream, FrameInfo info, long offset, String detail) {
        assertThatThrownBy(() -> new RleDecoder().decode(bitstream, info))
                .isInstanceOfSatisfying(DicomFormatException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.BAD_PIXEL_DATA);
                    assertThat(e.offset()).isEqualTo(offset);
                })
                .hasMessageContaining(detail);
    }
}
