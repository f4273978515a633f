package org.lumen.viewer.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import javax.imageio.ImageIO;

import org.lumen.rendering.RenderedImage;

/** Writes a rendered image as an 8-bit grey or RGB PNG, whole or not at all (temporary file, then a move). */
final class PngOutput {
    private PngOutput() {}

    static void write(RenderedImage image, Path out) throws IOException {
        BufferedImage grey;
        if (image.isColour()) {
            grey = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_3BYTE_BGR);
            grey.getRaster().setPixels(0, 0, image.width(), image.height(), toInts(image.pixels()));
        } else {
            grey = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_BYTE_GRAY);
            grey.getRaster().setDataElements(0, 0, image.width(), image.height(), image.pixels());
        }
        Path target = out.toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
        try {
            if (!ImageIO.write(grey, "png", temp.toFile())) {
                throw new IOException("no PNG writer in this Java runtime");
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** R G B bytes as the raster's samples (the raster orders bands R, G, B whatever the memory layout). */
    private static int[] toInts(byte[] rgb) {
        int[] samples = new int[rgb.length];
        for (int i = 0; i < rgb.length; i++) {
            samples[i] = rgb[i] & 0xFF;
        }
        return samples;
    }
}
