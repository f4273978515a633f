package org.lumen.viewer.app;

import java.nio.file.Path;
import java.util.List;

import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: builds the main window and opens the paths given on the command line. */
public final class LumenApp extends Application {
    @Override
    public void start(Stage stage) {
        List<Path> paths = getParameters().getRaw().stream().map(Path::of).toList();
        MainWindow window = new MainWindow(stage);
        window.show();
        if (paths.isEmpty()) {
            window.openDemo();
        } else {
            window.open(paths);
        }
    }
}
