package org.lumen.packaging.icons;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/** Synthetic icon images: each size filled with its own colour, so a reader can tell them apart. */
final class TestIcons {
    private TestIcons() {}

    static IconImage solid(int size) {
        var image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                image.setRGB(x, y, colourFor(size));
            }
        }
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new IconImage(size, out.toByteArray());
    }

    static int colourFor(int size) {
        return 0xFF000000 | ((size * 0x9E3779) & 0xFFFFFF);
    }

    static BufferedImage decode(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        if (image == null) {
            throw new IOException("not a readable PNG");
        }
        return image;
    }
}
