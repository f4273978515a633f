package org.lumen.dicom.charset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.lumen.dicom.VR;

class SpecificCharacterSetTest {
    private static byte[] latin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void singleByteSets() {
        assertEquals("Äneas", SpecificCharacterSet.of("ISO_IR 100").decode(latin1("\u00c4neas"), VR.PN));
        assertEquals("Łódź", SpecificCharacterSet.of("ISO_IR 101").decode(new byte[] {(byte) 0xA3, (byte) 0xF3, 'd', (byte) 0xBC}, VR.LO));
        assertEquals("€", SpecificCharacterSet.of("ISO_IR 203").decode(new byte[] {(byte) 0xA4}, VR.LO));
        assertEquals("ก", SpecificCharacterSet.of("ISO_IR 166").decode(new byte[] {(byte) 0xA1}, VR.LO));
        assertEquals("ｱ", SpecificCharacterSet.of("ISO_IR 13").decode(new byte[] {(byte) 0xB1}, VR.LO));
        assertEquals("Ğ", SpecificCharacterSet.of("ISO_IR 148").decode(new byte[] {(byte) 0xD0}, VR.LO));
        assertEquals("Ħ", SpecificCharacterSet.of("ISO_IR 109").decode(new byte[] {(byte) 0xA1}, VR.LO));
        assertEquals("Ā", SpecificCharacterSet.of("ISO_IR 110").decode(new byte[] {(byte) 0xC0}, VR.LO));
        assertEquals("é", SpecificCharacterSet.DEFAULT.decode(new byte[] {(byte) 0xE9}, VR.LO));
    }

    @Test
    void standaloneSets() {
        assertEquals("王", SpecificCharacterSet.of("ISO_IR 192").decode("王".getBytes(StandardCharsets.UTF_8), VR.PN));
        byte[] gbk = "王\\小东".getBytes(java.nio.charset.Charset.forName("GBK"));
        assertEquals("王\\小东", SpecificCharacterSet.of("GBK").decode(gbk, VR.LO));
        assertArrayEquals(gbk, SpecificCharacterSet.of("GBK").encode("王\\小东", VR.LO));
        assertArrayEquals("小东".getBytes(java.nio.charset.Charset.forName("GB18030")),
                SpecificCharacterSet.of("GB18030").encode("小东", VR.PN));
    }

    @Test
    void iso2022SwitchesG1AndResetsAtDelimiters() {
        SpecificCharacterSet set = SpecificCharacterSet.of("ISO 2022 IR 100\\ISO 2022 IR 144");
        // Latin-1 initially; Cyrillic after ESC - L until the backslash resets G1
        byte[] bytes = {'a', (byte) 0xE9, 0x1B, '-', 'L', (byte) 0xB0, '\\', (byte) 0xE9};
        assertEquals("aéА\\é", set.decode(bytes, VR.LO));
        assertArrayEquals(bytes, set.encode("aéА\\é", VR.LO));
        // in text VRs the backslash is an ordinary character; a line feed resets
        assertEquals("aéА\\щ\né", set.decode(new byte[] {'a', (byte) 0xE9, 0x1B, '-', 'L', (byte) 0xB0, '\\', (byte) 0xE9, '\n', (byte) 0xE9}, VR.ST));
    }

    @Test
    void greekAndHebrewWithCodeExtensions() {
        SpecificCharacterSet set = SpecificCharacterSet.of("ISO 2022 IR 6\\ISO 2022 IR 126\\ISO 2022 IR 138");
        String text = "Δ^ש=x";
        byte[] encoded = set.encode(text, VR.PN);
        assertEquals(text, set.decode(encoded, VR.PN));
        assertEquals(0x1B, encoded[0]);
    }

    @Test
    void japaneseJisX0212AndKoreanAndChinese() {
        SpecificCharacterSet japanese = SpecificCharacterSet.of("\\ISO 2022 IR 87\\ISO 2022 IR 159");
        String text = "丂^山田"; // 丂 is only in JIS X 0212
        byte[] encoded = japanese.encode(text, VR.PN);
        assertEquals(text, japanese.decode(encoded, VR.PN));
        assertTrue(new String(encoded, StandardCharsets.ISO_8859_1).contains("\u001b$(D"));
        SpecificCharacterSet korean = SpecificCharacterSet.of("\\ISO 2022 IR 149");
        assertEquals("Hong^Gildong=洪^吉洞=홍^길동",
                korean.decode(korean.encode("Hong^Gildong=洪^吉洞=홍^길동", VR.PN), VR.PN));
        SpecificCharacterSet chinese = SpecificCharacterSet.of("\\ISO 2022 IR 58");
        byte[] wang = chinese.encode("Wang^XiaoDong=王^小东", VR.PN);
        assertArrayEquals(latin1("Wang^XiaoDong=\u001b$)A\u00cd\u00f5^\u001b$)A\u00d0\u00a1\u00b6\u00ab"), wang);
        assertEquals("Wang^XiaoDong=王^小东", chinese.decode(wang, VR.PN));
    }

    @Test
    void unencodableCharactersBecomeQuestionMarks() {
        SpecificCharacterSet latin = SpecificCharacterSet.of("ISO_IR 100");
        assertFalse(latin.canEncode("山", VR.LO));
        assertTrue(latin.canEncode("é", VR.LO));
        assertArrayEquals(latin1("?"), latin.encode("山", VR.LO));
    }

    @Test
    void nonTextVrsIgnoreTheCharacterSet() {
        SpecificCharacterSet set = SpecificCharacterSet.of("ISO_IR 192");
        assertEquals("1.2.3", set.decode(latin1("1.2.3"), VR.UI));
        assertEquals("ISO_IR 192", set.toString());
        assertEquals(SpecificCharacterSet.DEFAULT, SpecificCharacterSet.of(" "));
        assertTrue(set.isSupported());
        assertFalse(SpecificCharacterSet.of("ISO_IR 999").isSupported());
    }

    @Test
    void truncatedAndUnknownEscapesDoNotThrow() {
        SpecificCharacterSet set = SpecificCharacterSet.of("\\ISO 2022 IR 87");
        assertEquals("\uFFFD", set.decode(new byte[] {0x1B, '$', 'B', 0x30}, VR.LO));
        assertEquals("\u001b%Gx", set.decode(new byte[] {0x1B, '%', 'G', 'x'}, VR.LO));
        assertEquals("\u001b", set.decode(new byte[] {0x1B}, VR.LO));
    }
}
