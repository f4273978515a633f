package org.lumen.viewer.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

import org.lumen.viewer.demo.DemoStudy;
import org.lumen.viewer.servers.ConfigFolder;
import org.lumen.viewer.servers.ServerSettingsFile;

/**
 * The DEMO study of a start with nothing to open ({@link DemoStudy}, generated once under the user's
 * cache folder), and reading it early: a plain {@code lumen} on an account without server settings
 * will show it, so its files are generated (first start) and scanned on a background thread while
 * JavaFX starts and the main window is built, instead of after the window is shown.
 */
final class DemoStart {
    private static final AtomicReference<CompletableFuture<SeriesLoader.ScanResult>> EARLY = new AtomicReference<>();

    private DemoStart() {}

    /**
     * Begins the early scan when the start will show the demo study: no server settings file (with
     * servers the start shows the study browser). Call once, before JavaFX starts.
     */
    static void begin() {
        begin(ConfigFolder.forUser(), cacheFolder());
    }

    /** As {@link #begin()}, with the settings in {@code config} and the demo study under {@code cache}. */
    static void begin(ConfigFolder config, Path cache) {
        if (Files.exists(config.file(ServerSettingsFile.NAME))) {
            return;
        }
        CompletableFuture<SeriesLoader.ScanResult> scan = new CompletableFuture<>();
        if (!EARLY.compareAndSet(null, scan)) {
            return;
        }
        Thread reader = new Thread(() -> {
            try {
                scan.complete(SeriesLoader.scan(List.of(DemoStudy.ensure(cache))));
            } catch (IOException | RuntimeException e) {
                scan.completeExceptionally(e);
            }
        }, "lumen-demo-start");
        reader.setDaemon(true);
        reader.start();
    }

    /** The early scan, once: empty when none was begun or it was taken already. */
    static Optional<Future<SeriesLoader.ScanResult>> take() {
        return Optional.ofNullable(EARLY.getAndSet(null));
    }

    /** The demo study's folder, generated first when it is missing (slow: call off the FX thread). */
    static List<Path> files() throws IOException {
        return List.of(DemoStudy.ensure(cacheFolder()));
    }

    private static Path cacheFolder() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("lumen");
    }
}
