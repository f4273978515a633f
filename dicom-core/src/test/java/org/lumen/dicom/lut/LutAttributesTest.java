package org.lumen.dicom.lut;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lumen.dicom.DataSet;
import org.lumen.dicom.DicomFormatException;
import org.lumen.dicom.Tag;
import org.lumen.dicom.VR;
import org.lumen.dicom.Value;

class LutAttributesTest {

    private static DataSet lutItem(int entries, int first, int bits, int... data) {
        DataSet item = new DataSet();
        item.setInt(Tag.LUTDescriptor, VR.US, entries, first, bits);
        ByteBuffer buffer = ByteBuffer.allocate(data.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int d : data) {
            buffer.putShort((short) d);
        }
        item.put(Tag.LUTData, VR.OW, Value.Bytes.of(buffer.array()));
        return item;
    }

    @Test
    void rescaleFromDecimalStringsOrIdentity() throws DicomFormatException {
        DataSet ds = new DataSet();
        assertThat(LutAttributes.modalityLut(ds)).isEqualTo(new ModalityLut.Rescale(1, 0));
        ds.setString(Tag.RescaleSlope, VR.DS, "2.5");
        ds.setString(Tag.RescaleIntercept, VR.DS, "-1024");
        assertThat(LutAttributes.modalityLut(ds)).isEqualTo(new ModalityLut.Rescale(2.5, -1024));
    }

    @Test
    void modalityLutSequenceWinsWithASignedFirstMappedValue() throws DicomFormatException {
        DataSet ds = new DataSet();
        ds.setInt(Tag.PixelRepresentation, VR.US, 1);
        ds.setString(Tag.RescaleSlope, VR.DS, "2");
        ds.put(Tag.ModalityLUTSequence, VR.SQ, new Value.Sequence(List.of(lutItem(2, 0xFFFE, 16, 100, 200))));
        ModalityLut lut = LutAttributes.modalityLut(ds);
        assertThat(lut.apply(-2)).isEqualTo(100.0);
        assertThat(lut.apply(-1)).isEqualTo(200.0);
    }

    @Test
    void voiLutsAreWindowsThenTables() throws DicomFormatException {
        DataSet ds = new DataSet();
        ds.setString(Tag.WindowCenter, VR.DS, "40", "-600");
        ds.setString(Tag.WindowWidth, VR.DS, "400", "1500");
        ds.setString(Tag.VOILUTFunction, VR.CS, "SIGMOID");
        ds.put(Tag.VOILUTSequence, VR.SQ, new Value.Sequence(List.of(lutItem(2, 0, 8, 0, 255))));
        List<VoiLut> luts = LutAttributes.voiLuts(ds, false);
        assertThat(luts).hasSize(3);
        assertThat(luts.get(1)).isEqualTo(new WindowTransform(-600, 1500, VoiFunction.SIGMOID));
        assertThat(luts.get(2).apply(1, 0, 255)).isEqualTo(255.0);
        ds.setString(Tag.VOILUTFunction, VR.CS, "CUBIC");
        assertThatThrownBy(() -> LutAttributes.voiLuts(ds, false)).isInstanceOf(DicomFormatException.class);
    }

    @Test
    void presentationLutFromShapeSequenceOrPhotometric() throws DicomFormatException {
        DataSet ds = new DataSet();
        ds.setString(Tag.PhotometricInterpretation, VR.CS, "MONOCHROME1");
        assertThat(LutAttributes.presentationLut(ds)).isEqualTo(PresentationLut.Shape.INVERSE);
        ds.setString(Tag.PresentationLUTShape, VR.CS, "IDENTITY");
        assertThat(LutAttributes.presentationLut(ds)).isEqualTo(PresentationLut.Shape.IDENTITY);
        ds.put(Tag.PresentationLUTSequence, VR.SQ, new Value.Sequence(List.of(lutItem(2, 0, 8, 255, 0))));
        assertThat(LutAttributes.presentationLut(ds).apply(255, 255)).isEqualTo(0.0);
    }
}
