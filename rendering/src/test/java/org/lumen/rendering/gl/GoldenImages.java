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

    /**
     * The largest difference of any channel (grey level, or R, G, B); writes name-actual/expected/diff.png
     * when it exceeds {@code tolerance}. Images of different shapes differ by 256.
     */
    static int compare(String name, RenderedImage actual, RenderedImage expected, int tolerance) {
        if (actual.width() != expected.width() || actual.height() != expected.height() || actual.channels() != expected.channels()) {
            return 256;
        }
        int worst = 0;
        BufferedImage diff = new BufferedImage(actual.width(), actual.height(), BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < actual.height(); y++) {
            for (int x = 0; x < actual.width(); x++) {
                int d = 0;
                for (int c = 0; c < actual.channels(); c++) {
                    d = Math.max(d, Math.abs(actual.sample(x, y, c) - expected.sample(x, y, c)));
                }
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
        BufferedImage b = new BufferedImage(image.width(), image.height(), image.isColour() ? BufferedImage.TYPE_INT_RGB
                : BufferedImage.TYPE_BYTE_GRAY);
        if (image.isColour()) {
            for (int y = 0; y < image.height(); y++) {
                for (int x = 0; x < image.width(); x++) {
                    b.setRGB(x, y, image.rgb(x, y));
                }
            }
        } else {
            b.getRaster().setDataElements(0, 0, image.width(), image.height(), image.pixels());
        }
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
