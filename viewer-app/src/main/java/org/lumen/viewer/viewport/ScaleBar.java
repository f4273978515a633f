package org.lumen.viewer.viewport;

/**
 * A scale bar of a round length (1, 2 or 5 times a power of ten).
 *
 * @param length the length it stands for, in the calibration's unit
 * @param pixels its length on screen
 */
public record ScaleBar(double length, double pixels) {
    /** The longest round bar that fits in {@code maxPixels} at {@code unitsPerPixel}. */
    public static ScaleBar fitting(double unitsPerPixel, double maxPixels) {
        if (!(unitsPerPixel > 0) || !(maxPixels > 0)) {
            throw new IllegalArgumentException("scale bar needs positive sizes: " + unitsPerPixel + ", " + maxPixels);
        }
        double limit = unitsPerPixel * maxPixels;
        double decade = Math.pow(10, Math.floor(Math.log10(limit)));
        double length = decade;
        for (double step : new double[] {5, 2, 1}) {
            if (step * decade <= limit) {
                length = step * decade;
                break;
            }
        }
        return new ScaleBar(length, length / unitsPerPixel);
    }
}
