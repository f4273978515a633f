package org.lumen.dicom.lut;

import java.util.Objects;

/**
 * The greyscale pipeline of PS3.4 N.2 for an 8-bit display: stored value, Modality LUT, VOI LUT onto
 * [0, 255], Presentation LUT, rounded half up to a byte. {@link #byteTable} is the fast path a renderer
 * uses: the same results precomputed for every stored value of a small range. Immutable, thread-safe.
 *
 * @param modality     the Modality LUT
 * @param voi          the VOI LUT
 * @param presentation the Presentation LUT (INVERSE for MONOCHROME1 by default, see
 *                     {@link PresentationLut#defaultFor})
 */
public record GreyscalePipeline(ModalityLut modality, VoiLut voi, PresentationLut presentation) {
    /** The most stored values a byte table may cover (2^20): larger ranges are computed per pixel. */
    public static final long MAX_TABLE_SIZE = 1L << 20;

    public GreyscalePipeline {
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(voi, "voi");
        Objects.requireNonNull(presentation, "presentation");
    }

    /** The display byte (0..255) for a stored value, computed by the formulas. */
    public int toByte(long stored) {
        double value = voi.apply(modality.apply(stored), 0, 255);
        double p = presentation.apply(value, 255);
        long rounded = (long) Math.floor(p + 0.5);
        return (int) Math.max(0, Math.min(255, rounded));
    }

    /**
     * The display bytes of every stored value from {@code minStored} to {@code maxStored}: entry
     * {@code v - minStored} is {@link #toByte}(v).
     *
     * @throws IllegalArgumentException when the range is empty or larger than {@link #MAX_TABLE_SIZE}
     */
    public byte[] byteTable(long minStored, long maxStored) {
        long size = maxStored - minStored + 1;
        if (maxStored < minStored || size > MAX_TABLE_SIZE) {
            throw new IllegalArgumentException("stored range " + minStored + ".." + maxStored + " is not a table of at most "
                    + MAX_TABLE_SIZE + " entries");
        }
        byte[] table = new byte[(int) size];
        if (modality instanceof ModalityLut.Rescale rescale && voi instanceof WindowTransform window
                && window.function() == VoiFunction.LINEAR && presentation instanceof PresentationLut.Shape shape) {
            fillLinear(table, minStored, rescale, window, shape);
        } else {
            for (int i = 0; i < table.length; i++) {
                table[i] = (byte) toByte(minStored + i);
            }
        }
        return table;
    }

    /**
     * The common case (rescale, LINEAR window, IDENTITY or INVERSE) without per-entry branching on the
     * pipeline's types: the stored values at which the output leaves yMin and reaches yMax are found,
     * values outside are filled, and only values in between are computed.
     */
    private void fillLinear(byte[] table, long minStored, ModalityLut.Rescale rescale, WindowTransform window,
            PresentationLut.Shape shape) {
        byte low = (byte) toByteOf(0, shape);
        byte high = (byte) toByteOf(255, shape);
        for (int i = 0; i < table.length; i++) {
            double x = rescale.slope() * (minStored + i) + rescale.intercept();
            double c = window.center() - 0.5;
            double halfWidth = (window.width() - 1) / 2;
            if (x <= c - halfWidth) {
                table[i] = low;
            } else if (x > c + halfWidth) {
                table[i] = high;
            } else {
                table[i] = (byte) toByteOf(((x - c) / (window.width() - 1) + 0.5) * 255, shape);
            }
        }
    }

    private static int toByteOf(double voiOutput, PresentationLut.Shape shape) {
        long rounded = (long) Math.floor(shape.apply(voiOutput, 255) + 0.5);
        return (int) Math.max(0, Math.min(255, rounded));
    }
}
