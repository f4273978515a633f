package org.lumen.dicom.charset;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.lumen.dicom.VR;

/**
 * The character repertoire named by Specific Character Set (0008,0005), PS3.3 C.12.1.1.2 and PS3.5
 * section 6.1: decodes and encodes the text of the VRs it applies to (SH, LO, ST, LT, UT, PN, UC).
 *
 * <p>Supported: the single-byte sets ISO_IR 100, 101, 109, 110, 144, 127, 126, 138, 148, 203, 166
 * and 13; ISO_IR 192 (UTF-8), GB18030 and GBK; and ISO 2022 with code extensions (ISO 2022 IR 6,
 * 100, 101, 109, 110, 144, 127, 126, 138, 148, 203, 166, 13, 87, 159, 149, 58), where escape
 * sequences designate elements to G0 and G1 and the designations return to those of value 1 at
 * CR, LF, FF, TAB, at the backslash between values and, in PN, at '^' and '='. Encoding writes the
 * escape sequences a round trip needs. JIS X 0201 Romaji bytes are read as ASCII (0x5C as the
 * backslash), as the DICOM examples and pydicom do. Unknown terms are ignored (a value 1 that is
 * unknown reads as the default repertoire).
 *
 * <p>An immutable value; {@link #DEFAULT} is the default repertoire (ISO-IR 6, with bytes above
 * 0x7F read leniently as ISO 8859-1 so that undeclared Latin-1 text still reads).
 */
public final class SpecificCharacterSet {
    public static final SpecificCharacterSet DEFAULT = new SpecificCharacterSet(List.of());

    private final List<String> terms;
    private final Optional<Charset> standalone;
    private final Iso2022Codec codec;

    private SpecificCharacterSet(List<String> terms) {
        this.terms = List.copyOf(terms);
        DefinedTerm first = terms.isEmpty() ? DefinedTerm.DEFAULT
                : DefinedTerm.of(terms.get(0)).orElse(DefinedTerm.DEFAULT);
        if (terms.size() == 1 && terms.get(0).isBlank()) {
            first = DefinedTerm.DEFAULT;
        }
        this.standalone = first.standalone();
        List<CodeElement> elements = new ArrayList<>();
        for (String term : terms) {
            DefinedTerm.of(term).ifPresent(t -> {
                elements.add(t.g0());
                t.g1().ifPresent(elements::add);
            });
        }
        CodeElement initialG1 = first.g1().orElse(null);
        if (terms.size() <= 1 && initialG1 == null) {
            // a lone default repertoire reads bytes above 0x7F leniently as ISO 8859-1
            initialG1 = CodeElement.ISO_8859_1;
        }
        this.codec = new Iso2022Codec(first.g0(), initialG1, elements);
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
        if (terms.isEmpty() || terms.size() == 1 && terms.get(0).isBlank()) {
            return DEFAULT;
        }
        return new SpecificCharacterSet(terms.stream().map(String::trim).toList());
    }

    /** The defined terms, as given (trimmed). */
    public List<String> terms() {
        return terms;
    }

    /** True when every term is one this class knows. */
    public boolean isSupported() {
        return terms.stream().allMatch(term -> DefinedTerm.of(term).isPresent());
    }

    /** Decodes the bytes of one value field of a text VR (values still joined by backslashes). */
    public String decode(byte[] bytes, int offset, int length, VR vr) {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        if (!vr.usesSpecificCharacterSet()) {
            return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
        }
        if (standalone.isPresent()) {
            return new String(bytes, offset, length, standalone.get());
        }
        return codec.decode(bytes, offset, length, Delimiters.of(vr));
    }

    public String decode(byte[] bytes, VR vr) {
        return decode(bytes, 0, bytes.length, vr);
    }

    /**
     * Encodes text of the given VR, with the escape sequences ISO 2022 needs. A character the
     * repertoire cannot hold is written as '?' (see {@link #canEncode(String, VR)}).
     */
    public byte[] encode(String text, VR vr) {
        if (!vr.usesSpecificCharacterSet()) {
            return text.getBytes(StandardCharsets.ISO_8859_1);
        }
        if (standalone.isPresent()) {
            return text.getBytes(standalone.get());
        }
        return codec.encode(text, Delimiters.of(vr));
    }

    /** True when {@link #encode(String, VR)} writes every character of {@code text} faithfully. */
    public boolean canEncode(String text, VR vr) {
        if (!vr.usesSpecificCharacterSet()) {
            return StandardCharsets.ISO_8859_1.newEncoder().canEncode(text);
        }
        if (standalone.isPresent()) {
            return standalone.get().newEncoder().canEncode(text);
        }
        return decode(encode(text, vr), vr).equals(text);
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
