package org.lumen.viewer.app;

import java.nio.file.Path;
import java.util.List;

import javafx.application.Application;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The JavaFX application: builds the main window and opens the paths given on the command line. */
public final class LumenApp extends Application {
    @Override
    public void start(Stage stage) {
        List<Path> paths = getParameters().getRaw().stream().map(Path::of).toList();
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            // Rendered from icons/lumen.svg; IconSetBuilderTest fails when they drift apart.
            stage.getIcons().add(new Image(LumenApp.class.getResource("icons/lumen-" + size + ".png").toExternalForm()));
        }
        MainWindow window = new MainWindow(stage);
        window.show();
        if (paths.isEmpty()) {
            window.openDemo();
        } else {
            window.open(paths);
        }
    }
}
