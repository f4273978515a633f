package org.lumen.viewer.app;

import java.nio.file.Path;
import java.util.List;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import org.lumen.viewer.desktop.MacOpenEvents;
import org.lumen.viewer.desktop.RawStderr;
import org.lumen.viewer.desktop.WindowsUrlScheme;
import org.lumen.viewer.servers.StudyLink;

/**
 * The JavaFX application: builds the main window and opens what the command line gives: paths, or
 * {@code lumen://open?...} links ({@link StudyLink}) of studies on configured servers.
 */
public final class LumenApp extends Application {
    private static boolean isLink(String argument) {
        return argument.regionMatches(true, 0, StudyLink.SCHEME + ":", 0, StudyLink.SCHEME.length() + 1);
    }

    /**
     * Call before JavaFX starts when the workstation starts with nothing to open: begins reading what
     * the window will show (the demo study, {@link DemoStart}) while JavaFX starts.
     */
    public static void prepareEmptyStart() {
        DemoStart.begin();
        org.lumen.viewer.protocol.ProtocolFiles.readDefaultsEarly(); // startup: JSON off the FX thread
    }

    private static volatile MainWindow shown; // the main window once started, for the end

    /**
     * Call when {@code Application.launch} has returned (main thread): ends the renderer
     * ({@link RendererShutdown}), then exits with 128 + the signal's number when a signal ended the
     * workstation ({@link EndSignals}), as the JVM's default handling would have.
     */
    public static void ended() {
        EndSignals.javaFxStopped();
        MainWindow window = shown;
        if (window != null) {
            window.workspace().endRenderer().ifPresent(problem -> RawStderr.println("lumen: " + problem + "; exiting anyway"));
        }
        EndSignals.exitIfEndedBySignal();
    }

    @Override
    public void start(Stage stage) {
        List<String> raw = getParameters().getRaw();
        List<Path> paths = raw.stream().filter(a -> !isLink(a)).map(Path::of).toList();
        List<String> links = raw.stream().filter(LumenApp::isLink).toList();
        EndSignals.install(stage); // SIGTERM, SIGHUP, SIGINT close the window as Quit does
        MainWindow window = new MainWindow(stage);
        shown = window;
        window.show();
        MacOpenEvents.install(files -> Platform.runLater(() -> window.open(files)),
                link -> Platform.runLater(() -> window.openLink(link)));
        WindowsUrlScheme.forThisProcess().ifPresent(scheme -> Thread.ofVirtual().name("lumen-url-scheme").start(scheme::register));
        StartupTiming.watch(window.workspace()); // viewer-qc: bench/startup.sh (off unless -Dlumen.startupTiming)
        if (!links.isEmpty()) {
            links.forEach(window::openLink);
        } else if (paths.isEmpty()) {
            window.openStart();
        } else {
            window.open(paths);
        }
    }
}
