package org.lumen.dicom.sr;

import java.util.List;
import java.util.Objects;

/**
 * One measurement on one image (a TID 1410 measurement group): a tracking identifier (the label a
 * reader sees, e.g. "Length 1") and a unique tracking UID, the region drawn on the image, and the
 * values measured in it.
 */
public record Measurement(String trackingUid, String label, ImageRef image, GraphicType graphicType,
                          List<ImagePoint> points, List<NumericValue> values) {
    public Measurement {
        Objects.requireNonNull(trackingUid, "trackingUid");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(graphicType, "graphicType");
        label = Objects.requireNonNullElse(label, "");
        points = List.copyOf(points);
        values = List.copyOf(values);
        if (!graphicType.accepts(points.size())) {
            throw new IllegalArgumentException(graphicType + " cannot have " + points.size() + " points");
        }
    }
}
