package org.lumen.rendering.volume;

/**
 * How a volume's 16-bit stored values become modality values (PS3.3 C.11.1.1.2):
 * {@code modality = slope * stored + intercept}, where {@code stored} is the short read as signed or
 * unsigned according to Pixel Representation.
 *
 * @param slope     Rescale Slope (1 when absent); not zero
 * @param intercept Rescale Intercept (0 when absent)
 * @param signed    Pixel Representation 1: stored values are two's complement
 */
public record PixelValues(double slope, double intercept, boolean signed) {
    /** Identity rescale of unsigned values. */
    public static final PixelValues UNSIGNED = new PixelValues(1, 0, false);
    /** Identity rescale of signed values. */
    public static final PixelValues SIGNED = new PixelValues(1, 0, true);

    /** Slope and intercept must be finite, slope non-zero. */
    public PixelValues {
        if (!Double.isFinite(slope) || slope == 0 || !Double.isFinite(intercept)) {
            throw new IllegalArgumentException("bad rescale: slope " + slope + ", intercept " + intercept);
        }
    }

    /** The stored value a raw short holds (sign-extended or not). */
    public int stored(short raw) {
        return signed ? raw : raw & 0xFFFF;
    }

    /** The modality value of a (possibly interpolated) stored value. */
    public double modality(double stored) {
        return slope * stored + intercept;
    }

    /** The smallest stored value: what slices that are not loaded read as. */
    public int minStored() {
        return signed ? Short.MIN_VALUE : 0;
    }

    /** The raw short for {@link #minStored()}. */
    public short paddingRaw() {
        return signed ? Short.MIN_VALUE : 0;
    }
}
