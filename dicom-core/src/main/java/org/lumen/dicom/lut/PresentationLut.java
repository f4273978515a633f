package org.lumen.dicom.lut;

import java.util.Objects;

/**
 * The Presentation LUT of PS3.3 C.11.4 and C.11.6: VOI output to P-values. Its input range is
 * [0, maxInput]; IDENTITY passes values through, INVERSE mirrors them (maxInput - v), a table maps
 * input scaled onto its entries. MONOCHROME1 images are displayed with INVERSE by default
 * ({@link #defaultFor}). Immutable.
 */
public sealed interface PresentationLut permits PresentationLut.Shape, PresentationLut.Table {

    /** The P-value for a value in [0, maxInput], scaled to [0, maxInput]. */
    double apply(double value, double maxInput);

    /** Presentation LUT Shape (2050,0020). */
    enum Shape implements PresentationLut {
        IDENTITY,
        INVERSE;

        @Override
        public double apply(double value, double maxInput) {
            return this == IDENTITY ? value : maxInput - value;
        }
    }

    /**
     * A Presentation LUT Sequence item: the input range [0, maxInput] is spread linearly over the
     * table's entries (C.11.6.1: first mapped value 0, number of entries covering the input range), and
     * the entry, out of 2^bits - 1, is scaled back to [0, maxInput].
     */
    record Table(LookupTable table) implements PresentationLut {
        public Table {
            Objects.requireNonNull(table, "table");
        }

        @Override
        public double apply(double value, double maxInput) {
            double position = maxInput <= 0 ? 0 : value / maxInput * (table.size() - 1);
            return (double) table.lookup(table.firstMapped() + Math.round(position)) * maxInput / table.maxOutput();
        }
    }

    /** INVERSE for MONOCHROME1 (minimum stored value is white), IDENTITY otherwise. */
    static PresentationLut defaultFor(String photometricInterpretation) {
        return "MONOCHROME1".equals(photometricInterpretation.trim()) ? Shape.INVERSE : Shape.IDENTITY;
    }

    /** MONOCHROME1 to MONOCHROME2 for stored values in [min, max]: min + max - value. */
    static long invertMonochrome1(long value, long min, long max) {
        return min + max - value;
    }
}
