package org.lumen.viewer.measure;

/**
 * A point in image pixel coordinates (pixel {@code (i, j)} spans {@code [i, i+1) x [j, j+1)}).
 *
 * @param x towards the image's right (along a row)
 * @param y towards the image's bottom (down a column)
 */
public record ImagePoint(double x, double y) {
    /** Both coordinates must be finite. */
    public ImagePoint {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("image point must be finite: " + x + ", " + y);
        }
    }

    /** The centre of pixel {@code (column, row)}. */
    public static ImagePoint pixelCenter(int column, int row) {
        return new ImagePoint(column + 0.5, row + 0.5);
    }
}
