package org.lumen.dicom;

import java.math.BigDecimal;
import java.math.MathContext;

/** Formatting of decimal strings (VR DS, at most 16 characters, PS3.5 table 6.2-1). */
public final class DecimalString {
    private DecimalString() {}

    /** The shortest text of at most 16 characters that represents {@code value} as closely as DS allows. */
    public static String format(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("DS cannot hold " + value);
        }
        String plain = Double.toString(value);
        if (plain.endsWith(".0")) {
            plain = plain.substring(0, plain.length() - 2);
        }
        if (plain.length() <= 16 && !plain.contains("E")) {
            return plain;
        }
        for (int digits = 16; digits > 0; digits--) {
            String candidate = new BigDecimal(value).round(new MathContext(digits)).stripTrailingZeros().toString();
            if (candidate.length() <= 16) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("DS cannot hold " + value);
    }
}
