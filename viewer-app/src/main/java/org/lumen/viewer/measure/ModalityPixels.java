package org.lumen.viewer.measure;

/**
 * The modality values of one image (after the Modality LUT: Hounsfield units for CT), row by row.
 *
 * @param width  columns
 * @param height rows
 * @param values {@code width * height} values (not copied: the caller hands over the array)
 * @param unit   the unit of the values, for example "HU", or "" when unknown
 */
public record ModalityPixels(int width, int height, double[] values, String unit) {
    /** Checks the array length. */
    public ModalityPixels {
        if (width < 1 || height < 1 || values.length != (long) width * height) {
            throw new IllegalArgumentException(values.length + " values for " + width + " x " + height);
        }
        java.util.Objects.requireNonNull(unit, "unit");
    }

    /** The value of pixel {@code (column, row)}. */
    public double value(int column, int row) {
        return values[row * width + column];
    }

    /** Whether {@code (column, row)} is a pixel of the image. */
    public boolean inside(int column, int row) {
        return column >= 0 && row >= 0 && column < width && row < height;
    }
}
