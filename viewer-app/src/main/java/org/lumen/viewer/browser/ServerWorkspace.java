package org.lumen.viewer.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

import org.lumen.dicomweb.DicomWebClient;
import org.lumen.viewer.cache.AuditViewer;
import org.lumen.viewer.cache.CachePanel;
import org.lumen.viewer.cache.SeriesInstances;
import org.lumen.viewer.cache.StudyCache;
import org.lumen.viewer.cache.StudyCaches;
import org.lumen.viewer.servers.ConfigFolder;
import org.lumen.viewer.servers.CredentialStores;
import org.lumen.viewer.servers.PassphrasePrompt;
import org.lumen.viewer.servers.ServerClients;
import org.lumen.viewer.servers.ServerRegistry;
import org.lumen.viewer.servers.ServerSettings;
import org.lumen.viewer.servers.ServerSettingsDialog;
import org.lumen.viewer.servers.ServerSettingsFile;
import org.lumen.viewer.servers.StudyLink;
import org.lumen.viewer.strip.SeriesStrip;
import org.lumen.viewer.strip.StudyRetrieval;

/**
 * The main window's server side, in one piece the window adds: the "Servers" menu, the study
 * browser window, the server settings dialog, the series strip, and opening a study from a server
 * (from the browser or a {@code lumen://} link) into the viewer. FX thread only; its work runs on
 * its own daemon threads.
 */
public final class ServerWorkspace {
    private static final String STYLESHEET = "lumen-servers.css";
    private final Stage owner;
    private final Runnable openDemo;
    private final Consumer<String> status;
    private final List<String> stylesheets;
    private final ExecutorService background = Executors.newCachedThreadPool(daemon("lumen-servers"));
    private final ExecutorService searches = Executors.newFixedThreadPool(4, daemon("lumen-search"));
    private final ServerRegistry registry;
    private final ConfigFolder config;
    private final SeriesStrip strip;
    private final PassphrasePrompt passphrases;
    /** Opened on first use, off the FX thread (it may ask for the passphrase); guarded by this. */
    private StudyCache cache;
    private Stage browserStage;
    private StudyBrowser browser;
    /** key-images: told of each study opened from a server (FX thread), to read and save its key images. */
    private Consumer<org.lumen.viewer.keys.ArchiveTarget> studyOpened = study -> { };

    /**
     * @param owner the main window
     * @param openSeries opens a series' instances (in memory) in the viewer
     * @param openDemo opens the built-in demo study
     * @param status shows a message in the status bar
     * @param mainStylesheet the main window's stylesheet, reused by the workspace's windows
     */
    public ServerWorkspace(Stage owner, Consumer<SeriesInstances> openSeries, Runnable openDemo, Consumer<String> status,
            String mainStylesheet) {
        this(owner, openSeries, openDemo, status, mainStylesheet, org.lumen.dicomweb.TrafficListener.NONE);
    }

    /** As above, the servers' network traffic told to {@code traffic} (the status bar's meter; viewer-qc). */
    public ServerWorkspace(Stage owner, Consumer<SeriesInstances> openSeries, Runnable openDemo, Consumer<String> status,
            String mainStylesheet, org.lumen.dicomweb.TrafficListener traffic) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.openDemo = Objects.requireNonNull(openDemo, "openDemo");
        this.status = Objects.requireNonNull(status, "status");
        this.stylesheets = List.of(mainStylesheet, Objects.requireNonNull(
                ServerWorkspace.class.getResource(STYLESHEET), STYLESHEET).toExternalForm());
        this.config = ConfigFolder.forUser();
        this.passphrases = new PassphrasePrompt(owner);
        this.registry = loadRegistry(config, new ServerClients(CredentialStores.forThisMachine(config, passphrases), traffic), status);
        this.strip = new SeriesStrip(openSeries, status);
        org.lumen.viewer.servers.SignInCheck.start(registry, status, background);
    }

    /** The series strip, for the window's left side. */
    public Node strip() {
        return strip.node();
    }

    /** Stylesheets the main scene adds for the strip. */
    public List<String> stylesheets() {
        return stylesheets;
    }

    /** Whether any server is configured. */
    public boolean hasServers() {
        return !registry.servers().isEmpty();
    }

    /** The "Servers" menu: study browser and server settings. */
    public Menu menu() {
        MenuItem browse = new MenuItem("Study Browser\u2026");
        browse.setAccelerator(KeyCombination.keyCombination("Shortcut+B"));
        browse.setOnAction(e -> showBrowser());
        MenuItem settings = new MenuItem("Settings\u2026");
        settings.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+S"));
        settings.setOnAction(e -> showSettings());
        MenuItem cachePanel = new MenuItem("Study Cache…");
        cachePanel.setOnAction(e -> showCacheWindow("Lumen — Study Cache", c -> new CachePanel(c, background,
                CachePanel.confirmDialog()).node()));
        MenuItem auditViewer = new MenuItem("Audit Log…");
        auditViewer.setOnAction(e -> showCacheWindow("Lumen — Audit Log", c -> new AuditViewer(c, background).node()));
        return new Menu("Servers", null, browse, settings, new SeparatorMenuItem(), cachePanel, auditViewer);
    }

    /** Opens the cache (off the FX thread: it may ask for the passphrase), then a window over it. */
    private void showCacheWindow(String title, java.util.function.Function<StudyCache, javafx.scene.Parent> content) {
        background.execute(() -> {
            try {
                StudyCache opened = cache();
                Platform.runLater(() -> {
                    Stage stage = new Stage();
                    stage.initOwner(owner);
                    stage.setTitle(title);
                    Scene scene = new Scene(content.apply(opened));
                    scene.getStylesheets().addAll(stylesheets);
                    stage.setScene(scene);
                    stage.show();
                });
            } catch (IOException e) {
                Platform.runLater(() -> status.accept("Cannot open the study cache: " + e.getMessage()));
            }
        });
    }

    /** Opens a series of the study in the strip in the viewer (double-click, or a drop on the viewer). */
    public void openSeries(String seriesUid) {
        strip.openSeries(seriesUid);
    }

    /**
     * Opens a series of the study in the strip in one viewport: {@code viewport} receives the series'
     * instances (on the FX thread) once downloaded. The workstation's viewports call this for a dropped
     * series that is not open yet. Returns false when the series is not in the strip's study.
     */
    public boolean openSeries(String seriesUid, Consumer<SeriesInstances> viewport) {
        return strip.openSeries(seriesUid, viewport);
    }

    /** Closes the study in the strip: downloads and thumbnails cancelled, tiles dropped (viewer-qc). */
    public void closeStudy() {
        strip.clear();
    }

    /** The archive's instance count of a series of the study in the strip, -1 when unknown (viewer-qc). */
    public int reportedInstances(String seriesUid) {
        return strip.reportedInstances(seriesUid);
    }

    public void showBrowser() {
        if (browserStage == null) {
            browser = new StudyBrowser(registry, new FederatedSearch(searches, registry.clients(), 50, 500)
                    .withOffline(new CachedStudySearch(this::cachedStudies)),
                    new RecentStudies(config), background, this::openStudy, this::showSettings);
            browserStage = new Stage();
            // Not owned by the main window, so that the viewer can come in front of it when a study opens.
            browserStage.setTitle("Lumen \u2014 Study Browser");
            Scene scene = new Scene((javafx.scene.Parent) browser.node(), 1180, 720);
            scene.getStylesheets().addAll(stylesheets);
            browserStage.setScene(scene);
        }
        browserStage.show();
        browserStage.toFront();
    }

    public void showSettings() {
        Stage parent = browserStage != null && browserStage.isShowing() ? browserStage : owner;
        new ServerSettingsDialog(parent, registry, background, stylesheets).show();
    }

    /** Opens a study chosen in the browser: the demo row opens the built-in demo. */
    public void openStudy(StudyRow row) {
        if (row.server().equals(StudyBrowser.DEMO_SERVER)) {
            openDemo.run();
            return;
        }
        open(row.server(), row.studyUid(), "", row.displayName() + "\n" + row.displayDate() + " " + row.description());
    }

    /** Opens the study (and series) a {@code lumen://} link or {@code lumen open --server} names. */
    public void openLink(StudyLink link) {
        open(link.server(), link.studyUid(), link.seriesUid(), "Study " + link.studyUid());
    }

    private void open(String serverName, String studyUid, String seriesUid, String label) {
        Optional<ServerSettings> server = registry.byName(serverName);
        if (server.isEmpty()) {
            status.accept("No server named \"" + serverName + "\" is configured: add it in Servers \u25B8 Settings\u2026");
            return;
        }
        status.accept("Opening " + label.replace('\n', ' ') + " from " + serverName + "\u2026");
        owner.toFront();
        background.execute(() -> {
            try {
                DicomWebClient client = registry.clients().client(server.get());
                StudyRetrieval retrieval = new StudyRetrieval(client, server.get().id(), serverName, studyUid, cache());
                Platform.runLater(() -> {
                    strip.show(serverName + "\n" + label, retrieval, seriesUid.isEmpty() ? Optional.empty() : Optional.of(seriesUid));
                    studyOpened.accept(new org.lumen.viewer.keys.ArchiveTarget(serverName, client, studyUid)); // key-images
                });
            } catch (IOException e) {
                Platform.runLater(() -> status.accept("Cannot open the study from " + serverName + ": " + e.getMessage()));
            }
        });
    }

    /** Whom to tell (on the FX thread) when a study opens from a server (key-images: its key images and measurements). */
    public void onStudyOpened(Consumer<org.lumen.viewer.keys.ArchiveTarget> listener) {
        studyOpened = Objects.requireNonNull(listener, "listener");
    }

    /** Whom to tell when a server study's series are listed and its first series opens (priors-stream: prior prefetch). */
    public void onStudyListed(java.util.function.BiConsumer<StudyRetrieval, org.lumen.viewer.strip.SeriesSummary> listener) {
        strip.onStudyListed(listener);
    }

    /** The configured servers (priors-protocols: the patient's timeline searches them all). */
    public ServerRegistry registry() {
        return registry;
    }

    /**
     * A study on a server, retrieved through the encrypted study cache (priors-protocols: where a prior
     * comes from). Blocking: opening the cache may ask for its passphrase.
     */
    public StudyRetrieval retrieval(ServerSettings server, String studyUid) throws IOException {
        return new StudyRetrieval(registry.clients().client(server), server.id(), server.name(), studyUid, cache());
    }

    /** The cache's studies for an offline search; none when the cache cannot be opened. */
    private List<org.lumen.store.cache.CachedStudy> cachedStudies() {
        try {
            return cache().entries().studies();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The encrypted study cache, opened on first use (blocking: it may ask for the passphrase). */
    private synchronized StudyCache cache() throws IOException {
        if (cache == null) {
            cache = StudyCaches.forThisMachine(config, passphrases);
        }
        return cache;
    }

    /** Stops background work (the main window is closing). */
    public void close() {
        if (browserStage != null) {
            browserStage.close();
        }
        strip.close();
        searches.shutdownNow();
        background.shutdownNow();
        synchronized (this) {
            if (cache != null) {
                try {
                    cache.close();
                } catch (IOException e) {
                    status.accept("Closing the study cache failed: " + e.getMessage());
                }
            }
        }
    }

    private static ServerRegistry loadRegistry(ConfigFolder config, ServerClients clients, Consumer<String> status) {
        ServerSettingsFile file = new ServerSettingsFile(config);
        try {
            return new ServerRegistry(file, clients);
        } catch (IOException e) {
            Path broken = config.file(ServerSettingsFile.NAME);
            Path kept = broken.resolveSibling(ServerSettingsFile.NAME + ".broken-" + System.currentTimeMillis());
            try {
                Files.move(broken, kept, StandardCopyOption.REPLACE_EXISTING);
                status.accept("The server settings could not be read (" + e.getMessage() + "); kept as " + kept);
                return new ServerRegistry(file, clients);
            } catch (IOException again) {
                throw new java.io.UncheckedIOException("server settings unusable: " + e.getMessage(), again);
            }
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
