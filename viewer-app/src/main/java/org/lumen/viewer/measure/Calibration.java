package org.lumen.viewer.measure;

import java.util.Locale;

import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;

/**
 * How long an image pixel is, and how much that can be trusted.
 *
 * @param rowSpacingMm    distance between the centres of adjacent rows, mm (1 for {@link Kind#PIXELS})
 * @param columnSpacingMm distance between the centres of adjacent columns, mm (1 for {@link Kind#PIXELS})
 * @param kind            where the spacing came from
 */
public record Calibration(double rowSpacingMm, double columnSpacingMm, Kind kind) {
    /** Pixel Spacing Calibration Type (0028,0A02). */
    static final int PIXEL_SPACING_CALIBRATION_TYPE = 0x00280A02;
    /** Estimated Radiographic Magnification Factor (0018,1114). */
    static final int ESTIMATED_MAGNIFICATION = 0x00181114;

    /** The source of the spacing. */
    public enum Kind {
        /** Pixel Spacing in the patient: millimetres. */
        CALIBRATED,
        /** Imager Pixel Spacing at the detector, corrected by the estimated magnification if any. */
        ESTIMATED,
        /** No spacing: lengths are in pixels. */
        PIXELS
    }

    /** Spacings must be positive and finite. */
    public Calibration {
        if (!(rowSpacingMm > 0) || !(columnSpacingMm > 0) || !Double.isFinite(rowSpacingMm) || !Double.isFinite(columnSpacingMm)) {
            throw new IllegalArgumentException("pixel spacing must be positive: " + rowSpacingMm + " x " + columnSpacingMm);
        }
        java.util.Objects.requireNonNull(kind, "kind");
    }

    /** No spacing known: one unit per pixel. */
    public static final Calibration NONE = new Calibration(1, 1, Kind.PIXELS);

    /**
     * The calibration of an image: Pixel Spacing (0028,0030) when present (estimated when it merely
     * repeats the Imager Pixel Spacing without a Pixel Spacing Calibration Type, as projection
     * radiographs do); else Imager Pixel Spacing (0018,1164) divided by the Estimated Radiographic
     * Magnification Factor, estimated; else none.
     */
    public static Calibration of(DataSet ds) {
        double[] pixel = ds.getDoubles(Tag.PixelSpacing);
        double[] imager = ds.getDoubles(Tag.ImagerPixelSpacing);
        if (usable(pixel)) {
            boolean repeatsImager = usable(imager) && imager[0] == pixel[0] && imager[1] == pixel[1];
            boolean calibrated = !repeatsImager || ds.contains(PIXEL_SPACING_CALIBRATION_TYPE);
            return new Calibration(pixel[0], pixel[1], calibrated ? Kind.CALIBRATED : Kind.ESTIMATED);
        }
        if (usable(imager)) {
            double magnification = ds.getDouble(ESTIMATED_MAGNIFICATION, 1);
            double m = magnification > 0 && Double.isFinite(magnification) ? magnification : 1;
            return new Calibration(imager[0] / m, imager[1] / m, Kind.ESTIMATED);
        }
        return NONE;
    }

    private static boolean usable(double[] spacing) {
        return spacing.length == 2 && spacing[0] > 0 && spacing[1] > 0 && Double.isFinite(spacing[0]) && Double.isFinite(spacing[1]);
    }

    /** The length unit of measurements: "mm" or "px". */
    public String lengthUnit() {
        return kind == Kind.PIXELS ? "px" : "mm";
    }

    /** A length with its unit and, when it is not plainly calibrated, the caveat. */
    public String formatLength(double value) {
        return String.format(Locale.ROOT, "%.1f %s", value, lengthUnit()) + caveat();
    }

    /** An area with its unit and caveat. */
    public String formatArea(double value) {
        return String.format(Locale.ROOT, "%.1f %s\u00B2", value, lengthUnit()) + caveat();
    }

    /** " (estimated)", " (no pixel spacing)" or "". */
    public String caveat() {
        return switch (kind) {
            case CALIBRATED -> "";
            case ESTIMATED -> " (estimated)";
            case PIXELS -> " (no pixel spacing)";
        };
    }
}
