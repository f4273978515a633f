package org.lumen.dicom.charset;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;

/**
 * The code elements of ISO 2022 that DICOM uses (PS3.3 tables C.12-3 and C.12-4): which graphic
 * set (G0 or G1) each is designated to, its escape sequence and how its bytes map to characters.
 * Mapping tables are built lazily from the JDK's charsets, once per element, and are immutable
 * afterwards (published through a volatile field; building twice concurrently is harmless).
 */
enum CodeElement {
    ASCII(false, 1, "ESC ( B", null),
    /** JIS X 0201 Romaji (ISO-IR 14): read as ASCII, as pydicom and the DICOM examples treat it. */
    JIS_X0201_ROMAN(false, 1, "ESC ( J", null),
    JIS_X0201_KATAKANA(true, 1, "ESC ) I", null),
    ISO_8859_1(true, 1, "ESC - A", "ISO-8859-1"),
    ISO_8859_2(true, 1, "ESC - B", "ISO-8859-2"),
    ISO_8859_3(true, 1, "ESC - C", "ISO-8859-3"),
    ISO_8859_4(true, 1, "ESC - D", "ISO-8859-4"),
    ISO_8859_5(true, 1, "ESC - L", "ISO-8859-5"),
    ISO_8859_6(true, 1, "ESC - G", "ISO-8859-6"),
    ISO_8859_7(true, 1, "ESC - F", "ISO-8859-7"),
    ISO_8859_8(true, 1, "ESC - H", "ISO-8859-8"),
    ISO_8859_9(true, 1, "ESC - M", "ISO-8859-9"),
    ISO_8859_15(true, 1, "ESC - b", "ISO-8859-15"),
    TIS_620(true, 1, "ESC - T", "TIS-620"),
    JIS_X0208(false, 2, "ESC $ B", "EUC-JP"),
    JIS_X0212(false, 2, "ESC $ ( D", "EUC-JP"),
    KS_X1001(true, 2, "ESC $ ) C", "EUC-KR"),
    GB2312(true, 2, "ESC $ ) A", "GB2312");

    private static final int SIZE_94x94 = 94 * 94;

    private final boolean g1;
    private final int bytesPerChar;
    private final byte[] escape;
    private final String charsetName;
    private volatile char[] decodeTable;
    private volatile int[] encodeTable;

    CodeElement(boolean g1, int bytesPerChar, String escape, String charsetName) {
        this.g1 = g1;
        this.bytesPerChar = bytesPerChar;
        String[] parts = escape.split(" ");
        this.escape = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) {
            this.escape[i] = parts[i].equals("ESC") ? (byte) 0x1B : (byte) parts[i].charAt(0);
        }
        this.charsetName = charsetName;
    }

    /** True when designated to G1 (the bytes 0xA0-0xFF), false for G0 (0x20-0x7F). */
    boolean isG1() {
        return g1;
    }

    boolean isMultiByte() {
        return bytesPerChar == 2;
    }

    /** The escape sequence that designates this element. */
    byte[] escape() {
        return escape.clone();
    }

    int escapeLength() {
        return escape.length;
    }

    /** True when {@code bytes[offset..]} starts with this element's escape sequence. */
    boolean isEscapeAt(byte[] bytes, int offset, int end) {
        if (end - offset < escape.length) {
            return false;
        }
        for (int i = 0; i < escape.length; i++) {
            if (bytes[offset + i] != escape[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The character for one code: a byte (0x00-0xFF) for single-byte elements, or two bytes
     * {@code b1 << 8 | b2} with either high bit set or not. U+FFFD where the element has none.
     */
    char decode(int code) {
        if (this == ASCII || this == JIS_X0201_ROMAN) {
            return code < 0x80 ? (char) code : '\uFFFD';
        }
        if (this == JIS_X0201_KATAKANA) {
            int b = code | 0x80;
            return b >= 0xA1 && b <= 0xDF ? (char) (0xFF61 + b - 0xA1) : '\uFFFD';
        }
        char[] table = table();
        if (bytesPerChar == 1) {
            return code >= 0x80 && code <= 0xFF ? table[code - 0x80] : (char) code;
        }
        int b1 = (code >> 8 & 0x7F) - 0x21;
        int b2 = (code & 0x7F) - 0x21;
        return b1 < 0 || b1 >= 94 || b2 < 0 || b2 >= 94 ? '\uFFFD' : table[b1 * 94 + b2];
    }

    /**
     * The code for a character as written in this element's graphic set (G0 codes below 0x80,
     * G1 codes with the high bit set), or -1 where the element cannot encode it.
     */
    int encode(char c) {
        if (this == ASCII || this == JIS_X0201_ROMAN) {
            return c < 0x80 ? c : -1;
        }
        if (this == JIS_X0201_KATAKANA) {
            return c >= 0xFF61 && c <= 0xFF9F ? 0xA1 + c - 0xFF61 : -1;
        }
        int[] table = encodeTable;
        if (table == null) {
            table = buildEncodeTable();
            encodeTable = table;
        }
        return table[c];
    }

    private int[] buildEncodeTable() {
        int[] table = new int[0x10000];
        java.util.Arrays.fill(table, -1);
        char[] decoded = table();
        for (int i = decoded.length - 1; i >= 0; i--) {
            char c = decoded[i];
            if (c != '\uFFFD') {
                int code = bytesPerChar == 1 ? 0x80 + i : (0x21 + i / 94) << 8 | (0x21 + i % 94);
                table[c] = g1 ? code | (bytesPerChar == 1 ? 0 : 0x8080) : code;
            }
        }
        return table;
    }

    private char[] table() {
        char[] table = decodeTable;
        if (table == null) {
            table = buildDecodeTable();
            decodeTable = table;
        }
        return table;
    }

    private char[] buildDecodeTable() {
        CharsetDecoder decoder = Charset.forName(charsetName).newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        if (bytesPerChar == 1) {
            char[] table = new char[128];
            for (int b = 0x80; b <= 0xFF; b++) {
                table[b - 0x80] = decodeOne(decoder, new byte[] {(byte) b});
            }
            return table;
        }
        char[] table = new char[SIZE_94x94];
        for (int i = 0; i < SIZE_94x94; i++) {
            byte b1 = (byte) (0xA1 + i / 94);
            byte b2 = (byte) (0xA1 + i % 94);
            table[i] = decodeOne(decoder, this == JIS_X0212 ? new byte[] {(byte) 0x8F, b1, b2} : new byte[] {b1, b2});
        }
        return table;
    }

    private static char decodeOne(CharsetDecoder decoder, byte[] bytes) {
        try {
            CharBuffer chars = decoder.reset().decode(ByteBuffer.wrap(bytes));
            return chars.length() == 1 ? chars.get(0) : '\uFFFD';
        } catch (CharacterCodingException e) {
            return '\uFFFD';
        }
    }
}
