package org.lumen.viewer.testdata;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;

/** Writes a JavaFX snapshot as {@code target/ui-screenshots/<name>.png} (for looking at, and for docs). */
public final class Screenshots {
    private Screenshots() {}

    public static Path save(Image shot, String name) throws IOException {
        int w = (int) shot.getWidth();
        int h = (int) shot.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader reader = shot.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, reader.getArgb(x, y));
            }
        }
        Path file = Files.createDirectories(Path.of("target", "ui-screenshots")).resolve(name + ".png");
        ImageIO.write(out, "png", file.toFile());
        return file;
    }
}
