package org.lumen.rendering.gl;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.lumen.rendering.RenderedImage;

/** Compares two renderings pixel by pixel and, when they differ too much, writes PNGs to look at. */
final class GoldenImages {
    static final Path OUTPUT = Path.of("target", "gpu-golden");

    private GoldenImages() {}

    /** The largest grey-level difference; writes name-actual/expected/diff.png when it exceeds {@code tolerance}. */
    static int compare(String name, RenderedImage actual, RenderedImage expected, int tolerance) {
        int worst = 0;
        BufferedImage diff = new BufferedImage(actual.width(), actual.height(), BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < actual.height(); y++) {
            for (int x = 0; x < actual.width(); x++) {
                int d = Math.abs(actual.grey(x, y) - expected.grey(x, y));
                worst = Math.max(worst, d);
                diff.getRaster().setSample(x, y, 0, d > tolerance ? 255 : d * 64);
            }
        }
        if (worst > tolerance) {
            write(name + "-actual", actual);
            write(name + "-expected", expected);
            save(name + "-diff", diff);
        }
        return worst;
    }

    private static void write(String name, RenderedImage image) {
        BufferedImage b = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_BYTE_GRAY);
        b.getRaster().setDataElements(0, 0, image.width(), image.height(), image.pixels());
        save(name, b);
    }

    private static void save(String name, BufferedImage image) {
        try {
            Files.createDirectories(OUTPUT);
            ImageIO.write(image, "png", OUTPUT.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
