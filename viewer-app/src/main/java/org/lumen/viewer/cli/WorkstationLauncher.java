package org.lumen.viewer.cli;

import org.lumen.viewer.app.LumenApp;

/** Starts the JavaFX workstation; JavaFX is touched only from here on. */
final class WorkstationLauncher {
    private WorkstationLauncher() {}

    /** Starts it with nothing to open: the demo study or the study browser. */
    static void launchEmpty() {
        LumenApp.prepareEmptyStart();
        launch();
    }

    static void launch(String... paths) {
        javafx.application.Application.launch(LumenApp.class, paths);
        LumenApp.ended(); // ends the renderer; exits with 128 + n after signal n
    }
}
