package org.lumen.rendering.geometry;

/**
 * The geometry of one DICOM image in patient coordinates (PS3.3 C.7.6.2.1.1): where its first pixel's
 * centre lies, which way its rows and columns run and how far apart its pixels are.
 *
 * <p>Pixel {@code (column i, row j)} has its centre at
 * {@code position + rowDirection * columnSpacing * i + columnDirection * rowSpacing * j}. Mind the
 * DICOM naming: Pixel Spacing's first value is the distance between <em>rows</em> ({@code rowSpacing},
 * measured along the column direction), its second the distance between <em>columns</em>.
 *
 * @param position        Image Position (Patient): centre of the first transmitted pixel, mm
 * @param rowDirection    first three values of Image Orientation (Patient): direction along a row (increasing column)
 * @param columnDirection last three values of Image Orientation (Patient): direction down a column (increasing row)
 * @param rowSpacing      Pixel Spacing[0]: distance between adjacent rows, mm
 * @param columnSpacing   Pixel Spacing[1]: distance between adjacent columns, mm
 */
public record ImagePlane(Vec3 position, Vec3 rowDirection, Vec3 columnDirection, double rowSpacing, double columnSpacing) {
    /** How far from unit length and from perpendicular the direction cosines may be (DICOM stores them as text). */
    public static final double COSINE_TOLERANCE = 1e-3;

    /** Validates and normalizes the direction cosines; spacings must be positive. */
    public ImagePlane {
        if (!(rowSpacing > 0) || !(columnSpacing > 0) || !Double.isFinite(rowSpacing) || !Double.isFinite(columnSpacing)) {
            throw new IllegalArgumentException("pixel spacing must be positive: " + rowSpacing + "\\" + columnSpacing);
        }
        if (Math.abs(rowDirection.length() - 1) > COSINE_TOLERANCE || Math.abs(columnDirection.length() - 1) > COSINE_TOLERANCE) {
            throw new IllegalArgumentException("direction cosines are not unit vectors: " + rowDirection + ", " + columnDirection);
        }
        if (Math.abs(rowDirection.dot(columnDirection)) > COSINE_TOLERANCE) {
            throw new IllegalArgumentException("row and column directions are not perpendicular: " + rowDirection + ", " + columnDirection);
        }
        rowDirection = rowDirection.normalized();
        columnDirection = columnDirection.normalized();
    }

    /**
     * From the attribute values as stored: Image Position (Patient) (3 values), Image Orientation
     * (Patient) (6 values) and Pixel Spacing (2 values, row spacing first).
     */
    public static ImagePlane fromDicom(double[] imagePosition, double[] imageOrientation, double[] pixelSpacing) {
        if (imagePosition.length != 3 || imageOrientation.length != 6 || pixelSpacing.length != 2) {
            throw new IllegalArgumentException("need 3 position, 6 orientation and 2 spacing values, have "
                    + imagePosition.length + ", " + imageOrientation.length + ", " + pixelSpacing.length);
        }
        return new ImagePlane(Vec3.of(imagePosition, 0), Vec3.of(imageOrientation, 0), Vec3.of(imageOrientation, 3),
                pixelSpacing[0], pixelSpacing[1]);
    }

    /** The unit normal {@code rowDirection x columnDirection}: the direction in which slices of a stack advance. */
    public Vec3 normal() {
        return rowDirection.cross(columnDirection).normalized();
    }

    /** The patient position of the (possibly fractional) pixel centre at {@code column}, {@code row}. */
    public Vec3 toPatient(double column, double row) {
        return position.plusScaled(rowDirection, column * columnSpacing).plusScaled(columnDirection, row * rowSpacing);
    }

    /** Where a patient point falls on this plane: fractional column, row, and its signed distance along the normal. */
    public PlanePoint toPixel(Vec3 patient) {
        Vec3 d = patient.minus(position);
        return new PlanePoint(d.dot(rowDirection) / columnSpacing, d.dot(columnDirection) / rowSpacing, d.dot(normal()));
    }

    /** The signed distance of this image's position along its own normal: the key slices are sorted by. */
    public double distanceAlongNormal(Vec3 normal) {
        return position.dot(normal);
    }

    /**
     * A patient point expressed in a plane's pixel grid.
     *
     * @param column   fractional column index (0 = centre of the first column)
     * @param row      fractional row index
     * @param offsetMm signed distance from the plane along its normal, mm
     */
    public record PlanePoint(double column, double row, double offsetMm) {}
}
