package org.lumen.viewer.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;

import org.lumen.rendering.Renderer;
import org.lumen.rendering.cpu.CpuRenderer;
import org.lumen.rendering.gl.RendererSelection;
import org.lumen.viewer.cache.SeriesInstances;
import org.lumen.viewer.help.HelpPanel;
import org.lumen.viewer.layout.GridLayout;
import org.lumen.viewer.layout.SeriesDisplay;
import org.lumen.viewer.layout.SeriesTransfer;
import org.lumen.viewer.measure.MeasurementStore;
import org.lumen.viewer.mpr.MprLayout;
import org.lumen.viewer.overlay.CornerTextLayout;
import org.lumen.viewer.tools.KeyTable;
import org.lumen.viewer.tools.Tool;
import org.lumen.viewer.tools.ViewerAction;
import org.lumen.viewer.viewport.FrameClock;
import org.lumen.viewer.volume.SeriesVolumeLoader;

/**
 * The reading area of the main window: a grid of {@link StackViewport}s in a {@link GridLayout}, one
 * of them active (highlighted; keys go to it), the opened series by UID ({@link SeriesCatalog}),
 * key dispatch through the {@link KeyTable}, the help panel, and series drops
 * ({@link SeriesTransfer#FORMAT}). FX thread unless noted; scanning runs on a background thread.
 */
final class Workspace implements SeriesDisplay {
    /**
     * System property choosing what draws greyscale views: "auto" (default: the Renderer when it is
     * the GPU one, else the CPU rasterizer, which measured 4 to 8 times cheaper than the CPU renderer
     * for a 1024^2 view, ADR 4), "renderer" (always the selected Renderer, CPU or GPU), "rasterizer" (never
     * the Renderer).
     */
    static final String DRAW_PROPERTY = "lumen.viewport.draw";
    private final StatusBar statusBar;
    private final KeyTable keys = KeyTable.standard();
    private final HelpPanel help = new HelpPanel(keys);
    private final SeriesCatalog catalog = new SeriesCatalog();
    private final GridPane grid = new GridPane();
    private final StackPane root = new StackPane(grid, help.node());
    private final List<StackViewport> viewports = new ArrayList<>();
    private final ViewportContext context;
    private final WorkspaceToolBar toolBar;
    private final ExecutorService scanner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "lumen-series-scan");
        t.setDaemon(true);
        return t;
    });
    private Supplier<FrameClock> clocks = PulseClock::new;
    private GridLayout layout = new GridLayout(1, 1);
    private StackViewport active;
    private Tool tool = Tool.WINDOW;
    /** The renderer of greyscale views: the CPU renderer until the selection at start-up picks another. */
    private final ForkJoinPool renderPool = new ForkJoinPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
    private volatile Renderer renderer = new CpuRenderer(renderPool);
    private final String drawMode = System.getProperty(DRAW_PROPERTY, "auto").trim().toLowerCase(java.util.Locale.ROOT);
    private volatile boolean gpuSelected;

    private Optional<BiPredicate<String, Consumer<SeriesInstances>>> missingSeries = Optional.empty();
    private boolean probed; // FX thread: a renderer probe was started
    private volatile Thread probeThread; // the probe, once started
    private MprLayout mpr; // mpr: the MPR layout, over the grid while it shows; made when first used (start-up: its 135 hidden nodes)
    // ---- viewer-qc: actions the main window performs (QC windows, closing the study), archive counts
    private Consumer<ViewerAction> windowActions = a -> {};
    private java.util.function.ToIntFunction<String> reportedInstances = uid -> -1;
    private long openGeneration;
    private final org.lumen.viewer.keys.StudyAnnotations annotations; // key-images

    Workspace(StatusBar statusBar, CornerTextLayout cornerText) {
        this.statusBar = Objects.requireNonNull(statusBar);
        this.annotations = org.lumen.viewer.keys.StudyAnnotations.forWorkstation(statusBar::show); // key-images
        this.context = new ViewportContext(statusBar, new MeasurementStore(), cornerText, () -> tool, () -> clocks.get(), this::activate,
                this::viewRenderer, this::cineChanged, annotations);
        annotations.useContent(new WorkspaceStudyContent(catalog, context.measurements())); // key-images
        root.getChildren().add(annotations.notice().node()); // key-images
        this.toolBar = new WorkspaceToolBar(this, keys);
        grid.getStyleClass().add("viewport-grid");
        root.setMinSize(0, 0);
        org.lumen.viewer.tools.HeldKeys held = org.lumen.viewer.tools.HeldKeys.watch(root);
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> keys.actionFor(e).ifPresent(action -> {
            if (!held.repeated() || action.repeatsWhileHeld()) { // a held Ctrl+M or K acts once
                perform(action);
            }
            e.consume();
        }));
        arrange(layout);
    }

    Node node() {
        return root;
    }

    Node toolBar() {
        return toolBar.node();
    }

    KeyTable keys() {
        return keys;
    }

    HelpPanel help() {
        return help;
    }

    /** Replaces where cine gets its frame clock (tests step a clock by hand); affects viewports' next play. */
    void useFrameClocks(Supplier<FrameClock> frameClocks) {
        clocks = Objects.requireNonNull(frameClocks);
    }

    List<StackViewport> visibleViewports() {
        return List.copyOf(viewports.subList(0, layout.cells()));
    }

    StackViewport active() {
        return active;
    }

    GridLayout layout() {
        return layout;
    }

    Tool tool() {
        return tool;
    }

    Optional<OpenedSeries> series(String seriesInstanceUid) {
        return catalog.find(seriesInstanceUid);
    }

    // ---- priors-protocols: every opened series, and whom to tell when series were opened
    private Consumer<List<OpenedSeries>> openedListener = opened -> { };

    void addToCatalog(OpenedSeries series) {
        catalog.add(series);
    }

    void onOpened(Consumer<List<OpenedSeries>> listener) {
        openedListener = Objects.requireNonNull(listener);
    }
    // ---- end priors-protocols

    void setTool(Tool newTool) {
        tool = Objects.requireNonNull(newTool);
        toolBar.showTool(newTool);
        statusBar.show("Tool: " + newTool.label());
    }

    void setLayout(GridLayout newLayout) {
        if (mpr != null) {
            mpr.hide();
        }
        arrange(newLayout);
        statusBar.show("Layout " + newLayout);
    }

    private void arrange(GridLayout newLayout) {
        layout = newLayout;
        while (viewports.size() < newLayout.cells()) {
            StackViewport v = new StackViewport(context);
            acceptDrops(v);
            v.reportedInstancesFrom(uid -> reportedInstances.applyAsInt(uid)); // viewer-qc
            v.qcBadge().onOpen(c -> {
                activate(v);
                windowActions.accept(ViewerAction.SERIES_QC);
            });
            viewports.add(v);
        }
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        grid.getRowConstraints().clear();
        for (int c = 0; c < newLayout.columns(); c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / newLayout.columns());
            grid.getColumnConstraints().add(cc);
        }
        for (int r = 0; r < newLayout.rows(); r++) {
            RowConstraints rc = new RowConstraints();
            rc.setPercentHeight(100.0 / newLayout.rows());
            grid.getRowConstraints().add(rc);
        }
        for (int i = 0; i < newLayout.cells(); i++) {
            grid.add(viewports.get(i).node(), i % newLayout.columns(), i / newLayout.columns());
        }
        if (active == null || viewports.indexOf(active) >= newLayout.cells()) {
            activate(viewports.get(0));
        }
    }

    private void cineChanged(StackViewport viewport) {
        if (viewport == active) {
            toolBar.showCine(viewport.cine());
        }
    }

    void activate(StackViewport viewport) {
        if (active != null) {
            active.setActive(false);
        }
        active = viewport;
        viewport.setActive(true);
        toolBar.showCine(viewport.cine());
    }

    /** Performs a bound action: window-wide ones here, the rest on the active viewport. */
    void perform(ViewerAction action) {
        if (mpr != null && mpr.showing() && action != ViewerAction.MPR && action != ViewerAction.HELP && mpr.perform(action)) {
            return;
        }
        switch (action) {
            case TOOL_WINDOW -> setTool(Tool.WINDOW);
            case TOOL_PAN -> setTool(Tool.PAN);
            case TOOL_ZOOM -> setTool(Tool.ZOOM);
            case TOOL_SCROLL -> setTool(Tool.SCROLL);
            case TOOL_LENGTH -> setTool(Tool.LENGTH);
            case TOOL_ANGLE -> setTool(Tool.ANGLE);
            case TOOL_RECTANGLE -> setTool(Tool.RECTANGLE);
            case TOOL_ELLIPSE -> setTool(Tool.ELLIPSE);
            case TOOL_PROBE -> setTool(Tool.PROBE);
            case LAYOUT_1X1 -> setLayout(GridLayout.STANDARD.get(0));
            case LAYOUT_1X2 -> setLayout(GridLayout.STANDARD.get(1));
            case LAYOUT_2X1 -> setLayout(GridLayout.STANDARD.get(2));
            case LAYOUT_2X2 -> setLayout(GridLayout.STANDARD.get(3));
            case LAYOUT_3X3 -> setLayout(GridLayout.STANDARD.get(4));
            case LAYOUT_CUSTOM -> askCustomLayout();
            case NEXT_VIEWPORT -> {
                int next = (viewports.indexOf(active) + 1) % layout.cells();
                activate(viewports.get(next));
                active.node().requestFocus();
            }
            case HELP -> help.toggle();
            case MPR -> toggleMpr();
            case TAG_BROWSER, HEADER_DIFF, SERIES_QC, CLOSE_STUDY -> windowActions.accept(action); // viewer-qc
            case SAVE_ANNOTATIONS -> annotations.save(); // key-images
            case KEY_IMAGE, NEXT_KEY_IMAGE -> { // key-images: acquired images only, not MPR planes
                if (mpr != null && mpr.showing()) {
                    statusBar.show("Key images are the acquired images: leave MPR first ("
                            + org.lumen.viewer.help.HelpPanel.keysText(keys, ViewerAction.MPR) + ")");
                } else if (action == ViewerAction.KEY_IMAGE) {
                    active.perform(action);
                } else {
                    nextKeyImage();
                }
            }
            default -> {
                active.perform(action);
                toolBar.showCine(active.cine());
            }
        }
    }

    MprLayout mpr() {
        if (mpr == null) {
            mpr = new MprLayout(() -> renderer, statusBar::show, this::toggleMpr);
            root.getChildren().add(1, mpr.node());
        }
        return mpr;
    }

    /** Shows the MPR layout of the active viewport's series (its files loaded into a volume), or leaves it. */
    void toggleMpr() {
        if (mpr != null && mpr.showing()) {
            mpr.hide();
            active.node().requestFocus();
            return;
        }
        Optional<OpenedSeries> shown = active.series();
        if (shown.isEmpty()) {
            statusBar.show("MPR: open a series first");
            return;
        }
        String title = shown.get().description().trim();
        if (shown.get().streaming().isPresent()) {
            // stream-wire: MPR needs the whole volume; it waits for it, the progress in the status bar
            StreamedSlices stream = shown.get().streaming().get();
            mpr().open(() -> inMemory(stream.awaitAll(n -> Platform.runLater(() -> statusBar.show(
                    "MPR waits for the whole volume: " + n + " / " + stream.size() + " slices received"))), title), title);
            return;
        }
        List<OpenedSeries.Image> images = shown.get().images().stream().filter(i -> i.frame() == 0).toList();
        if (images.stream().allMatch(i -> java.nio.file.Files.isRegularFile(i.file()))) {
            List<Path> files = images.stream().map(OpenedSeries.Image::file).distinct().toList();
            mpr().open(() -> MprLayout.Shown.of(SeriesVolumeLoader.load(files), title), title);
        } else {
            mpr().open(() -> inMemory(images, title), title);
        }
    }

    /** A series from a server, held in memory: the same headers and pixel data, never written to disk. */
    private static MprLayout.Shown inMemory(List<OpenedSeries.Image> images, String title) throws Exception {
        List<org.lumen.dicom.io.DicomFile> dicom = images.stream().map(i -> new org.lumen.dicom.io.DicomFile(
                new org.lumen.dicom.DataSet(), i.dataSet(), i.transferSyntax())).toList();
        List<Path> names = images.stream().map(OpenedSeries.Image::file).toList();
        return MprLayout.Shown.of(SeriesVolumeLoader.loadImages(dicom, names), title);
    }

    void askCustomLayout() {
        TextInputDialog dialog = new TextInputDialog(layout.toString());
        dialog.setTitle("Custom layout");
        dialog.setHeaderText("Rows x columns, 1 to " + GridLayout.MAX + " each (for example 2x3)");
        dialog.showAndWait().ifPresent(text -> GridLayout.parse(text).ifPresentOrElse(this::setLayout,
                () -> statusBar.show("Not a layout: \"" + text + "\" (rows x columns, 1 to " + GridLayout.MAX + ")")));
    }

    @Override
    public boolean showInActiveViewport(String seriesInstanceUid) {
        return dropSeries(active, seriesInstanceUid);
    }

    /** Shows an opened series in a viewport and makes it active: what a drop does. */
    boolean dropSeries(StackViewport target, String seriesInstanceUid) {
        Optional<OpenedSeries> found = catalog.find(seriesInstanceUid);
        if (found.isEmpty()) {
            if (missingSeries.isEmpty()) {
                statusBar.show("That series is not open here: " + seriesInstanceUid);
                return false;
            }
            boolean coming = missingSeries.get().test(seriesInstanceUid, instances -> openInstances(instances, target));
            if (coming) {
                activate(target);
            }
            return coming;
        }
        target.show(found.get());
        activate(target);
        statusBar.show(found.get().description());
        return true;
    }

    private void acceptDrops(StackViewport viewport) {
        Node node = viewport.node();
        node.setOnDragOver(e -> {
            if (e.getDragboard().hasContent(SeriesTransfer.FORMAT)) {
                e.acceptTransferModes(TransferMode.COPY_OR_MOVE);
                e.consume();
            }
        });
        node.setOnDragDropped(e -> {
            if (e.getDragboard().getContent(SeriesTransfer.FORMAT) instanceof String uid) {
                e.setDropCompleted(dropSeries(viewport, uid));
                e.consume();
            }
        });
    }

    /**
     * Where a dropped series that is not open yet comes from: {@code fetcher} gets its UID and a
     * consumer that takes the series' instances on the FX thread once they are available (for example after
     * a download from the server of the study in the series strip), and answers whether it knows the
     * series at all.
     */
    void fetchMissingSeriesWith(BiPredicate<String, Consumer<SeriesInstances>> fetcher) {
        missingSeries = Optional.of(fetcher);
    }

    /**
     * Opens what {@code source} returns (computed on the scan thread): every series goes into the
     * catalog; the first is shown in the active viewport and the next ones in the empty visible viewports.
     */
    void open(Callable<List<Path>> source, String note) {
        open(source, note, null);
    }

    /**
     * Opens a series handed over in memory (from a server, through the encrypted cache) in
     * {@code target} (null: the active viewport); read on the scan thread, nothing written to disk.
     */
    void openInstances(SeriesInstances instances, StackViewport target) {
        if (instances.stream().filter(org.lumen.viewer.stream.SeriesStream::provisional).isPresent()) {
            // stream-wire: the slice on the screen alone, before the series' metadata; the whole series replaces it
            StackViewport v = target != null && visibleViewports().contains(target) ? target : active;
            activate(v);
            v.show(StreamedSlices.open(instances.stream().get()));
            statusBar.show("Streaming from " + instances.origin() + "\u2026");
            return;
        }
        if (instances.stream().isPresent()) { // stream-wire: shown at once, filling as its slices arrive
            opened(new SeriesLoader.ScanResult(List.of(StreamedSlices.open(instances.stream().get())), List.of()),
                    "  \u2014  " + instances.origin(), target);
            return;
        }
        scanner.submit(() -> {
            SeriesLoader.ScanResult result = SeriesLoader.scanMemory(instances.origin(), instances.part10());
            Platform.runLater(() -> opened(result, instances.offline() ? "  \u2014  OFFLINE: from the encrypted cache" : "", target));
        });
    }

    /** As {@link #open(Callable, String)}, the first series going into {@code target} (null: the active viewport). */
    private void open(Callable<List<Path>> source, String note, StackViewport target) {
        openScan(() -> SeriesLoader.scan(source.call()), note, target);
    }

    /** As {@link #open(Callable, String)} with files scanned elsewhere (startup: the demo study read while the window was built). */
    void openScanned(java.util.concurrent.Future<SeriesLoader.ScanResult> scan, String note) {
        openScan(() -> {
            try {
                return scan.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
        }, note, null);
    }

    private void openScan(Callable<SeriesLoader.ScanResult> scan, String note, StackViewport target) {
        long ticket = openGeneration;
        scanner.submit(() -> {
            try {
                SeriesLoader.ScanResult result = scan.call();
                Platform.runLater(() -> {
                    if (ticket == openGeneration) {
                        opened(result, note, target);
                    }
                });
            } catch (Exception e) {
                Platform.runLater(() -> statusBar.show("Could not open: " + e.getMessage()));
            }
        });
    }

    private void opened(SeriesLoader.ScanResult result, String note, StackViewport target) {
        if (result.series().isEmpty()) {
            statusBar.show("No images found" + (result.problems().isEmpty() ? "" : ": " + result.problems().get(0)));
            return;
        }
        result.series().forEach(catalog::add);
        if (target != null && visibleViewports().contains(target)) {
            activate(target);
        }
        active.show(result.series().get(0));
        int next = 1;
        for (StackViewport v : visibleViewports()) {
            if (v != active && v.series().isEmpty() && next < result.series().size()) {
                v.show(result.series().get(next++));
            }
        }
        statusBar.show(result.series().get(0).description()
                + (result.series().size() > 1 ? ", " + (result.series().size() - 1) + " more series" : "")
                + (result.problems().isEmpty() ? "" : ", " + result.problems().size()
                        + (result.problems().size() == 1 ? " file" : " files") + " skipped (not readable as DICOM)")
                + note);
        openedListener.accept(result.series()); // priors-protocols: hanging protocol
        if (!note.isEmpty() && !statusBar.text().endsWith(note)) {
            statusBar.show(statusBar.text() + note); // the protocol's line replaced it: the note (DEMO, how to go on) stays
        }
    }

    // ---- viewer-qc

    /** Where the QC, diff and close-study actions go (the main window). */
    void onWindowActions(Consumer<ViewerAction> actions) {
        windowActions = Objects.requireNonNull(actions);
    }

    /** Where the archive's instance count of a series comes from (the series strip; -1: unknown). */
    void reportedInstancesFrom(java.util.function.ToIntFunction<String> counts) {
        reportedInstances = Objects.requireNonNull(counts);
    }

    /** Every opened series, in the order opened. */
    List<OpenedSeries> openedSeries() {
        return catalog.all();
    }

    /** Shows the next key image of the open series in the active viewport (key-images). */
    private void nextKeyImage() {
        KeyImageNavigation.next(catalog.all(), active.series(), active.index(),
                image -> annotations.keyMark(WorkspaceStudyContent.ref(image)).isPresent()).ifPresentOrElse(stop -> {
                    if (active.series().orElse(null) != stop.series()) {
                        active.show(stop.series());
                    }
                    active.scrollTo(stop.index());
                    statusBar.show("Key image " + stop.number() + " of " + stop.total());
                }, () -> statusBar.show("No key image in the open series (K marks the shown image)"));
    }

    /** Key images and archived measurements of the study from a server (key-images). */
    org.lumen.viewer.keys.StudyAnnotations annotations() {
        return annotations;
    }

    /** The renderer in use (its {@link Renderer#textureBytes()} is what the study holds on the GPU). */
    Renderer renderer() {
        return renderer;
    }

    /**
     * Closes the study: empties every viewport, forgets the opened series, measurements and cached
     * pixels, drops scans still running, and has the renderer release its GPU textures (on a
     * background thread; {@code released} runs on the FX thread after).
     */
    void closeStudy(Runnable released) {
        openGeneration++;
        List<java.util.concurrent.Future<?>> drawers = viewports.stream().map(StackViewport::clear).toList();
        annotations.close(); // key-images: before the series and measurements go, to say what was not saved
        catalog.clear();
        context.measurements().clear();
        activate(viewports.get(0));
        Renderer current = renderer;
        Thread release = new Thread(() -> {
            try {
                for (java.util.concurrent.Future<?> drawer : drawers) {
                    drawer.get(); // a drawing in progress finishes (and uploads) before the textures go
                }
                current.releaseAll();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.ExecutionException e) {
                Platform.runLater(() -> statusBar.show("Closing the study: " + e.getCause()));
            } catch (RuntimeException e) {
                Platform.runLater(() -> statusBar.show("Could not release GPU textures: " + e.getMessage()));
            }
            Platform.runLater(released);
        }, "lumen-release-study");
        release.setDaemon(true);
        release.start();
    }

    /** The renderer that draws greyscale views now, if any (see {@link #DRAW_PROPERTY}). */
    private Optional<Renderer> viewRenderer() {
        boolean use = switch (drawMode) {
            case "renderer" -> true;
            case "rasterizer" -> false;
            default -> gpuSelected;
        };
        return use ? Optional.of(renderer) : Optional.empty();
    }

    /** Probes the renderer unless a probe was already started (start-up's deferred probe after one asked for). */
    void probeRendererOnce() {
        if (!probed) {
            probeRenderer();
        }
    }

    /**
     * Selects the renderer on a background thread ({@code lumen.renderer}: auto, gpu or cpu), uses it for
     * greyscale views from then on, and says in the status bar which one draws and why.
     */
    void probeRenderer() {
        probed = true;
        RendererSelection.Preference preference = RendererNotice.preference();
        Thread probe = new Thread(() -> {
            String text;
            try {
                RendererSelection selection = RendererSelection.select(preference, renderPool);
                text = RendererNotice.text(selection, preference);
                renderer = selection.renderer();
                gpuSelected = !(selection.renderer() instanceof CpuRenderer);
            } catch (RuntimeException | LinkageError e) {
                text = "CPU renderer: renderer selection failed (" + e + ")";
            }
            String shown = drawMode.equals("rasterizer") ? "CPU rasterizer (" + DRAW_PROPERTY + "=rasterizer)" : text;
            Platform.runLater(() -> statusBar.renderer(shown));
        }, "lumen-renderer-probe");
        probe.setDaemon(true);
        probeThread = probe;
        probe.start();
    }

    /**
     * When the workstation ends, after JavaFX has stopped (main thread): lets a renderer probe still
     * running finish and closes the renderer, so that JOGL's shutdown hooks find it idle
     * ({@link RendererShutdown}). Returns what went wrong, if anything.
     */
    Optional<String> endRenderer() {
        return RendererShutdown.end(probeThread, () -> renderer);
    }
}
