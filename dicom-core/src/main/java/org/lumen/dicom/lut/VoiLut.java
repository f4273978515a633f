package org.lumen.dicom.lut;

import java.util.Objects;

/**
 * The VOI LUT of PS3.3 C.11.2: modality values to an output range, by a window
 * ({@link WindowTransform}) or by a VOI LUT Sequence table. Immutable.
 */
public sealed interface VoiLut permits WindowTransform, VoiLut.Table {

    /** The output, in [yMin, yMax], for modality value {@code x}. */
    double apply(double x, double yMin, double yMax);

    /**
     * A VOI LUT Sequence item: the modality value (rounded to the nearest integer) is looked up, inputs
     * outside the table clamped to its first or last entry, and the entry, out of 2^bits - 1, is scaled
     * linearly onto [yMin, yMax].
     */
    record Table(LookupTable table) implements VoiLut {
        public Table {
            Objects.requireNonNull(table, "table");
        }

        @Override
        public double apply(double x, double yMin, double yMax) {
            return yMin + (double) table.lookup(Math.round(x)) / table.maxOutput() * (yMax - yMin);
        }
    }
}
