package org.lumen.viewer.servers;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a sign-in page in the user's default browser: {@link Desktop#browse} where the desktop
 * supports it, else the platform's opener ({@code xdg-open}, {@code open}). It never throws: when
 * nothing opens, the sign-in pane still shows the address to open by hand. The address carries no
 * secret (the PKCE challenge and state are not secrets), but it is not logged either. Stateless;
 * may block for a moment, so call it off the FX thread.
 */
final class SystemBrowser implements Consumer<URI> {
    private static final Logger LOG = LoggerFactory.getLogger(SystemBrowser.class);

    @Override
    public void accept(URI uri) {
        if (!GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
            try {
                Desktop.getDesktop().browse(uri);
                return;
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                LOG.info("the desktop could not open the sign-in page ({}); trying the platform's opener", e.toString());
            }
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command = os.contains("mac") ? List.of("open", uri.toString())
                : os.contains("win") ? List.of("rundll32", "url.dll,FileProtocolHandler", uri.toString())
                : List.of("xdg-open", uri.toString());
        try {
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            LOG.info("no browser could be opened for the sign-in ({}); the address is shown in the form", e.toString());
        }
    }
}
