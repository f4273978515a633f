package org.lumen.viewer.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;

/** Screenshots of scenes for the documentation, written to target/ui-screenshots/NAME.png. */
final class UiScreenshots {
    private UiScreenshots() {}

    static Path save(Scene scene, String name) throws IOException {
        Image shot = WorkstationUiBase.onFx(() -> scene.snapshot(null));
        int w = (int) shot.getWidth();
        int h = (int) shot.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader reader = shot.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, reader.getArgb(x, y));
            }
        }
        Path folder = Files.createDirectories(Path.of("target", "ui-screenshots"));
        Path file = folder.resolve(name + ".png");
        ImageIO.write(out, "png", file.toFile());
        return file;
    }
}
