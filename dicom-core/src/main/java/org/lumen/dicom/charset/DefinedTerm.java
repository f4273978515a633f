package org.lumen.dicom.charset;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one defined term of Specific Character Set (0008,0005) stands for (PS3.3 tables C.12-2 to
 * C.12-5): the code elements it designates to G0 and G1, or, for the terms that allow no code
 * extensions (ISO_IR 192, GB18030, GBK), a charset of the JDK that decodes the whole value.
 *
 * @param g0         the element for G0 (ASCII, JIS X 0201 Romaji, JIS X 0208 or JIS X 0212)
 * @param g1         the element for G1, empty where the term designates none
 * @param standalone the JDK charset for a term that allows no code extensions
 */
record DefinedTerm(CodeElement g0, Optional<CodeElement> g1, Optional<Charset> standalone) {
    private static final Pattern ISO_IR = Pattern.compile("ISO[ _-]?(?:2022[ _-]?)?IR[ _-]?(\\d+)");

    /** The default repertoire: ASCII, with bytes above 0x7F read leniently as ISO 8859-1. */
    static final DefinedTerm DEFAULT = new DefinedTerm(CodeElement.ASCII, Optional.of(CodeElement.ISO_8859_1), Optional.empty());

    DefinedTerm {
        java.util.Objects.requireNonNull(g0, "g0");
        java.util.Objects.requireNonNull(g1, "g1");
        java.util.Objects.requireNonNull(standalone, "standalone");
    }

    /**
     * The meaning of a term, spelled as the standard does ("ISO_IR 100", "ISO 2022 IR 87") or with
     * the usual misspellings ("ISO-IR 100", "ISO IR 100", "ISO_IR100"); empty when unknown.
     */
    static Optional<DefinedTerm> of(String term) {
        String t = term.trim().toUpperCase(Locale.ROOT);
        switch (t) {
            case "", "ISO_IR 6", "ISO 2022 IR 6" -> {
                return Optional.of(new DefinedTerm(CodeElement.ASCII, Optional.empty(), Optional.empty()));
            }
            case "ISO_IR 192", "UTF-8", "UTF8" -> {
                return Optional.of(standalone(StandardCharsets.UTF_8));
            }
            case "GB18030" -> {
                return Optional.of(standalone(Charset.forName("GB18030")));
            }
            case "GBK", "ISO 2022 GBK" -> {
                return Optional.of(standalone(Charset.forName("GBK")));
            }
            default -> {
                // fall through to the numbered terms
            }
        }
        Matcher m = ISO_IR.matcher(t);
        if (!m.matches()) {
            return Optional.empty();
        }
        CodeElement g1 = switch (Integer.parseInt(m.group(1))) {
            case 6 -> null;
            case 13 -> CodeElement.JIS_X0201_KATAKANA;
            case 100 -> CodeElement.ISO_8859_1;
            case 101 -> CodeElement.ISO_8859_2;
            case 109 -> CodeElement.ISO_8859_3;
            case 110 -> CodeElement.ISO_8859_4;
            case 144 -> CodeElement.ISO_8859_5;
            case 127 -> CodeElement.ISO_8859_6;
            case 126 -> CodeElement.ISO_8859_7;
            case 138 -> CodeElement.ISO_8859_8;
            case 148 -> CodeElement.ISO_8859_9;
            case 203 -> CodeElement.ISO_8859_15;
            case 166 -> CodeElement.TIS_620;
            case 149 -> CodeElement.KS_X1001;
            case 58 -> CodeElement.GB2312;
            case 87 -> CodeElement.JIS_X0208;
            case 159 -> CodeElement.JIS_X0212;
            default -> CodeElement.ASCII;
        };
        if (g1 == CodeElement.ASCII) {
            return Optional.empty();
        }
        if (g1 == CodeElement.JIS_X0208 || g1 == CodeElement.JIS_X0212) {
            return Optional.of(new DefinedTerm(g1, Optional.empty(), Optional.empty()));
        }
        CodeElement g0 = g1 == CodeElement.JIS_X0201_KATAKANA ? CodeElement.JIS_X0201_ROMAN : CodeElement.ASCII;
        return Optional.of(new DefinedTerm(g0, Optional.ofNullable(g1), Optional.empty()));
    }

    private static DefinedTerm standalone(Charset charset) {
        return new DefinedTerm(CodeElement.ASCII, Optional.empty(), Optional.of(charset));
    }
}
