package org.lumen.dicom.pixel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.lumen.dicom.DicomFormatException;
import org.lumen.dicom.Tag;
import org.lumen.dicom.codec.DecodedFrame;

class DecodedFramesTest {

    @Test
    void decodedSamplesAreWrittenLittleEndianInBitsAllocatedWithTheDecodersPhotometric() throws DicomFormatException {
        ImagePixelDescription description = new ImagePixelDescription(1, 2, 1, 3, 8, 8, 7, 0, "YBR_FULL_422", 0, Tag.PixelData);
        DecodedFrame decoded = new DecodedFrame(2, 1, 3, 8, false, new int[] {255, 0, 1, 2, 3, 128}, "RGB");
        StoredFrame frame = DecodedFrames.toStored(0, decoded, description);
        assertThat(frame.data()).containsExactly(255, 0, 1, 2, 3, 128);
        assertThat(frame.photometricInterpretation()).isEqualTo("RGB");
    }

    @Test
    void signedTwelveBitSamplesTakeTwoBytes() throws DicomFormatException {
        ImagePixelDescription description = new ImagePixelDescription(1, 2, 1, 1, 16, 12, 11, 1, "MONOCHROME2", 0, Tag.PixelData);
        StoredFrame frame = DecodedFrames.toStored(0, new DecodedFrame(2, 1, 1, 12, true, new int[] {-2048, 2047}, "MONOCHROME2"), description);
        assertThat(frame.data()).containsExactly(0x00, 0xF8, 0xFF, 0x07);
        assertThat(frame.sample(0)).isEqualTo(-2048);
    }

    @Test
    void samplesInThirtyTwoBitsAllocatedTakeFourBytes() throws DicomFormatException {
        ImagePixelDescription description = new ImagePixelDescription(1, 2, 1, 1, 32, 16, 15, 1, "MONOCHROME2", 0, Tag.PixelData);
        StoredFrame frame = DecodedFrames.toStored(0, new DecodedFrame(2, 1, 1, 16, true, new int[] {-1, 0x1234}, "MONOCHROME2"), description);
        assertThat(frame.data()).containsExactly(0xFF, 0xFF, 0xFF, 0xFF, 0x34, 0x12, 0x00, 0x00);
    }

    @Test
    void decodedFrameThatDisagreesWithTheDataSetIsRefused() {
        ImagePixelDescription description = new ImagePixelDescription(2, 2, 1, 1, 8, 8, 7, 0, "MONOCHROME2", 0, Tag.PixelData);
        assertThatThrownBy(() -> DecodedFrames.toStored(0, new DecodedFrame(2, 1, 1, 8, false, new int[2], "MONOCHROME2"), description))
                .isInstanceOf(DicomFormatException.class).hasMessageContaining("bad pixel data");
        assertThatThrownBy(() -> DecodedFrames.toStored(0, new DecodedFrame(2, 2, 1, 12, false, new int[4], "MONOCHROME2"), description))
                .isInstanceOf(DicomFormatException.class).hasMessageContaining("12-bit");
    }
}
