package org.lumen.rendering;

import java.nio.ByteBuffer;

/**
 * An 8-bit grey image, row-major, top row first.
 *
 * @param width  pixels per row
 * @param height rows
 * @param pixels {@code width * height} grey levels (copied in and out)
 */
public record RenderedImage(int width, int height, byte[] pixels) {
    /** Checks the length and copies the array. */
    public RenderedImage {
        if (width < 1 || height < 1 || pixels.length != width * height) {
            throw new IllegalArgumentException(pixels.length + " pixels for " + width + "x" + height);
        }
        pixels = pixels.clone();
    }

    @Override
    public byte[] pixels() {
        return pixels.clone();
    }

    /** The grey level 0..255 at {@code x, y}. */
    public int grey(int x, int y) {
        return pixels[y * width + x] & 0xFF;
    }

    /** Writes the image as opaque BGRA (4 bytes a pixel) at {@code target}'s position, advancing it. */
    public void writeBgra(ByteBuffer target) {
        if (target.remaining() < pixels.length * 4) {
            throw new IllegalArgumentException("need " + pixels.length * 4 + " bytes, have " + target.remaining());
        }
        for (byte g : pixels) {
            target.put(g).put(g).put(g).put((byte) 0xFF);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RenderedImage other && width == other.width && height == other.height
                && java.util.Arrays.equals(pixels, other.pixels);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(pixels) * 31 + width;
    }

    @Override
    public String toString() {
        return "RenderedImage[" + width + "x" + height + "]";
    }
}
