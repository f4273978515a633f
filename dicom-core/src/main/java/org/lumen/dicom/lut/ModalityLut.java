package org.lumen.dicom.lut;

import java.util.Objects;

/**
 * The Modality LUT of PS3.3 C.11.1: stored values to modality values (Hounsfield units, say), either
 * linear (Rescale Slope and Intercept) or by a table (Modality LUT Sequence). Immutable.
 */
public sealed interface ModalityLut permits ModalityLut.Rescale, ModalityLut.Table {

    /** The modality value of a stored value. */
    double apply(long stored);

    /** The identity: slope 1, intercept 0. */
    ModalityLut IDENTITY = new Rescale(1, 0);

    /** output = slope * stored + intercept. */
    record Rescale(double slope, double intercept) implements ModalityLut {
        public Rescale {
            if (!Double.isFinite(slope) || !Double.isFinite(intercept)) {
                throw new IllegalArgumentException("rescale slope and intercept must be finite: " + slope + ", " + intercept);
            }
        }

        @Override
        public double apply(long stored) {
            return slope * stored + intercept;
        }
    }

    /** A Modality LUT Sequence item: stored values outside the table take its first or last entry. */
    record Table(LookupTable table) implements ModalityLut {
        public Table {
            Objects.requireNonNull(table, "table");
        }

        @Override
        public double apply(long stored) {
            return table.lookup(stored);
        }
    }
}
