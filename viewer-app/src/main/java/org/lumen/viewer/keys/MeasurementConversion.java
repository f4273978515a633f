package org.lumen.viewer.keys;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.lumen.dicom.UID;
import org.lumen.dicom.sr.Code;
import org.lumen.dicom.sr.Concepts;
import org.lumen.dicom.sr.GraphicType;
import org.lumen.dicom.sr.ImageRef;
import org.lumen.dicom.sr.NumericValue;
import org.lumen.viewer.measure.Calibration;
import org.lumen.viewer.measure.ImagePoint;
import org.lumen.viewer.measure.Measurement;
import org.lumen.viewer.measure.MeasurementResult;
import org.lumen.viewer.measure.ModalityPixels;
import org.lumen.viewer.measure.RoiStatistics;

/**
 * Between the workstation's measurements and the report's (ADR 0014). Image coordinates are the same
 * convention (pixel i spans [i, i+1)). A length is a two-point POLYLINE, an angle a three-point one,
 * a rectangle a closed five-point POLYLINE, an ellipse its axis ends, a probe a POINT; the values are
 * computed with the image's calibration and modality pixels, in mm (pixels when uncalibrated), degrees,
 * and HU for CT (no units otherwise).
 */
public final class MeasurementConversion {
    private MeasurementConversion() {}

    public static org.lumen.dicom.sr.Measurement toReport(Measurement m, String label, ImageRef image,
                                                        Optional<ModalityPixels> pixels, Calibration calibration) {
        boolean mm = calibration.kind() != Calibration.Kind.PIXELS;
        List<NumericValue> values = new ArrayList<>();
        GraphicType type;
        List<ImagePoint> points;
        switch (m) {
            case Measurement.Length l -> {
                type = GraphicType.POLYLINE;
                points = l.handles();
                values.add(new NumericValue(Concepts.LENGTH, MeasurementResult.length(l.start(), l.end(), calibration),
                        mm ? Concepts.MM : Concepts.PIXEL));
            }
            case Measurement.Angle a -> {
                type = GraphicType.POLYLINE;
                points = a.handles();
                values.add(new NumericValue(Concepts.ANGLE,
                        MeasurementResult.angleDegrees(a.first(), a.vertex(), a.second(), calibration), Concepts.DEGREE));
            }
            case Measurement.Roi r -> {
                type = r.shape() == Measurement.Roi.Shape.ELLIPSE ? GraphicType.ELLIPSE : GraphicType.POLYLINE;
                points = outline(r);
                pixels.ifPresent(p -> {
                    RoiStatistics s = RoiStatistics.of(r, p, calibration);
                    Code unit = unit(p);
                    values.add(new NumericValue(Concepts.AREA, s.area(), mm ? Concepts.MM2 : Concepts.PIXEL2));
                    if (s.count() > 0) {
                        values.add(new NumericValue(Concepts.MEAN, s.mean(), unit));
                        values.add(new NumericValue(Concepts.STANDARD_DEVIATION, s.sd(), unit));
                        values.add(new NumericValue(Concepts.MINIMUM, s.min(), unit));
                        values.add(new NumericValue(Concepts.MAXIMUM, s.max(), unit));
                    }
                });
            }
            case Measurement.Probe p -> {
                type = GraphicType.POINT;
                points = p.handles();
                pixels.flatMap(px -> MeasurementResult.probe(p.at(), px).map(v -> new NumericValue(Concepts.MEAN, v, unit(px))))
                        .ifPresent(values::add);
            }
        }
        return new org.lumen.dicom.sr.Measurement(UID.generate(), label, image, type,
                points.stream().map(pt -> new org.lumen.dicom.sr.ImagePoint((float) pt.x(), (float) pt.y())).toList(), values);
    }

    /**
     * The reader's measurements as a report's, labelled "Length 1", "Angle 1", "Region 1", "Point 1"...
     * in order; each image's modality values are decoded once, and only for regions and probes. Blocking.
     */
    public static List<org.lumen.dicom.sr.Measurement> toReport(List<UserMeasurement> measurements) throws java.io.IOException {
        java.util.Map<String, Optional<ModalityPixels>> decoded = new java.util.HashMap<>();
        java.util.Map<String, Integer> numbers = new java.util.HashMap<>();
        List<org.lumen.dicom.sr.Measurement> out = new ArrayList<>();
        for (UserMeasurement u : measurements) {
            Optional<ModalityPixels> pixels = Optional.empty();
            if (u.needsPixels()) {
                pixels = decoded.get(u.storeKey());
                if (pixels == null) {
                    pixels = u.pixels().load();
                    decoded.put(u.storeKey(), pixels);
                }
            }
            String kind = kind(u.measurement());
            int n = numbers.merge(kind, 1, Integer::sum);
            out.add(toReport(u.measurement(), kind + " " + n, u.image(), pixels, u.calibration()));
        }
        return out;
    }

    private static String kind(Measurement m) {
        return switch (m) {
            case Measurement.Length l -> "Length";
            case Measurement.Angle a -> "Angle";
            case Measurement.Roi r -> r.shape() == Measurement.Roi.Shape.ELLIPSE ? "Ellipse" : "Rectangle";
            case Measurement.Probe p -> "Point";
        };
    }

    private static Code unit(ModalityPixels pixels) {
        return "HU".equalsIgnoreCase(pixels.unit()) ? Concepts.HOUNSFIELD : Concepts.NO_UNITS;
    }

    private static List<ImagePoint> outline(Measurement.Roi r) {
        if (r.shape() == Measurement.Roi.Shape.ELLIPSE) {
            double cx = (r.minX() + r.maxX()) / 2;
            double cy = (r.minY() + r.maxY()) / 2;
            return List.of(new ImagePoint(r.minX(), cy), new ImagePoint(r.maxX(), cy),
                    new ImagePoint(cx, r.minY()), new ImagePoint(cx, r.maxY()));
        }
        ImagePoint a = new ImagePoint(r.minX(), r.minY());
        return List.of(a, new ImagePoint(r.maxX(), r.minY()), new ImagePoint(r.maxX(), r.maxY()),
                new ImagePoint(r.minX(), r.maxY()), a);
    }

    /**
     * The workstation's measurement for a report's, when it has one: an oblique ellipse or a free
     * polygon (from another system) has none, and is listed, not drawn.
     */
    public static Optional<Measurement> fromReport(org.lumen.dicom.sr.Measurement m) {
        List<ImagePoint> p = m.points().stream().map(pt -> new ImagePoint(pt.column(), pt.row())).toList();
        return switch (m.graphicType()) {
            case POINT -> Optional.of(new Measurement.Probe(p.get(0)));
            case POLYLINE -> switch (p.size()) {
                case 2 -> Optional.of(new Measurement.Length(p.get(0), p.get(1)));
                case 3 -> Optional.of(new Measurement.Angle(p.get(0), p.get(1), p.get(2)));
                case 5 -> rectangle(p);
                default -> Optional.empty();
            };
            case ELLIPSE -> p.get(0).y() == p.get(1).y() && p.get(2).x() == p.get(3).x()
                    || p.get(0).x() == p.get(1).x() && p.get(2).y() == p.get(3).y()
                    ? Optional.of(new Measurement.Roi(Measurement.Roi.Shape.ELLIPSE, corner(p, true), corner(p, false)))
                    : Optional.empty();
            default -> Optional.empty();
        };
    }

    private static ImagePoint corner(List<ImagePoint> p, boolean min) {
        double x = min ? Double.MAX_VALUE : -Double.MAX_VALUE;
        double y = x;
        for (ImagePoint q : p) {
            x = min ? Math.min(x, q.x()) : Math.max(x, q.x());
            y = min ? Math.min(y, q.y()) : Math.max(y, q.y());
        }
        return new ImagePoint(x, y);
    }

    private static Optional<Measurement> rectangle(List<ImagePoint> p) {
        boolean closed = p.get(0).equals(p.get(4));
        boolean axisAligned = p.get(0).y() == p.get(1).y() && p.get(1).x() == p.get(2).x()
                && p.get(2).y() == p.get(3).y() && p.get(3).x() == p.get(0).x();
        return closed && axisAligned
                ? Optional.of(new Measurement.Roi(Measurement.Roi.Shape.RECTANGLE, corner(p, true), corner(p, false)))
                : Optional.empty();
    }
}
