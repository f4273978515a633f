package org.lumen.dicom.sr;

/**
 * A point of a spatial coordinate on an image, in the SCOORD convention (PS3.3 C.18.6.1.1): column
 * then row, with 0.0\0.0 the top-left corner of the top-left pixel (its centre is 0.5\0.5).
 * Single precision, as Graphic Data (FL) holds it.
 */
public record ImagePoint(float column, float row) {
    public ImagePoint {
        if (!Float.isFinite(column) || !Float.isFinite(row)) {
            throw new IllegalArgumentException("a point must be finite: " + column + ", " + row);
        }
    }
}
