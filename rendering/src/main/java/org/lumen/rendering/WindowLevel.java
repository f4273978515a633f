package org.lumen.rendering;

import java.util.Objects;

import org.lumen.dicom.lut.PresentationLut;
import org.lumen.dicom.lut.VoiFunction;
import org.lumen.dicom.lut.WindowTransform;

/**
 * A window (Window Center, Window Width and VOI LUT Function) on modality values, shown as grey 0..255.
 * The formulas are dicom-core's {@link WindowTransform} (PS3.3 C.11.2.1.2.1 LINEAR, C.11.2.1.3.2
 * LINEAR_EXACT, C.11.2.1.3.1 SIGMOID): this record only names a window for the renderers, presets and
 * command line and delegates every computation, so there is one definition of each function.
 *
 * @param center   Window Center
 * @param width    Window Width: at least 1 for LINEAR, above 0 for LINEAR_EXACT and SIGMOID
 * @param function the VOI LUT Function
 */
public record WindowLevel(double center, double width, VoiFunction function) {
    /** Validates through {@link WindowTransform}'s rules. */
    public WindowLevel {
        Objects.requireNonNull(function, "function");
        if (!Double.isFinite(center) || !Double.isFinite(width) || (function == VoiFunction.LINEAR ? width < 1 : !(width > 0))) {
            throw new IllegalArgumentException("window width must be " + (function == VoiFunction.LINEAR ? ">= 1" : "> 0")
                    + " and finite for " + function + ": center " + center + ", width " + width);
        }
    }

    /** A LINEAR window, the default VOI LUT Function. */
    public WindowLevel(double center, double width) {
        this(center, width, VoiFunction.LINEAR);
    }

    /** The same centre and width with another function. */
    public WindowLevel withFunction(VoiFunction newFunction) {
        return new WindowLevel(center, width, newFunction);
    }

    /** dicom-core's transform for this window. */
    public WindowTransform transform() {
        return new WindowTransform(center, width, function);
    }

    /** The continuous output 0..255 for a modality value. */
    public double apply(double x) {
        return transform().apply(x, 0, 255);
    }

    /**
     * The grey level 0..255 for a modality value, through the Presentation LUT IDENTITY, or INVERSE when
     * {@code invert} (MONOCHROME1), rounded half up: the same as {@link DisplayMapping.Greyscale#grey}.
     */
    public int grey(double x, boolean invert) {
        return DisplayMapping.Greyscale.toByte(invert ? PresentationLut.Shape.INVERSE.apply(apply(x), 255) : apply(x));
    }
}
