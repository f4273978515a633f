package org.lumen.dicom.charset;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.lumen.dicom.VR;

/**
 * The character repertoire named by Specific Character Set (0008,0005), PS3.3 C.12.1.1.2 and PS3.5
 * section 6.1: decodes and encodes the text of the VRs it applies to (SH, LO, ST, LT, UT, PN, UC).
 * An immutable value; {@link #DEFAULT} is the default repertoire (ISO-IR 6, read leniently as
 * ISO 8859-1 so that undeclared Latin-1 text still reads).
 */
public final class SpecificCharacterSet {
    public static final SpecificCharacterSet DEFAULT = new SpecificCharacterSet(List.of());

    private final List<String> terms;
    private final Charset single;

    private SpecificCharacterSet(List<String> terms) {
        this.terms = List.copyOf(terms);
        this.single = terms.isEmpty() ? StandardCharsets.ISO_8859_1 : charsetFor(terms.get(0));
    }

    /** From the value of (0008,0005): its terms separated by backslashes, the first possibly empty. */
    public static SpecificCharacterSet of(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT;
        }
        return of(Arrays.stream(value.split("\\\\", -1)).map(String::trim).toList());
    }

    public static SpecificCharacterSet of(List<String> terms) {
        Objects.requireNonNull(terms, "terms");
        if (terms.isEmpty() || terms.size() == 1 && terms.get(0).isEmpty()) {
            return DEFAULT;
        }
        return new SpecificCharacterSet(terms);
    }

    /** The defined terms, as given. */
    public List<String> terms() {
        return terms;
    }

    /** Decodes the bytes of one value field of a text VR (values still joined by backslashes). */
    public String decode(byte[] bytes, int offset, int length, VR vr) {
        if (!vr.usesSpecificCharacterSet()) {
            return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
        }
        return new String(bytes, offset, length, single);
    }

    public String decode(byte[] bytes, VR vr) {
        return decode(bytes, 0, bytes.length, vr);
    }

    /** Encodes text of the given VR. */
    public byte[] encode(String text, VR vr) {
        if (!vr.usesSpecificCharacterSet()) {
            return text.getBytes(StandardCharsets.ISO_8859_1);
        }
        return text.getBytes(single);
    }

    private static Charset charsetFor(String term) {
        return switch (term.toUpperCase(Locale.ROOT)) {
            case "", "ISO_IR 6", "ISO 2022 IR 6" -> StandardCharsets.ISO_8859_1;
            case "ISO_IR 100", "ISO 2022 IR 100" -> StandardCharsets.ISO_8859_1;
            case "ISO_IR 101", "ISO 2022 IR 101" -> Charset.forName("ISO-8859-2");
            case "ISO_IR 109", "ISO 2022 IR 109" -> Charset.forName("ISO-8859-3");
            case "ISO_IR 110", "ISO 2022 IR 110" -> Charset.forName("ISO-8859-4");
            case "ISO_IR 144", "ISO 2022 IR 144" -> Charset.forName("ISO-8859-5");
            case "ISO_IR 127", "ISO 2022 IR 127" -> Charset.forName("ISO-8859-6");
            case "ISO_IR 126", "ISO 2022 IR 126" -> Charset.forName("ISO-8859-7");
            case "ISO_IR 138", "ISO 2022 IR 138" -> Charset.forName("ISO-8859-8");
            case "ISO_IR 148", "ISO 2022 IR 148" -> Charset.forName("ISO-8859-9");
            case "ISO_IR 203", "ISO 2022 IR 203" -> Charset.forName("ISO-8859-15");
            case "ISO_IR 166", "ISO 2022 IR 166" -> Charset.forName("TIS-620");
            case "ISO_IR 13", "ISO 2022 IR 13" -> Charset.forName("JIS_X0201");
            case "ISO_IR 192" -> StandardCharsets.UTF_8;
            case "GB18030" -> Charset.forName("GB18030");
            case "GBK" -> Charset.forName("GBK");
            default -> StandardCharsets.ISO_8859_1;
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SpecificCharacterSet other && terms.equals(other.terms);
    }

    @Override
    public int hashCode() {
        return terms.hashCode();
    }

    @Override
    public String toString() {
        return terms.isEmpty() ? "ISO_IR 6" : String.join("\\", terms);
    }
}
