package org.lumen.dicom.sr;

import java.util.Objects;

/**
 * A measured value: what was measured ({@link Concepts#LENGTH}, ...), the number and its UCUM unit.
 * Written as a Decimal String, so it comes back with at most 16 characters of precision.
 */
public record NumericValue(Code concept, double value, Code unit) {
    public NumericValue {
        Objects.requireNonNull(concept, "concept");
        Objects.requireNonNull(unit, "unit");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a measured value must be finite: " + concept.meaning() + " " + value);
        }
    }
}
