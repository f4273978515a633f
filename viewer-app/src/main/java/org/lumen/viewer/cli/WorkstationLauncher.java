package org.lumen.viewer.cli;

import org.lumen.viewer.app.LumenApp;

/** Starts the JavaFX workstation; JavaFX is touched only from here on. */
final class WorkstationLauncher {
    private WorkstationLauncher() {}

    static void launch(String... paths) {
        javafx.application.Application.launch(LumenApp.class, paths);
    }
}
