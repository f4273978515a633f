package org.lumen.dicom.charset;

import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * Decoding and encoding with ISO 2022 code extensions (PS3.5 sections 6.1.2.4 and 6.1.2.5): escape
 * sequences designate code elements to G0 and G1; the designations return to the initial ones
 * (those of value 1 of Specific Character Set) at every delimiter of the value. Immutable.
 *
 * @param initialG0 the G0 element active at the start of a value and after each delimiter
 * @param initialG1 the G1 element active then, or null where value 1 designates none
 * @param elements  every element the character set declares, in the order of its terms
 */
record Iso2022Codec(CodeElement initialG0, CodeElement initialG1, List<CodeElement> elements) {
    private static final byte ESC = 0x1B;
    private static final CodeElement[] ALL = CodeElement.values();

    Iso2022Codec {
        java.util.Objects.requireNonNull(initialG0, "initialG0");
        elements = List.copyOf(elements);
    }

    /** Decodes {@code length} bytes; {@code delimiters} tells which characters reset the designations. */
    String decode(byte[] bytes, int offset, int length, Delimiters delimiters) {
        StringBuilder text = new StringBuilder(length);
        CodeElement g0 = initialG0;
        CodeElement g1 = initialG1;
        int end = offset + length;
        int i = offset;
        while (i < end) {
            int b = bytes[i] & 0xFF;
            if (b == ESC) {
                CodeElement designated = escapeAt(bytes, i, end);
                if (designated == null) {
                    text.append((char) b);
                    i++;
                } else {
                    if (designated.isG1()) {
                        g1 = designated;
                    } else {
                        g0 = designated;
                    }
                    i += designated.escapeLength();
                }
            } else if (b < 0x21 || b == 0x7F) {
                text.append((char) b);
                if (delimiters.resetsAt(b)) {
                    g0 = initialG0;
                    g1 = initialG1;
                }
                i++;
            } else if (b < 0x80) {
                if (g0.isMultiByte()) {
                    if (i + 1 < end && (bytes[i + 1] & 0xFF) >= 0x21 && (bytes[i + 1] & 0xFF) < 0x7F) {
                        text.append(g0.decode(b << 8 | (bytes[i + 1] & 0xFF)));
                        i += 2;
                    } else {
                        text.append('\uFFFD');
                        i++;
                    }
                } else {
                    text.append((char) b);
                    if (delimiters.resetsAt(b)) {
                        g0 = initialG0;
                        g1 = initialG1;
                    }
                    i++;
                }
            } else if (g1 == null) {
                text.append(CodeElement.ISO_8859_1.decode(b));
                i++;
            } else if (g1.isMultiByte()) {
                if (i + 1 < end && (bytes[i + 1] & 0xFF) >= 0xA1 && b >= 0xA1) {
                    text.append(g1.decode(b << 8 | (bytes[i + 1] & 0xFF)));
                    i += 2;
                } else {
                    text.append('\uFFFD');
                    i++;
                }
            } else {
                text.append(g1.decode(b));
                i++;
            }
        }
        return text.toString();
    }

    private static CodeElement escapeAt(byte[] bytes, int offset, int end) {
        for (CodeElement element : ALL) {
            if (element.isEscapeAt(bytes, offset, end)) {
                return element;
            }
        }
        // ESC $ @ designates the 1978 edition of JIS X 0208; read it as the current one
        if (end - offset >= 3 && bytes[offset + 1] == '$' && bytes[offset + 2] == '@') {
            return CodeElement.JIS_X0208;
        }
        return null;
    }

    /**
     * Encodes text, designating elements with escape sequences where the initial ones cannot
     * encode a character and returning G0 to its initial element before each delimiter and at the
     * end. A character no declared element can encode is written as '?'.
     */
    byte[] encode(String text, Delimiters delimiters) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() * 2);
        CodeElement g0 = initialG0;
        CodeElement g1 = initialG1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                out.write(c);
                continue;
            }
            if (c < 0x80 && (c < 0x21 || c == 0x7F || delimiters.resetsAt(c))) {
                if (g0 != initialG0) {
                    out.writeBytes(initialG0.escape());
                }
                out.write(c);
                if (delimiters.resetsAt(c)) {
                    g1 = initialG1;
                }
                g0 = initialG0;
                continue;
            }
            if (c < 0x80) {
                if (g0.isMultiByte()) {
                    g0 = initialG0.isMultiByte() ? CodeElement.ASCII : initialG0;
                    out.writeBytes(g0.escape());
                }
                out.write(c);
                continue;
            }
            CodeElement element = chooseFor(c, g0, g1);
            if (element == null) {
                out.write('?');
                continue;
            }
            if (element.isG1() && element != g1) {
                out.writeBytes(element.escape());
                g1 = element;
            } else if (!element.isG1() && element != g0) {
                out.writeBytes(element.escape());
                g0 = element;
            }
            int code = element.encode(c);
            if (element.isMultiByte()) {
                out.write(code >> 8);
            }
            out.write(code & 0xFF);
        }
        if (g0 != initialG0) {
            out.writeBytes(initialG0.escape());
        }
        return out.toByteArray();
    }

    private CodeElement chooseFor(char c, CodeElement g0, CodeElement g1) {
        if (g1 != null && g1.encode(c) >= 0) {
            return g1;
        }
        if (g0.isMultiByte() && g0.encode(c) >= 0) {
            return g0;
        }
        for (CodeElement element : elements) {
            if ((element.isG1() || element.isMultiByte()) && element.encode(c) >= 0) {
                return element;
            }
        }
        return null;
    }
}
