package org.lumen.packaging.icons;

import java.util.Arrays;

/**
 * One square rendering of the icon: its edge length in pixels and the PNG bytes.
 *
 * @param size edge length in pixels, 1 to 1024
 * @param png the PNG file bytes
 */
public record IconImage(int size, byte[] png) {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    public IconImage {
        if (size < 1 || size > 1024) {
            throw new IllegalArgumentException("icon size must be 1..1024 px, was " + size);
        }
        if (png.length < PNG_SIGNATURE.length || !Arrays.equals(png, 0, PNG_SIGNATURE.length,
                PNG_SIGNATURE, 0, PNG_SIGNATURE.length)) {
            throw new IllegalArgumentException("not a PNG (no PNG signature) for the " + size + " px icon");
        }
        png = png.clone();
    }

    @Override
    public byte[] png() {
        return png.clone();
    }

    int length() {
        return png.length;
    }
}
