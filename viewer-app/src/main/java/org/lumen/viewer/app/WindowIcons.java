package org.lumen.viewer.app;

import java.util.ArrayList;
import java.util.List;

import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The main window's icons (rendered from icons/lumen.svg; IconSetBuilderTest fails when they drift
 * apart), decoded on a background thread and set on the window when all are read: decoding the six
 * PNGs on the FX thread held up the window's construction at every start.
 */
final class WindowIcons {
    static final int[] SIZES = {16, 32, 48, 64, 128, 256};

    private WindowIcons() {}

    /** The icons, decoded on the calling thread. */
    static List<Image> read() {
        List<Image> icons = new ArrayList<>(SIZES.length);
        for (int size : SIZES) {
            icons.add(new Image(WindowIcons.class.getResource("icons/lumen-" + size + ".png").toExternalForm()));
        }
        return icons;
    }

    /** Reads the icons on a background thread and sets them on the stage (on the FX thread) when read. */
    static void setLater(Stage stage) {
        Thread.ofPlatform().daemon().name("lumen-window-icons").start(() -> {
            List<Image> icons = read();
            Platform.runLater(() -> stage.getIcons().setAll(icons));
        });
    }
}
