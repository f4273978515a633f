package org.lumen.dicom.codec.jpeg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.lumen.dicom.DicomFormatException;
import org.lumen.dicom.codec.DecodedFrame;
import org.lumen.dicom.codec.FrameInfo;

/** The decoder's options: colour conversion switch and the sample limit. */
class JpegDecoderOptionsTest {
    private static final int[] FLAT_GREY = {200, 128, 128};

    private static byte[] flatYcc() {
        int[][] planes = new int[3][16 * 16];
        for (int c = 0; c < 3; c++) {
            Arrays.fill(planes[c], FLAT_GREY[c]);
        }
        return DctTestEncoder.encode(planes, 16, 16, new int[] {2, 1, 1}, new int[] {2, 1, 1}, 0, false);
    }

    @Test
    void convertsOnlyWhenAskedAndLabelledYbr() throws Exception {
        FrameInfo ybr = new FrameInfo(16, 16, 3, 8, 8, false, "YBR_FULL_422", 0);
        DecodedFrame converted = new JpegDecoder().decode(flatYcc(), ybr);
        DecodedFrame kept = new JpegDecoder(new JpegDecoder.Options(false, 2000)).decode(flatYcc(), ybr);
        assertThat(converted.photometric()).isEqualTo("RGB");
        assertThat(converted.samples()).startsWith(200, 200, 200);
        assertThat(kept.photometric()).isEqualTo("YBR_FULL");
        assertThat(kept.samples()).startsWith(200, 128, 128);
        FrameInfo rgb = new FrameInfo(16, 16, 3, 8, 8, false, "RGB", 0);
        assertThat(new JpegDecoder().decode(flatYcc(), rgb).samples()).startsWith(200, 128, 128);
    }

    @Test
    void refusesFramesAboveTheSampleLimit() {
        FrameInfo ybr = new FrameInfo(16, 16, 3, 8, 8, false, "YBR_FULL_422", 0);
        assertThatThrownBy(() -> new JpegDecoder(new JpegDecoder.Options(true, 500)).decode(flatYcc(), ybr))
                .isInstanceOf(DicomFormatException.class).hasMessageContaining("more than the limit of 500");
    }

    @Test
    void validatesTheLimit() {
        assertThatThrownBy(() -> new JpegDecoder.Options(true, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JpegDecoder.Options(true, 1L << 31)).isInstanceOf(IllegalArgumentException.class);
    }
}
