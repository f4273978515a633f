package org.lumen.dicomweb;

import java.util.Objects;

/**
 * Parameters of a rendered or thumbnail request (PS3.18 8.3.5).
 *
 * @param mediaType the image type asked for, e.g. {@code image/jpeg}
 * @param viewportWidth output width in pixels, 0 for the server's choice
 * @param viewportHeight output height in pixels, 0 for the server's choice
 * @param windowed whether {@code windowCenter} and {@code windowWidth} are sent
 * @param windowCenter VOI window center
 * @param windowWidth VOI window width (positive when windowed)
 * @param quality lossy quality 1 to 100, 0 for the server's choice
 */
public record RenderOptions(String mediaType, int viewportWidth, int viewportHeight, boolean windowed,
        double windowCenter, double windowWidth, int quality) {
    public RenderOptions {
        Objects.requireNonNull(mediaType, "mediaType");
        if (viewportWidth < 0 || viewportHeight < 0 || quality < 0 || quality > 100) {
            throw new IllegalArgumentException("viewport must be >= 0 and quality 0 to 100");
        }
        if (windowed && !(windowWidth > 0 && Double.isFinite(windowCenter))) {
            throw new IllegalArgumentException("window width must be positive and center finite");
        }
    }

    /** A JPEG, server's choice of everything else. */
    public static RenderOptions jpeg() {
        return new RenderOptions("image/jpeg", 0, 0, false, 0, 0, 0);
    }

    public RenderOptions withViewport(int width, int height) {
        return new RenderOptions(mediaType, width, height, windowed, windowCenter, windowWidth, quality);
    }

    public RenderOptions withWindow(double center, double width) {
        return new RenderOptions(mediaType, viewportWidth, viewportHeight, true, center, width, quality);
    }

    public RenderOptions withQuality(int q) {
        return new RenderOptions(mediaType, viewportWidth, viewportHeight, windowed, windowCenter, windowWidth, q);
    }
}
