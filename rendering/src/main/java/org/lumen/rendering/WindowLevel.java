package org.lumen.rendering;

/**
 * The linear VOI LUT function of PS3.3 C.11.2.1.2.1, mapping modality values to grey 0..255.
 *
 * <pre>
 *   x &lt;= c - 0.5 - (w - 1) / 2            -&gt; 0
 *   x &gt;  c - 0.5 + (w - 1) / 2            -&gt; 255
 *   otherwise  ((x - (c - 0.5)) / (w - 1) + 0.5) * 255
 * </pre>
 * and the result rounded to the nearest integer (halves up).
 *
 * @param center Window Center
 * @param width  Window Width, at least 1
 */
public record WindowLevel(double center, double width) {
    /** Width must be at least 1 and both finite. */
    public WindowLevel {
        if (!Double.isFinite(center) || !Double.isFinite(width) || width < 1) {
            throw new IllegalArgumentException("window width must be >= 1 and finite: center " + center + ", width " + width);
        }
    }

    /** The continuous output 0..255 for a modality value. */
    public double apply(double x) {
        double lower = center - 0.5 - (width - 1) / 2;
        double upper = center - 0.5 + (width - 1) / 2;
        if (x <= lower) {
            return 0;
        }
        if (x > upper) {
            return 255;
        }
        return ((x - (center - 0.5)) / (width - 1) + 0.5) * 255;
    }

    /** The grey level 0..255 for a modality value, optionally inverted (MONOCHROME1: {@code 255 - grey}). */
    public int grey(double x, boolean invert) {
        int g = (int) Math.floor(apply(x) + 0.5);
        return invert ? 255 - g : g;
    }
}
