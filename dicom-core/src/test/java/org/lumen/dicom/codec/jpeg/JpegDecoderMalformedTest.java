package org.lumen.dicom.codec.jpeg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lumen.dicom.DicomFormatException;
import org.lumen.dicom.DicomFormatException.Problem;
import org.lumen.dicom.codec.DecodedFrame;
import org.lumen.dicom.codec.FrameInfo;

/** Broken bitstreams fail with BAD_PIXEL_DATA and a byte offset inside the bitstream. */
class JpegDecoderMalformedTest {
    private static final FrameInfo GREY = new FrameInfo(24, 32, 1, 8, 8, false, "MONOCHROME2", 0);
    private static final FrameInfo COLOUR = new FrameInfo(24, 32, 3, 8, 8, false, "YBR_FULL_422", 0);
    private static byte[] grey;
    private static byte[] colour;

    @BeforeAll
    static void encode() throws IOException {
        grey = ImageIoJpegFixtures.encode(ImageIoJpegFixtures.syntheticImage(32, 24, false), 2, 1, 1);
        colour = ImageIoJpegFixtures.encode(ImageIoJpegFixtures.syntheticImage(32, 24, true), 0, 2, 2);
    }

    private static DicomFormatException failure(byte[] bitstream, FrameInfo info) {
        DicomFormatException e = catchThrowableOfType(DicomFormatException.class,
                () -> new JpegDecoder().decode(bitstream, info));
        assertThat(e).as("decoding must fail").isNotNull();
        assertThat(e.problem()).isEqualTo(Problem.BAD_PIXEL_DATA);
        assertThat(e.offset()).isBetween(0L, (long) bitstream.length);
        return e;
    }

    private static int indexOf(byte[] data, int marker) {
        for (int i = 0; i + 1 < data.length; i++) {
            if (data[i] == (byte) 0xFF && (data[i + 1] & 0xFF) == marker) {
                return i;
            }
        }
        throw new AssertionError("marker 0x" + Integer.toHexString(marker) + " not found");
    }

    @Test
    void validFixturesDecode() throws Exception {
        DecodedFrame frame = new JpegDecoder().decode(colour, COLOUR);
        assertThat(frame.photometric()).isEqualTo("RGB");
        assertThat(new JpegDecoder().decode(grey, GREY).samples()).hasSize(32 * 24);
    }

    @Test
    void everyTruncationFailsWithAnOffset() {
        for (byte[] valid : new byte[][] {grey, colour}) {
            FrameInfo info = valid == grey ? GREY : COLOUR;
            for (int cut = 0; cut < valid.length - 2; cut++) {
                failure(Arrays.copyOf(valid, cut), info);
            }
        }
    }

    @Test
    void entropyDataCutShortBeforeEoiNamesWhereTheCodeRanOut() {
        int sos = indexOf(grey, 0xDA);
        int cut = sos + (grey.length - sos) / 2;
        byte[] broken = Arrays.copyOf(grey, cut + 2);
        broken[cut] = (byte) 0xFF;
        broken[cut + 1] = (byte) 0xD9;
        DicomFormatException e = failure(broken, GREY);
        assertThat(e.offset()).isGreaterThan(sos).isLessThanOrEqualTo(cut + 2);
    }

    @Test
    void aMissingMarkerIsNamed() {
        byte[] broken = grey.clone();
        int dqt = indexOf(broken, 0xDB);
        broken[dqt] = 0x12;
        DicomFormatException e = failure(broken, GREY);
        assertThat(e.offset()).isEqualTo(dqt);
        assertThat(e.getMessage()).contains("expected a marker");
    }

    @Test
    void aWrongRestartMarkerIsNamed() {
        byte[] broken = grey.clone();
        int rst = indexOf(broken, 0xD0);
        broken[rst + 1] = (byte) 0xD3;
        assertThat(failure(broken, GREY).offset()).isEqualTo(rst);
    }

    @Test
    void progressiveIsRefusedNotMisdecoded() {
        byte[] broken = grey.clone();
        broken[indexOf(broken, 0xC0) + 1] = (byte) 0xC2;
        assertThat(failure(broken, GREY).getMessage()).contains("unsupported JPEG process");
    }

    @Test
    void absurdDimensionsAreRefusedBeforeAllocating() {
        byte[] huge = grey.clone();
        int sof = indexOf(huge, 0xC0);
        huge[sof + 5] = (byte) 0xFF;
        huge[sof + 6] = (byte) 0xFF;
        huge[sof + 7] = (byte) 0xFF;
        huge[sof + 8] = (byte) 0xFF;
        FrameInfo claimed = new FrameInfo(65535, 65535, 1, 8, 8, false, "MONOCHROME2", 0);
        DicomFormatException e = failure(huge, claimed);
        assertThat(e.getMessage()).contains("more than the limit");
        assertThat(failure(huge, GREY).getMessage()).contains("but the data set says");
    }

    @Test
    void aHuffmanTableWithTooManyCodesIsRefused() {
        byte[] broken = grey.clone();
        int dht = indexOf(broken, 0xC4);
        broken[dht + 5 + 1] = (byte) 3; // three codes of length 2 after whatever length 1 holds
        broken[dht + 5] = (byte) 2; // two codes of length 1 already fill the code space
        assertThat(failure(broken, GREY).getMessage()).contains("Huffman table");
    }

    @Test
    void randomCorruptionNeverEscapesAsAnotherException() {
        Random random = new Random(42);
        for (int round = 0; round < 2000; round++) {
            byte[] valid = round % 2 == 0 ? grey : colour;
            FrameInfo info = round % 2 == 0 ? GREY : COLOUR;
            byte[] broken = valid.clone();
            int flips = 1 + random.nextInt(4);
            for (int i = 0; i < flips; i++) {
                broken[2 + random.nextInt(broken.length - 2)] = (byte) random.nextInt(256);
            }
            try {
                DecodedFrame frame = new JpegDecoder().decode(broken, info);
                assertThat(frame.samples()).hasSize(32 * 24 * info.samplesPerPixel());
            } catch (DicomFormatException e) {
                assertThat(e.problem()).isEqualTo(Problem.BAD_PIXEL_DATA);
                assertThat(e.offset()).isBetween(0L, (long) broken.length);
            }
        }
    }

    @Test
    void aCodestreamMissingTheScanOfAComponentIsRefused() {
        int[][] planes = new int[3][32 * 24];
        byte[] full = DctTestEncoder.encode(planes, 32, 24, new int[] {1, 1, 1}, new int[] {1, 1, 1}, 0, true);
        int lastScan = full.length - 2;
        while (!(full[lastScan] == (byte) 0xFF && full[lastScan + 1] == (byte) 0xDA)) {
            lastScan--;
        }
        byte[] twoScans = Arrays.copyOf(full, lastScan + 2);
        twoScans[lastScan + 1] = (byte) 0xD9;
        FrameInfo rgb = new FrameInfo(24, 32, 3, 8, 8, false, "RGB", 0);
        assertThat(failure(twoScans, rgb).getMessage()).contains("component 3");
        assertThat(failure(Arrays.copyOf(full, lastScan), rgb).getMessage()).contains("component 3");
    }

    @Test
    void notAJpegAtAll() {
        assertThatThrownBy(() -> new JpegDecoder().decode(new byte[] {1, 2, 3}, GREY))
                .isInstanceOf(DicomFormatException.class).hasMessageContaining("no SOI");
    }
}
