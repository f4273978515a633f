package org.lumen.viewer.servers;

import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Assumptions;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** What the server form's TestFX tests share: the display check, FX-thread calls, closing windows, screenshots. */
final class FormFixture {
    static final int WAIT_SECONDS = 30;

    private FormFixture() {}

    /** Aborts without a display, fails when one is required; then starts the FX toolkit in software rendering. */
    static void requireDisplay() throws Exception {
        if (Optional.ofNullable(System.getenv("DISPLAY")).orElse("").isBlank()) {
            if (Boolean.getBoolean("lumen.requireDisplay")) {
                fail("a display is required (-Dlumen.requireDisplay=true) but DISPLAY is not set; run under xvfb-run");
            }
            Assumptions.abort("no display (DISPLAY unset): run under xvfb-run");
        }
        System.setProperty("prism.order", "sw");
        System.setProperty("testfx.robot", "glass");
        FxToolkit.registerPrimaryStage();
    }

    /** Runs {@code call} on the FX thread and returns its result. */
    static <T> T fx(Callable<T> call) {
        try {
            return WaitForAsyncUtils.asyncFx(call).get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("FX call failed", e);
        }
    }

    static void closeWindows() throws Exception {
        FxToolkit.setupFixture(() -> List.copyOf(Window.getWindows()).forEach(w -> {
            if (w instanceof Stage s) {
                s.close();
            }
        }));
    }

    /** Writes the scene to target/ui-screenshots/{@code name} (copied to docs/screenshots for the documentation). */
    static void screenshot(Scene scene, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Image shot = fx(() -> scene.snapshot(null));
        BufferedImage out = new BufferedImage((int) shot.getWidth(), (int) shot.getHeight(), BufferedImage.TYPE_INT_ARGB);
        PixelReader reader = shot.getPixelReader();
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                out.setRGB(x, y, reader.getArgb(x, y));
            }
        }
        Path folder = Files.createDirectories(Path.of("target", "ui-screenshots"));
        ImageIO.write(out, "png", folder.resolve(name).toFile());
    }
}
