package org.lumen.viewer.stream;

/** A lossy preview of a slice, as the server rendered it (8-bit, windowed by the server), in ARGB. */
public record Preview(int width, int height, int[] argb) {
    public Preview {
        if (width < 1 || height < 1 || argb.length != width * height) {
            throw new IllegalArgumentException(width + " x " + height + " with " + argb.length + " pixels");
        }
    }
}
