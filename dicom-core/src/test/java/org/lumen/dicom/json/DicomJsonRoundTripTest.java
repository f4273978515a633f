package org.lumen.dicom.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lumen.dicom.DataSet;
import org.lumen.dicom.DicomElement;
import org.lumen.dicom.Tag;
import org.lumen.dicom.VR;
import org.lumen.dicom.Value;

/** DataSet -> DICOM JSON -> DataSet keeps every decoded value, for every VR. */
class DicomJsonRoundTripTest {

    static DataSet everyVr() {
        DataSet ds = new DataSet();
        ds.setString(Tag.SpecificCharacterSet, VR.CS, "ISO_IR 192");
        ds.setString(0x00080054, VR.AE, "STORESCP");
        ds.setString(0x00101010, VR.AS, "051Y");
        ds.setInt(0x00209165, VR.AT, 0x00100010, 0x7FE00010);
        ds.setString(Tag.ImageType, VR.CS, "ORIGINAL", "PRIMARY", "", "AXIAL");
        ds.setString(0x00080020, VR.DA, "20240131");
        ds.setString(0x00280030, VR.DS, "0.5", "+1.25", ".5", "1e3", "-0.0");
        ds.setString(0x0008002A, VR.DT, "20240131120000.123456+0100");
        ds.setDouble(0x00186028, VR.FD, 1.0 / 3, -2.5e-300);
        ds.setDouble(0x00089459, VR.FL, 0.1, Float.NaN);
        ds.setString(0x00200013, VR.IS, "151", "+7", "-3");
        ds.setString(0x00081030, VR.LO, "Thorax ÄÖÜ", "second");
        ds.setString(0x00104000, VR.LT, "line one\r\nline two \\ with backslash");
        ds.setBytes(0x00420011, VR.OB, new byte[] {1, 2, 3, 4, (byte) 0xFF, 0});
        ds.put(0x00640009, VR.OF, Value.Bytes.of(floats(1.5f, -2f)));
        ds.put(0x00700261, VR.OD, Value.Bytes.of(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putDouble(Math.PI).array()));
        ds.put(0x00660040, VR.OL, Value.Bytes.of(new byte[] {1, 0, 0, 0, 2, 0, 0, 0}));
        ds.put(0x00720075, VR.OV, Value.Bytes.of(new byte[] {1, 0, 0, 0, 0, 0, 0, (byte) 0x80}));
        // OW in big endian: written little endian, read back little endian
        ds.put(0x00281201, VR.OW, new Value.Bytes(new byte[] {0x12, 0x34, 0x56, 0x78}, ByteOrder.BIG_ENDIAN));
        ds.setString(Tag.PatientName, VR.PN, "Yamada^Tarou=山田^太郎=やまだ^たろう", "Doe^John");
        ds.setString(0x00081010, VR.SH, "CT01");
        ds.setInt(0x00251007, VR.SL, -714, Integer.MAX_VALUE);
        ds.setInt(0x00280106, VR.SS, -32768, 11776);
        ds.setString(0x0018A003, VR.ST, "Cleaned \\ kept");
        ds.put(0x00720082, VR.SV, Value.Bytes.of(longs(-5, Long.MIN_VALUE)));
        ds.setString(0x00080030, VR.TM, "130727.5");
        ds.setString(0x00080119, VR.UC, "unlimited characters");
        ds.setString(Tag.SOPInstanceUID, VR.UI, "1.2.3.4.5");
        ds.setInt(0x00209057, VR.UL, -1);
        ds.put(0x00291010, VR.UN, Value.Bytes.of(new byte[] {9, 8, 7, 6}));
        ds.setString(0x00081190, VR.UR, "http://example.org/wado/studies/1.2.3");
        ds.setInt(Tag.Rows, VR.US, 512, 65535);
        ds.setString(0x00400280, VR.UT, "unlimited text");
        ds.put(0x00720083, VR.UV, Value.Bytes.of(longs(7, -1)));
        ds.put(0x00081040, VR.LO, Value.Bytes.EMPTY);
        DataSet code = new DataSet();
        code.setString(0x00080100, VR.SH, "113100");
        code.setString(0x00080104, VR.LO, "Basic Application Confidentiality Profile");
        DataSet nestedHolder = new DataSet();
        nestedHolder.setSequence(0x0040A170, List.of(code.copy()));
        ds.setSequence(0x00120064, List.of(code, new DataSet(), nestedHolder));
        ds.setSequence(0x00081140, List.of());
        return ds;
    }

    private static byte[] floats(float... values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : values) {
            b.putFloat(v);
        }
        return b.array();
    }

    private static byte[] longs(long... values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (long v : values) {
            b.putLong(v);
        }
        return b.array();
    }

    static String json(DataSet ds, JsonOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DicomJsonWriter.write(ds, out, options);
        return out.toString(StandardCharsets.UTF_8);
    }

    static DataSet read(String json) throws IOException {
        return DicomJsonReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void everyVrSurvivesARoundTrip() throws IOException {
        DataSet original = everyVr();
        String json = json(original, JsonOptions.DEFAULT);
        DataSet back = read(json);
        assertSameValues(original, back);
        // and the second round trip is exact at the JSON level
        assertEquals(json, json(back, JsonOptions.DEFAULT));
    }

    @Test
    void writerFollowsTheModel() throws IOException {
        String json = json(everyVr(), JsonOptions.DEFAULT);
        assertTrue(json.contains("\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"Yamada^Tarou\",\"Ideographic\":\"山田^太郎\",\"Phonetic\":\"やまだ^たろう\"},{\"Alphabetic\":\"Doe^John\"}]}"), json);
        assertTrue(json.contains("\"00280030\":{\"vr\":\"DS\",\"Value\":[0.5,\"+1.25\",\".5\",1e3,-0.0]}"), json);
        assertTrue(json.contains("\"00200013\":{\"vr\":\"IS\",\"Value\":[151,\"+7\",-3]}"), json);
        assertTrue(json.contains("\"00209165\":{\"vr\":\"AT\",\"Value\":[\"00100010\",\"7FE00010\"]}"), json);
        assertTrue(json.contains("\"00080008\":{\"vr\":\"CS\",\"Value\":[\"ORIGINAL\",\"PRIMARY\",null,\"AXIAL\"]}"), json);
        assertTrue(json.contains("\"00281201\":{\"vr\":\"OW\",\"InlineBinary\":\"NBJ4Vg==\"}"), json);
        assertTrue(json.contains("\"00209057\":{\"vr\":\"UL\",\"Value\":[4294967295]}"), json);
        assertTrue(json.contains("\"00720083\":{\"vr\":\"UV\",\"Value\":[7,\"18446744073709551615\"]}"), json);
        assertTrue(json.contains("\"00081040\":{\"vr\":\"LO\"}"), json);
        assertTrue(json.contains("\"00081140\":{\"vr\":\"SQ\"}"), json);
        assertTrue(json.contains("\"00089459\":{\"vr\":\"FL\",\"Value\":[0.1,\"NaN\"]}"), json);
    }

    @Test
    void textThatTheDeclaredCharacterSetCannotHoldIsReadAsUtf8() throws IOException {
        DataSet ds = read("{\"00080005\":{\"vr\":\"CS\",\"Value\":[\"ISO_IR 100\"]},"
                + "\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"Wang^XiaoDong\",\"Ideographic\":\"王^小东\"}]}}");
        assertEquals(List.of("ISO_IR 192"), ds.getStrings(Tag.SpecificCharacterSet));
        assertEquals("Wang^XiaoDong=王^小东", ds.getString(Tag.PatientName).orElseThrow());
        DataSet latin = read("{\"00080005\":{\"vr\":\"CS\",\"Value\":[\"ISO_IR 100\"]},\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"Jérôme\"}]}}");
        assertEquals(List.of("ISO_IR 100"), latin.getStrings(Tag.SpecificCharacterSet));
        assertArrayEquals("Jérôme".getBytes(StandardCharsets.ISO_8859_1), latin.getBytes(Tag.PatientName).orElseThrow());
        DataSet undeclared = read("{\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"Jérôme\"}]}}");
        assertEquals(List.of("ISO_IR 192"), undeclared.getStrings(Tag.SpecificCharacterSet));
        assertEquals("Jérôme", undeclared.getString(Tag.PatientName).orElseThrow());
    }

    @Test
    void iso2022TextKeepsItsCharacterSet() throws IOException {
        DataSet ds = read("{\"00080005\":{\"vr\":\"CS\",\"Value\":[null,\"ISO 2022 IR 87\"]},"
                + "\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"Yamada^Tarou\",\"Ideographic\":\"山田^太郎\"}]}}");
        assertEquals("Yamada^Tarou=\u001b$B;3ED\u001b(B^\u001b$BB@O:\u001b(B",
                new String(ds.getBytes(Tag.PatientName).orElseThrow(), StandardCharsets.ISO_8859_1));
        assertEquals("Yamada^Tarou=山田^太郎", ds.getString(Tag.PatientName).orElseThrow());
    }

    @Test
    void pixelDataIsLeftOutWhenAsked() throws IOException {
        DataSet ds = everyVr();
        ds.setBytes(Tag.PixelData, VR.OW, new byte[] {1, 2, 3, 4});
        DataSet icon = new DataSet();
        icon.setBytes(Tag.PixelData, VR.OB, new byte[] {5, 6});
        ds.setSequence(0x00880200, List.of(icon));
        String json = json(ds, JsonOptions.FOR_PRINTING);
        assertFalse(json.contains("\"7FE00010\" : {"), json);
        assertTrue(json.contains("\"00209165\" : {"), json);
        assertTrue(json.contains("00880200"));
        assertTrue(json.contains("\n"));
        assertTrue(json(ds, JsonOptions.DEFAULT).contains("\"7FE00010\":{\"vr\":\"OW\",\"InlineBinary\":\"AQIDBA==\"}"));
    }

    @Test
    void encapsulatedPixelDataIsWrittenAsItsItems() throws IOException {
        DataSet ds = new DataSet();
        ds.put(Tag.PixelData, VR.OB, new Value.Fragments(List.of(Value.Bytes.EMPTY, Value.Bytes.of(new byte[] {1, 2}))));
        DataSet back = read(json(ds, JsonOptions.DEFAULT));
        assertArrayEquals(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, (byte) 0xE0, 0, 0, 0, 0,
                (byte) 0xFE, (byte) 0xFF, 0, (byte) 0xE0, 2, 0, 0, 0, 1, 2,
                (byte) 0xFE, (byte) 0xFF, (byte) 0xDD, (byte) 0xE0, 0, 0, 0, 0}, back.getBytes(Tag.PixelData).orElseThrow());
    }

    @Test
    void bulkDataUrisAreKeptAndWrittenBack() throws IOException {
        String json = "{\"00081140\":{\"vr\":\"SQ\",\"Value\":[{\"00420011\":{\"vr\":\"OB\",\"BulkDataURI\":\"http://x/bulk/1\"}}]},"
                + "\"7FE00010\":{\"vr\":\"OW\",\"BulkDataURI\":\"http://x/bulk/2\"}}";
        JsonDataSet read = DicomJsonReader.readWithBulkData(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertEquals("http://x/bulk/2", read.bulkDataUris().get(ElementPath.of(Tag.PixelData)));
        assertEquals("http://x/bulk/1", read.bulkDataUris().get(ElementPath.of(0x00081140).child(0, 0x00420011)));
        assertEquals(VR.OW, read.dataSet().get(Tag.PixelData).orElseThrow().vr());
        StringWriter out = new StringWriter();
        DicomJsonWriter.write(read, out, JsonOptions.DEFAULT);
        assertEquals(json, out.toString());
    }

    @Test
    void arraysAreReadWholeOrStreamed() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataSet a = new DataSet().setString(Tag.SOPInstanceUID, VR.UI, "1.2.3");
        DataSet b = new DataSet().setString(Tag.SOPInstanceUID, VR.UI, "1.2.4");
        DicomJsonWriter.writeArray(List.of(a, b), out, JsonOptions.DEFAULT);
        List<DataSet> all = DicomJsonReader.readArray(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(List.of(a, b), all);
        List<String> uids = new ArrayList<>();
        DicomJsonReader.readArray(new ByteArrayInputStream(out.toByteArray()),
                each -> uids.add(each.dataSet().getString(Tag.SOPInstanceUID, "")));
        assertEquals(List.of("1.2.3", "1.2.4"), uids);
        assertEquals(List.of(), DicomJsonReader.readArray(new ByteArrayInputStream("[]".getBytes(StandardCharsets.UTF_8))));
    }

    /** Same attributes, VRs and decoded values (binary values compared as little-endian bytes). */
    static void assertSameValues(DataSet expected, DataSet actual) throws IOException {
        assertEquals(expected.elements().stream().map(e -> Tag.toHex(e.tag()) + " " + e.vr()).toList(),
                actual.elements().stream().map(e -> Tag.toHex(e.tag()) + " " + e.vr()).toList());
        for (DicomElement element : expected) {
            int tag = element.tag();
            String where = Tag.toString(tag);
            if (element.value() instanceof Value.Sequence sequence) {
                List<DataSet> items = actual.getSequence(tag);
                assertEquals(sequence.items().size(), items.size(), where);
                for (int i = 0; i < items.size(); i++) {
                    assertSameValues(sequence.items().get(i), items.get(i));
                }
            } else if (element.vr().isString() || element.vr() == VR.AT || element.vr().bytesPerValue() > 1
                    && element.vr() != VR.OW && element.vr() != VR.OL && element.vr() != VR.OV && element.vr() != VR.OF && element.vr() != VR.OD) {
                assertEquals(expected.getStrings(tag), actual.getStrings(tag), where);
            } else if (element.value() instanceof Value.Bytes bytes) {
                assertArrayEquals(littleEndian(bytes, element.vr()), actual.getBytes(tag).orElseThrow(), where);
            }
        }
    }

    private static byte[] littleEndian(Value.Bytes bytes, VR vr) {
        byte[] data = bytes.data().clone();
        int width = vr.bytesPerValue();
        if (bytes.order() == ByteOrder.BIG_ENDIAN) {
            for (int i = 0; i + width <= data.length; i += width) {
                for (int j = 0; j < width / 2; j++) {
                    byte t = data[i + j];
                    data[i + j] = data[i + width - 1 - j];
                    data[i + width - 1 - j] = t;
                }
            }
        }
        return data;
    }
}
