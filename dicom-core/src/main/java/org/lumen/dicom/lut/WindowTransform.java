package org.lumen.dicom.lut;

import java.util.Objects;

/**
 * A VOI window (Window Center and Width) with its VOI LUT Function, mapping modality values to an
 * output range [yMin, yMax] exactly by the formulas of PS3.3 C.11.2.1.2.1 (LINEAR), C.11.2.1.3.2
 * (LINEAR_EXACT) and C.11.2.1.3.1 (SIGMOID). Immutable.
 *
 * @param center   Window Center
 * @param width    Window Width: at least 1 for LINEAR, above 0 for the others
 * @param function the VOI LUT Function
 */
public record WindowTransform(double center, double width, VoiFunction function) implements VoiLut {

    public WindowTransform {
        Objects.requireNonNull(function, "function");
        if (!Double.isFinite(center) || !Double.isFinite(width)) {
            throw new IllegalArgumentException("window center and width must be finite");
        }
        if (function == VoiFunction.LINEAR ? width < 1 : width <= 0) {
            throw new IllegalArgumentException("window width " + width + " is not allowed for " + function);
        }
    }

    @Override
    public double apply(double x, double yMin, double yMax) {
        return switch (function) {
            case LINEAR -> {
                double c = center - 0.5;
                double halfWidth = (width - 1) / 2;
                if (x <= c - halfWidth) {
                    yield yMin;
                } else if (x > c + halfWidth) {
                    yield yMax;
                } else {
                    yield ((x - c) / (width - 1) + 0.5) * (yMax - yMin) + yMin;
                }
            }
            case LINEAR_EXACT -> {
                if (x <= center - width / 2) {
                    yield yMin;
                } else if (x > center + width / 2) {
                    yield yMax;
                } else {
                    yield ((x - center) / width + 0.5) * (yMax - yMin) + yMin;
                }
            }
            case SIGMOID -> (yMax - yMin) / (1 + Math.exp(-4 * (x - center) / width)) + yMin;
        };
    }
}
