package org.lumen.viewer.measure;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a measurement reads on an image: lengths in the calibration's unit (mm, or pixels with the
 * caveat), angles in degrees in physical space (so anisotropic pixels do not bend them), region
 * statistics in modality units, and the text a view shows beside the drawing.
 */
public final class MeasurementResult {
    private MeasurementResult() {}

    /** The physical distance between two image points, in the calibration's unit. */
    public static double length(ImagePoint a, ImagePoint b, Calibration calibration) {
        double dx = (b.x() - a.x()) * calibration.columnSpacingMm();
        double dy = (b.y() - a.y()) * calibration.rowSpacingMm();
        return Math.hypot(dx, dy);
    }

    /** The angle at {@code vertex}, 0 to 180 degrees, in physical space; NaN when a ray has no length. */
    public static double angleDegrees(ImagePoint first, ImagePoint vertex, ImagePoint second, Calibration calibration) {
        double ax = (first.x() - vertex.x()) * calibration.columnSpacingMm();
        double ay = (first.y() - vertex.y()) * calibration.rowSpacingMm();
        double bx = (second.x() - vertex.x()) * calibration.columnSpacingMm();
        double by = (second.y() - vertex.y()) * calibration.rowSpacingMm();
        if ((ax == 0 && ay == 0) || (bx == 0 && by == 0)) {
            return Double.NaN;
        }
        return Math.toDegrees(Math.atan2(Math.abs(ax * by - ay * bx), ax * bx + ay * by));
    }

    /** The value under a point, when the point lies on the image. */
    public static Optional<Double> probe(ImagePoint at, ModalityPixels pixels) {
        int i = (int) Math.floor(at.x());
        int j = (int) Math.floor(at.y());
        return pixels.inside(i, j) ? Optional.of(pixels.value(i, j)) : Optional.empty();
    }

    /** The lines of text a view shows for a measurement. */
    public static List<String> describe(Measurement m, ModalityPixels pixels, Calibration calibration) {
        String unit = pixels.unit().isEmpty() ? "" : " " + pixels.unit();
        return switch (m) {
            case Measurement.Length l -> List.of(calibration.formatLength(length(l.start(), l.end(), calibration)));
            case Measurement.Angle a -> {
                double degrees = angleDegrees(a.first(), a.vertex(), a.second(), calibration);
                yield List.of(Double.isNaN(degrees) ? "\u2014\u00B0" : String.format(Locale.ROOT, "%.1f\u00B0", degrees));
            }
            case Measurement.Roi r -> {
                RoiStatistics s = RoiStatistics.of(r, pixels, calibration);
                if (s.count() == 0) {
                    yield List.of("no pixels", "area " + calibration.formatArea(s.area()));
                }
                yield List.of(String.format(Locale.ROOT, "mean %.1f  SD %.1f%s", s.mean(), s.sd(), unit),
                        String.format(Locale.ROOT, "min %.0f  max %.0f%s", s.min(), s.max(), unit),
                        "area " + calibration.formatArea(s.area()));
            }
            case Measurement.Probe p -> List.of(probe(p.at(), pixels)
                    .map(v -> String.format(Locale.ROOT, "%.1f%s", v, unit)).orElse("outside the image"));
        };
    }

    /** The lines of text for an image without modality values (colour): geometry only. */
    public static List<String> describeGeometry(Measurement m, Calibration calibration) {
        return switch (m) {
            case Measurement.Roi r -> {
                double w = (r.maxX() - r.minX()) * calibration.columnSpacingMm();
                double h = (r.maxY() - r.minY()) * calibration.rowSpacingMm();
                double area = r.shape() == Measurement.Roi.Shape.RECTANGLE ? w * h : Math.PI * w * h / 4;
                yield List.of("area " + calibration.formatArea(area), "(colour image: no modality values)");
            }
            case Measurement.Probe p -> List.of("(colour image: no modality values)");
            default -> describe(m, new ModalityPixels(1, 1, new double[1], ""), calibration);
        };
    }
}
