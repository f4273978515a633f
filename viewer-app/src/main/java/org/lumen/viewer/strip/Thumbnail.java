package org.lumen.viewer.strip;

import java.util.Objects;

/**
 * A small picture of a series, as ARGB pixels.
 *
 * @param width width in pixels
 * @param height height in pixels
 * @param argb pixels, row by row (not copied)
 * @param serverRendered true when the server rendered it (WADO-RS rendered), false when Lumen decoded
 *        the middle instance itself
 */
public record Thumbnail(int width, int height, int[] argb, boolean serverRendered) {
    public Thumbnail {
        Objects.requireNonNull(argb, "argb");
        if (width < 1 || height < 1 || (long) width * height != argb.length) {
            throw new IllegalArgumentException("a " + width + " x " + height + " thumbnail needs " + (long) width * height
                    + " pixels, has " + argb.length);
        }
    }
}
