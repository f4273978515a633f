package org.lumen.dicom.pixel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lumen.dicom.pixel.PixelDataSets.grey;
import static org.lumen.dicom.pixel.PixelDataSets.image;
import static org.lumen.dicom.pixel.PixelDataSets.withPixels;

import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lumen.dicom.BulkData;
import org.lumen.dicom.DataSet;
import org.lumen.dicom.DicomFormatException;
import org.lumen.dicom.DicomFormatException.Problem;
import org.lumen.dicom.Tag;
import org.lumen.dicom.UID;
import org.lumen.dicom.VR;
import org.lumen.dicom.Value;

class PixelDataValidationTest {
    private static final ByteOrder LE = ByteOrder.LITTLE_ENDIAN;

    private static Problem problemOf(DataSet ds, String ts) {
        try {
            PixelDataReader.open(ds, ts, FrameDecoders.none());
        } catch (DicomFormatException e) {
            return e.problem();
        }
        throw new AssertionError("accepted");
    }

    @Test
    void valueShorterThanTheFramesNeedIsRefused() {
        DataSet ds = withPixels(grey(4, 4, 2, 16, 0), VR.OW, LE, new byte[63]);
        assertThat(problemOf(ds, UID.ExplicitVRLittleEndian)).isEqualTo(Problem.BAD_PIXEL_DATA);
    }

    @Test
    void shortBulkValueNamesItsFileOffset() {
        DataSet ds = grey(4, 4, 1, 16, 0);
        ds.put(Tag.PixelData, VR.OW, new Value.Bulk(new BulkData(Path.of("/nonexistent"), 1234, 30), LE));
        assertThatThrownBy(() -> PixelDataReader.open(ds, UID.ExplicitVRLittleEndian, FrameDecoders.none()))
                .isInstanceOfSatisfying(DicomFormatException.class, e -> assertThat(e.offset()).isEqualTo(1234));
    }

    @Test
    void absurdFrameSizeIsRefusedBeforeAllocating() {
        DataSet ds = withPixels(image(65535, 65535, 1, 3, 32, 32, 0, "RGB", 0), VR.OW, LE, new byte[8]);
        assertThat(problemOf(ds, UID.ExplicitVRLittleEndian)).isEqualTo(Problem.ABSURD_SIZE);
    }

    @Test
    void contradictoryOrMissingAttributesAreRefused() {
        DataSet noRows = withPixels(grey(2, 2, 1, 8, 0), VR.OB, LE, new byte[4]);
        noRows.remove(Tag.Rows);
        DataSet storedAboveAllocated = withPixels(image(2, 2, 1, 1, 8, 12, 0, "MONOCHROME2", 0), VR.OB, LE, new byte[4]);
        DataSet oddBits = withPixels(image(2, 2, 1, 1, 12, 12, 0, "MONOCHROME2", 0), VR.OB, LE, new byte[8]);
        DataSet badFrames = withPixels(grey(2, 2, 1, 8, 0), VR.OB, LE, new byte[4]);
        badFrames.setString(Tag.NumberOfFrames, VR.IS, "1A");
        DataSet zeroFrames = withPixels(grey(2, 2, 1, 8, 0), VR.OB, LE, new byte[4]);
        zeroFrames.setString(Tag.NumberOfFrames, VR.IS, "0");
        DataSet noPixels = grey(2, 2, 1, 8, 0);
        for (DataSet ds : List.of(noRows, storedAboveAllocated, oddBits, badFrames, zeroFrames, noPixels)) {
            assertThat(problemOf(ds, UID.ExplicitVRLittleEndian)).isEqualTo(Problem.BAD_PIXEL_DATA);
        }
    }

    @Test
    void unknownTransferSyntaxOrMissingDecoderIsUnsupported() {
        DataSet ds = withPixels(grey(2, 2, 1, 8, 0), VR.OB, LE, new byte[4]);
        assertThat(problemOf(ds, "1.2.3.4.5")).isEqualTo(Problem.UNSUPPORTED_TRANSFER_SYNTAX);
        DataSet encapsulated = grey(2, 2, 1, 8, 0);
        encapsulated.put(Tag.PixelData, VR.OB, new Value.Fragments(List.of(Value.Bytes.EMPTY, Value.Bytes.of(new byte[] {1, 2}))));
        assertThat(problemOf(encapsulated, UID.JPEGBaseline8Bit)).isEqualTo(Problem.UNSUPPORTED_TRANSFER_SYNTAX);
        assertThat(problemOf(encapsulated, UID.ExplicitVRLittleEndian)).isEqualTo(Problem.BAD_PIXEL_DATA);
        assertThat(problemOf(ds, UID.JPEGBaseline8Bit)).isEqualTo(Problem.BAD_PIXEL_DATA);
    }

    @Test
    void floatPixelDataIsNativeWhateverTheTransferSyntax() throws Exception {
        DataSet ds = image(1, 1, 1, 1, 32, 32, 0, "MONOCHROME2", 0);
        ds.put(Tag.FloatPixelData, VR.OF, Value.Bytes.of(new byte[] {0, 0, (byte) 0x80, 0x3F}));
        StoredFrame frame = PixelDataReader.open(ds, UID.JPEG2000Lossless, FrameDecoders.none()).readFrame(0);
        assertThat(frame.floatSample(0)).isEqualTo(1.0);
    }

    @Test
    void descriptionDefaultsAndDerivedSizes() throws DicomFormatException {
        DataSet ds = withPixels(image(3, 4, 1, 3, 8, 8, 0, "ybr_full_422 ", 0), VR.OB, LE, new byte[24]);
        ImagePixelDescription d = ImagePixelDescription.from(ds);
        assertThat(d.photometricInterpretation()).isEqualTo("YBR_FULL_422");
        assertThat(d.frames()).isEqualTo(1);
        assertThat(d.samplesPerFrame()).isEqualTo(24);
        assertThat(d.pixelDataTag()).isEqualTo(Tag.PixelData);
    }
}
