package org.lumen.viewer.app;

import java.io.IOException;
import java.nio.file.Path;

import org.lumen.viewer.overlay.CornerTextLayout;

/**
 * Where the user's corner text layout lives: {@code $XDG_CONFIG_HOME/lumen/corner-text.properties}
 * or {@code ~/.config/lumen/corner-text.properties}; the built-in layout when there is none or it
 * cannot be read (the status bar then says why).
 */
final class CornerTextSettings {
    private CornerTextSettings() {}

    static Path file() {
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("lumen").resolve("corner-text.properties");
    }

    static CornerTextLayout load(StatusBar statusBar) {
        Path file = file();
        try {
            return CornerTextLayout.userOrBuiltIn(file);
        } catch (IOException | IllegalArgumentException e) {
            statusBar.show("Corner text settings not used (" + file + "): " + e.getMessage());
            return CornerTextLayout.builtIn();
        }
    }
}
