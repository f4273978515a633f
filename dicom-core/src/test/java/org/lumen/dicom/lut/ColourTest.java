package org.lumen.dicom.lut;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.junit.jupiter.api.Test;
import org.lumen.dicom.DataSet;
import org.lumen.dicom.DicomFormatException;
import org.lumen.dicom.Tag;
import org.lumen.dicom.VR;
import org.lumen.dicom.Value;

class ColourTest {

    @Test
    void ybrFullToRgbFollowsTheInverseOfTheStandardsEquations() {
        assertThat(YbrConversions.ybrFullToRgb(128, 128, 128)).isEqualTo(0x808080);
        assertThat(YbrConversions.ybrFullToRgb(255, 128, 128)).isEqualTo(0xFFFFFF);
        // R = 76 + 1.402 * 127 = 254.054; G = 0.1026; B = -0.196 -> clamped
        assertThat(YbrConversions.ybrFullToRgb(76, 85, 255)).isEqualTo(0xFE0000);
        // R = -9.356 -> 0; G = 130.92 -> 131; B = 227.58 -> 228
        assertThat(YbrConversions.ybrFullToRgb(100, 200, 50)).isEqualTo(0x0083E4);
        assertThat(YbrConversions.ybrFullToRgb(new byte[] {100, (byte) 200, 50})).containsExactly(0, 131, (byte) 228);
    }

    @Test
    void ybr422IsUpsampledByRepeatingTheChromaOfEachPair() {
        byte[] packed = {10, 20, 100, (byte) 200, 30, 40, 110, (byte) 210};
        assertThat(YbrConversions.upsample422(packed, 1, 4)).containsExactly(
                10, 100, (byte) 200, 20, 100, (byte) 200, 30, 110, (byte) 210, 40, 110, (byte) 210);
    }

    private static byte[] words(int... values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int v : values) {
            buffer.putShort((short) v);
        }
        return buffer.array();
    }

    @Test
    void paletteWithSixteenBitEntriesAndAFirstMappedValue() throws DicomFormatException {
        DataSet ds = new DataSet();
        ds.setInt(Tag.RedPaletteColorLookupTableDescriptor, VR.US, 3, 100, 16);
        ds.setInt(Tag.GreenPaletteColorLookupTableDescriptor, VR.US, 3, 100, 16);
        ds.setInt(Tag.BluePaletteColorLookupTableDescriptor, VR.US, 3, 100, 16);
        ds.put(Tag.RedPaletteColorLookupTableData, VR.OW, Value.Bytes.of(words(0x0000, 0x8000, 0xFFFF)));
        ds.put(Tag.GreenPaletteColorLookupTableData, VR.OW, Value.Bytes.of(words(0x1000, 0x2000, 0x3000)));
        ds.put(Tag.BluePaletteColorLookupTableData, VR.OW, Value.Bytes.of(words(0xFF00, 0x00FF, 0x0100)));
        PaletteColorLut palette = PaletteColorLut.from(ds);
        assertThat(palette.rgb(99)).isEqualTo(0x0010FF);
        assertThat(palette.rgb(101)).isEqualTo(0x802000);
        assertThat(palette.rgb(500)).isEqualTo(0xFF3001);
    }

    @Test
    void paletteWithEightBitEntriesInOwWordsAndSegmentedData() throws DicomFormatException {
        DataSet ds = new DataSet();
        ds.setInt(Tag.RedPaletteColorLookupTableDescriptor, VR.US, 4, 0, 8);
        ds.setInt(Tag.GreenPaletteColorLookupTableDescriptor, VR.US, 4, 0, 8);
        ds.setInt(Tag.BluePaletteColorLookupTableDescriptor, VR.US, 4, 0, 16);
        ds.put(Tag.RedPaletteColorLookupTableData, VR.OW, Value.Bytes.of(words(1, 2, 3, 4)));
        ds.put(Tag.GreenPaletteColorLookupTableData, VR.OW, Value.Bytes.of(new byte[] {10, 20, 30, 40}));
        ds.put(Tag.SegmentedBluePaletteColorLookupTableData, VR.OW, Value.Bytes.of(words(0, 1, 0, 1, 3, 0xFF00)));
        PaletteColorLut palette = PaletteColorLut.from(ds);
        assertThat(palette.red().entries()).containsExactly(1, 2, 3, 4);
        assertThat(palette.green().entries()).containsExactly(10, 20, 30, 40);
        assertThat(palette.blue().entries()).containsExactly(0, 0x5500, 0xAA00, 0xFF00);
        assertThat(palette.rgb(2)).isEqualTo(0x031EAA);
    }

    @Test
    void presentationShapesTablesAndMonochrome1() {
        assertThat(PresentationLut.Shape.IDENTITY.apply(30, 255)).isEqualTo(30.0);
        assertThat(PresentationLut.Shape.INVERSE.apply(30, 255)).isEqualTo(225.0);
        int[] reversed = new int[256];
        for (int i = 0; i < 256; i++) {
            reversed[i] = 255 - i;
        }
        PresentationLut table = new PresentationLut.Table(new LookupTable(0, 8, reversed));
        assertThat(table.apply(30, 255)).isEqualTo(225.0);
        assertThat(PresentationLut.defaultFor("MONOCHROME1")).isEqualTo(PresentationLut.Shape.INVERSE);
        assertThat(PresentationLut.defaultFor("MONOCHROME2")).isEqualTo(PresentationLut.Shape.IDENTITY);
        assertThat(PresentationLut.invertMonochrome1(0, 0, 4095)).isEqualTo(4095);
        assertThat(PresentationLut.invertMonochrome1(-100, -1024, 3071)).isEqualTo(2147);
    }
}
