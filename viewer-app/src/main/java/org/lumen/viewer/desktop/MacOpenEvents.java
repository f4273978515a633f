package org.lumen.viewer.desktop;

import java.awt.Desktop;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * macOS hands files (a double-clicked .dcm) and {@code lumen://} links (CFBundleURLTypes in the
 * package's Info.plist) to a running application as Apple events, not as arguments; the JDK
 * delivers them through {@link Desktop}'s open-file and open-URI handlers. The consumers are called
 * on the AWT event thread: they must hand over to the FX thread themselves.
 *
 * <p>Only installed on macOS, where it has not been run in CI (no macOS machine there).
 */
public final class MacOpenEvents {
    private MacOpenEvents() {}

    /** Installs the handlers when running on macOS with a desktop; returns whether it did. */
    public static boolean install(Consumer<List<Path>> files, Consumer<String> links) {
        if (!System.getProperty("os.name", "").startsWith("Mac") || !Desktop.isDesktopSupported()) {
            return false;
        }
        Desktop desktop = Desktop.getDesktop();
        if (desktop.isSupported(Desktop.Action.APP_OPEN_FILE)) {
            desktop.setOpenFileHandler(event -> files.accept(event.getFiles().stream().map(java.io.File::toPath).toList()));
        }
        if (desktop.isSupported(Desktop.Action.APP_OPEN_URI)) {
            desktop.setOpenURIHandler(event -> links.accept(event.getURI().toString()));
        }
        return true;
    }
}
