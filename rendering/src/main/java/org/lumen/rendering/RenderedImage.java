package org.lumen.rendering;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * An 8-bit image, row-major, top row first: grey (1 channel) or RGB (3 channels, interleaved R G B).
 *
 * @param width    pixels per row
 * @param height   rows
 * @param channels 1 (grey) or 3 (RGB)
 * @param pixels   {@code width * height * channels} bytes (copied in and out)
 */
public record RenderedImage(int width, int height, int channels, byte[] pixels) {
    /** Checks the length and copies the array. */
    public RenderedImage {
        if (channels != 1 && channels != 3) {
            throw new IllegalArgumentException("1 or 3 channels, not " + channels);
        }
        if (width < 1 || height < 1 || pixels.length != (long) width * height * channels) {
            throw new IllegalArgumentException(pixels.length + " bytes for " + width + "x" + height + "x" + channels);
        }
        pixels = pixels.clone();
    }

    /** A grey image. */
    public RenderedImage(int width, int height, byte[] pixels) {
        this(width, height, 1, pixels);
    }

    @Override
    public byte[] pixels() {
        return pixels.clone();
    }

    /** Whether this image is RGB. */
    public boolean isColour() {
        return channels == 3;
    }

    /** The grey level 0..255 at {@code x, y} (for RGB: the red sample). */
    public int grey(int x, int y) {
        return pixels[(y * width + x) * channels] & 0xFF;
    }

    /** Sample {@code channel} (0 red, 1 green, 2 blue; 0 for grey) at {@code x, y}. */
    public int sample(int x, int y, int channel) {
        if (channel < 0 || channel >= channels) {
            throw new IndexOutOfBoundsException("channel " + channel + " of " + channels);
        }
        return pixels[(y * width + x) * channels + channel] & 0xFF;
    }

    /** 0xRRGGBB at {@code x, y} (grey repeated for grey images). */
    public int rgb(int x, int y) {
        if (channels == 1) {
            int g = grey(x, y);
            return g << 16 | g << 8 | g;
        }
        int p = (y * width + x) * 3;
        return (pixels[p] & 0xFF) << 16 | (pixels[p + 1] & 0xFF) << 8 | pixels[p + 2] & 0xFF;
    }

    /** Writes the image as opaque BGRA (4 bytes a pixel) at {@code target}'s position, advancing it. */
    public void writeBgra(ByteBuffer target) {
        int count = width * height;
        if (target.remaining() < count * 4) {
            throw new IllegalArgumentException("need " + count * 4 + " bytes, have " + target.remaining());
        }
        for (int p = 0; p < count; p++) {
            int o = p * channels;
            byte r = pixels[o];
            byte g = channels == 3 ? pixels[o + 1] : r;
            byte b = channels == 3 ? pixels[o + 2] : r;
            target.put(b).put(g).put(r).put((byte) 0xFF);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RenderedImage other && width == other.width && height == other.height && channels == other.channels
                && Arrays.equals(pixels, other.pixels);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(pixels) * 31 + width * 3 + channels;
    }

    @Override
    public String toString() {
        return "RenderedImage[" + width + "x" + height + (channels == 3 ? " RGB" : " grey") + "]";
    }
}
