package org.lumen.dicom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteOrder;
import java.util.List;

import org.junit.jupiter.api.Test;

class DataSetTest {

    @Test
    void keepsAttributesInUnsignedTagOrder() {
        DataSet ds = new DataSet();
        ds.setString(Tag.PatientName, VR.PN, "Doe^John");
        ds.setInt(Tag.Rows, VR.US, 512);
        ds.setString(0xFFFA0010, VR.LO, "private");
        ds.setString(Tag.SOPInstanceUID, VR.UI, "1.2.3");
        assertThat(ds.stream().map(DicomElement::tag).toList())
                .containsExactly(Tag.SOPInstanceUID, Tag.PatientName, Tag.Rows, 0xFFFA0010);
    }

    @Test
    void stringsArePaddedToEvenLengthAndStrippedOnRead() {
        DataSet ds = new DataSet();
        ds.setString(Tag.SOPInstanceUID, VR.UI, "1.2.3");
        ds.setString(Tag.ImageType, VR.CS, "ORIGINAL", "PRIMARY", "AXIAL");
        byte[] uid = ((Value.Bytes) ds.get(Tag.SOPInstanceUID).orElseThrow().value()).data();
        assertThat(uid).hasSize(6).endsWith(0);
        assertThat(ds.getString(Tag.SOPInstanceUID)).contains("1.2.3");
        assertThat(ds.getStrings(Tag.ImageType)).containsExactly("ORIGINAL", "PRIMARY", "AXIAL");
    }

    @Test
    void readsBinaryNumbersInTheirOwnByteOrder() {
        DataSet ds = new DataSet();
        ds.put(Tag.Rows, VR.US, new Value.Bytes(new byte[] {0x02, 0x00}, ByteOrder.BIG_ENDIAN));
        ds.put(Tag.Columns, VR.US, new Value.Bytes(new byte[] {0x02, 0x00}, ByteOrder.LITTLE_ENDIAN));
        ds.put(Tag.PixelPaddingValue, VR.SS, Value.Bytes.of(new byte[] {(byte) 0x18, (byte) 0xFC}));
        assertThat(ds.getInt(Tag.Rows)).hasValue(512);
        assertThat(ds.getInt(Tag.Columns)).hasValue(2);
        assertThat(ds.getInt(Tag.PixelPaddingValue)).hasValue(-1000);
    }

    @Test
    void decimalAndIntegerStringsParseAndSkipGarbage() {
        DataSet ds = new DataSet();
        ds.setString(Tag.PixelSpacing, VR.DS, " 0.5", "0.75 ");
        ds.setString(Tag.InstanceNumber, VR.IS, "+12");
        ds.setString(Tag.WindowCenter, VR.DS, "40", "abc", "400");
        assertThat(ds.getDoubles(Tag.PixelSpacing)).containsExactly(0.5, 0.75);
        assertThat(ds.getInt(Tag.InstanceNumber)).hasValue(12);
        assertThat(ds.getDoubles(Tag.WindowCenter)).containsExactly(40.0, 400.0);
    }

    @Test
    void sequenceItemsInheritTheCharacterSetOfTheirParent() {
        DataSet item = new DataSet();
        DataSet ds = new DataSet();
        ds.setString(Tag.SpecificCharacterSet, VR.CS, "ISO_IR 192");
        ds.setSequence(Tag.ReferencedSOPClassUID, List.of(item));
        item.setString(Tag.PatientName, VR.PN, "Müller^Jürgen");
        assertThat(item.characterSet().terms()).containsExactly("ISO_IR 192");
        assertThat(((Value.Bytes) item.get(Tag.PatientName).orElseThrow().value()).data()).hasSize(16);
        assertThat(item.getString(Tag.PatientName)).contains("Müller^Jürgen");
    }

    @Test
    void decimalStringsFitSixteenCharacters() {
        assertThat(DecimalString.format(0.1)).isEqualTo("0.1");
        assertThat(DecimalString.format(-1024)).isEqualTo("-1024");
        assertThat(DecimalString.format(1.0 / 3).length()).isLessThanOrEqualTo(16);
        assertThat(Double.parseDouble(DecimalString.format(1.0 / 3))).isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-14));
    }

    @Test
    void copiesAreDeepAndEqual() {
        DataSet ds = new DataSet();
        DataSet item = new DataSet().setString(Tag.ReferencedSOPInstanceUID, VR.UI, "1.2");
        ds.setSequence(Tag.ReferencedSOPClassUID, List.of(item));
        DataSet copy = ds.copy();
        assertThat(copy).isEqualTo(ds);
        copy.getSequence(Tag.ReferencedSOPClassUID).get(0).setString(Tag.ReferencedSOPInstanceUID, VR.UI, "9.9");
        assertThat(copy).isNotEqualTo(ds);
    }
}
