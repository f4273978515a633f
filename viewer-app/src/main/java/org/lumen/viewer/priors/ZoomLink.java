package org.lumen.viewer.priors;

/**
 * Zoom synchronisation: the same screen size for a millimetre of patient in both views, so images of
 * different pixel spacing show the anatomy at the same size. A scale of 0 means "fitted" and stays 0.
 */
public final class ZoomLink {
    private ZoomLink() {}

    /**
     * The target's scale (screen pixels per image pixel) for a source scale.
     *
     * @param sourceScale the source view's screen pixels per image pixel (0: fitted)
     * @param sourcePixelMm the source image's pixel size, mm
     * @param targetPixelMm the target image's pixel size, mm
     */
    public static double linkedScale(double sourceScale, double sourcePixelMm, double targetPixelMm) {
        if (!(sourcePixelMm > 0) || !(targetPixelMm > 0)) {
            throw new IllegalArgumentException("pixel sizes must be positive: " + sourcePixelMm + ", " + targetPixelMm);
        }
        return sourceScale == 0 ? 0 : sourceScale * targetPixelMm / sourcePixelMm;
    }
}
