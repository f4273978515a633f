package org.lumen.viewer.app;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;

import org.lumen.dicom.Tag;
import org.lumen.rendering.Renderer;
import org.lumen.rendering.WindowPreset;
import org.lumen.viewer.measure.Measurement;
import org.lumen.viewer.tools.ViewerAction;
import org.lumen.viewer.viewport.CinePlayer;
import org.lumen.viewer.viewport.FrameClock;
import org.lumen.viewer.viewport.SliceVolume;
import org.lumen.viewer.viewport.ViewGeometry;
import org.lumen.viewer.viewport.ViewState;

/**
 * One viewport showing a stack of images (the frames of multi-frame objects scroll like slices): the
 * image through an {@link ImageSurface}, measurements, overlay, cine. Its view state (window, zoom,
 * pan, orientation) is kept while scrolling. Input comes from {@link ViewportInput}, keys from the
 * workspace through {@link #perform}. Drawing runs on the viewport's {@link ViewDrawer} thread; only
 * the newest request is shown. FX thread only.
 */
final class StackViewport {
    private final ViewportContext context;
    private final StackPane pane = new StackPane();
    private final ImageSurface surface = new ImageSurface();
    private final MeasurementLayer measureLayer = new MeasurementLayer();
    private final ViewportOverlay overlay;
    private final Text emptyHint = new Text("Open DICOM files or a folder: File \u25B8 Open (Ctrl+O), or drop a series here");
    private final ViewDrawer drawer = new ViewDrawer();
    private final CinePlayer cine = new CinePlayer();
    private final ViewportInput input;
    private final org.lumen.viewer.qc.QcBadge qcBadge = new org.lumen.viewer.qc.QcBadge(); // viewer-qc
    private java.util.function.ToIntFunction<String> reportedInstances = uid -> -1; // viewer-qc
    private final org.lumen.viewer.keys.KeyImageBadge keyBadge = new org.lumen.viewer.keys.KeyImageBadge(); // key-images
    private FrameClock clock;
    // ---- stream-wire: a series streaming from its server (ADR 0015)
    private final StreamMarker streamMarker = new StreamMarker();
    private final java.util.function.IntConsumer streamChanged = slice -> streamChanged();
    private final java.util.concurrent.atomic.AtomicBoolean streamRefreshQueued = new java.util.concurrent.atomic.AtomicBoolean();
    private StreamedSlices stream;

    private OpenedSeries series;
    private int index;
    private SliceRasterizer.Window window;
    private int headerWindow = -1;
    private ViewState state = ViewState.INITIAL;
    private ViewDrawer.Drawn shown;
    private int selected = -1;
    private Optional<Measurement> drawing = Optional.empty();
    StackViewport(ViewportContext context) {
        this.context = context;
        this.overlay = new ViewportOverlay(context.cornerText());
        pane.getStyleClass().add("viewport");
        pane.setFocusTraversable(true);
        pane.setMinSize(0, 0);
        emptyHint.getStyleClass().add("empty-hint");
        emptyHint.wrappingWidthProperty().bind(pane.widthProperty().multiply(0.8));
        pane.getChildren().addAll(surface.node(), measureLayer.node(), overlay.node(), emptyHint, streamMarker.node(), qcBadge.node(), keyBadge.node());
        context.annotations().onChange(this::refresh); // key-images: marks and archived measurements
        StackPane.setAlignment(qcBadge.node(), javafx.geometry.Pos.TOP_CENTER); // viewer-qc
        StackPane.setMargin(qcBadge.node(), new javafx.geometry.Insets(56, 0, 0, 0)); // below the top orientation marker
        pane.widthProperty().addListener((o, a, b) -> viewChanged());
        pane.heightProperty().addListener((o, a, b) -> viewChanged());
        input = new ViewportInput(this, context);
        input.attach(pane);
        WindowMenu windowMenu = new WindowMenu(this);
        pane.setOnContextMenuRequested(windowMenu::show);
        watchOutputScale();
    }

    Node node() {
        return pane;
    }

    // ---- priors-protocols: whom to tell when the series, slice, window or view state changes (linked viewports)
    private final List<Runnable> changeListeners = new java.util.ArrayList<>();

    void onChange(Runnable listener) {
        changeListeners.add(java.util.Objects.requireNonNull(listener));
    }

    private void changed() {
        List.copyOf(changeListeners).forEach(Runnable::run);
    }
    // ---- end priors-protocols

    Optional<OpenedSeries> series() {
        return Optional.ofNullable(series);
    }

    int index() {
        return index;
    }

    CinePlayer cine() {
        return cine;
    }

    void setActive(boolean active) {
        pane.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("active"), active);
    }

    /** Shows a series from its middle image (a streaming one from the slice fetched first), with the header's window and a fitted view. */
    void show(OpenedSeries opened) {
        stopCine();
        reset(opened, opened.streaming().map(StreamedSlices::start).orElse(opened.images().size() / 2)); // stream-wire: the slice fetched first
        emptyHint.setVisible(false);
        if (opened.streaming().filter(StreamedSlices::provisional).isEmpty()) {
            AfterStart.run(() -> { // startup: after the first image, and only if still shown
                if (series == opened) {
                    qcBadge.check(QcSeriesOf.of(opened, reportedInstances.applyAsInt(SeriesCatalog.uid(opened)))); // viewer-qc
                }
            });
        }
        render();
        changed(); // priors-protocols
    }

    /** A fresh view of {@code opened} (null: none) at image {@code start}: header window, fitted, nothing selected. */
    private void reset(OpenedSeries opened, int start) {
        series = opened;
        shown = null;
        index = start;
        window = null;
        headerWindow = -1;
        state = ViewState.INITIAL;
        selected = -1;
        drawing = Optional.empty();
        input.cancel();
        follow(opened == null ? null : opened.streaming().orElse(null));
    }

    // ---- stream-wire: slices of a streaming series arrive while the user reads

    /** Listens to the streaming series shown (and no longer to the one before). */
    private void follow(StreamedSlices next) {
        if (stream != null) {
            stream.unlisten(streamChanged);
        }
        stream = next;
        streamMarker.clear();
        if (stream != null) {
            stream.listen(streamChanged);
            streamMarker.progress(stream.losslessCount(), stream.size());
        }
    }

    /** A slice arrived (on a fetch or decode thread): the progress moves, and the slice on the screen is drawn once it is here. */
    private void streamChanged() {
        if (streamRefreshQueued.compareAndSet(false, true)) {
            javafx.application.Platform.runLater(() -> {
                streamRefreshQueued.set(false);
                if (stream == null) {
                    return;
                }
                streamMarker.progress(stream.losslessCount(), stream.size());
                if ((shown == null || shown.index() != index) && stream.received(index).isPresent()) {
                    render();
                }
            });
        }
    }

    /**
     * The slice on the screen has not arrived: an empty view that says so, nothing measured, nothing else drawn in
     * its place; the corner text (patient, study, which image, its position) from the slice's header stays.
     */
    private void showMissing() {
        shown = null;
        surface.clear();
        overlay.clear();
        measureLayer.clear();
        streamMarker.missing(stream.marker(index), index, stream.size());
        OpenedSeries.Image header = series.images().get(index);
        int columns = header.dataSet().getInt(Tag.Columns, 0);
        int rows = header.dataSet().getInt(Tag.Rows, 0);
        if (columns > 0 && rows > 0 && pane.getWidth() > 0 && pane.getHeight() > 0) {
            org.lumen.viewer.measure.Calibration calibration = org.lumen.viewer.measure.Calibration.of(header.dataSet());
            overlay.update(header, index, imageCount(), new ViewGeometry(columns, rows, calibration, pane.getWidth(),
                    pane.getHeight(), state), calibration, new ViewportOverlay.ViewText("", "", ""));
        }
    }

    /**
     * How many images the corner text counts: 0 (no "Im i / N") for the slice shown alone before its series' plan is
     * known, whose place and count are not known yet (priors-stream: it said "Im 1 / 1").
     */
    private int imageCount() {
        return series.streaming().filter(StreamedSlices::provisional).isPresent() ? 0 : series.images().size();
    }

    /** The marker on the view ("NOT YET RECEIVED", "LOSSY ...", empty) and the streaming progress ("" when not streaming or complete). */
    String streamMarkerText() {
        return streamMarker.markerText();
    }

    String streamProgressText() {
        return streamMarker.progressText();
    }

    // ---- viewer-qc: QC badge and closing the study

    org.lumen.viewer.qc.QcBadge qcBadge() {
        return qcBadge;
    }

    /** Where the archive's instance count of a series comes from (-1: unknown). */
    void reportedInstancesFrom(java.util.function.ToIntFunction<String> counts) {
        reportedInstances = counts;
    }

    /** Empties the viewport: no series, no image, no cached pixels (when the study closes). */
    java.util.concurrent.Future<?> clear() {
        stopCine();
        reset(null, 0);
        java.util.concurrent.Future<?> forgotten = drawer.forget();
        surface.clear();
        overlay.clear();
        measureLayer.clear();
        qcBadge.clear();
        keyBadge.show(Optional.empty()); // key-images
        emptyHint.setVisible(true);
        changed(); // priors-protocols: a comparison showing this viewport ends
        return forgotten;
    }

    /** Performs a viewport action; false when the action is not a viewport's. */
    boolean perform(ViewerAction action) {
        switch (action) {
            case PREVIOUS_IMAGE -> scrollBy(-1);
            case NEXT_IMAGE -> scrollBy(1);
            case BACK_TEN -> scrollBy(-10);
            case FORWARD_TEN -> scrollBy(10);
            case FIRST_IMAGE -> scrollTo(0);
            case LAST_IMAGE -> scrollTo(Integer.MAX_VALUE);
            case CINE_PLAY_PAUSE -> toggleCine();
            case CINE_FASTER -> setFps(cine.fps() + 1);
            case CINE_SLOWER -> setFps(cine.fps() - 1);
            case CINE_LOOP -> {
                cine.setLoop(!cine.loop());
                context.statusBar().show("Cine loop " + (cine.loop() ? "on" : "off"));
            }
            case PRESET_1, PRESET_2, PRESET_3, PRESET_4, PRESET_5, PRESET_6, PRESET_7 ->
                    applyPreset(WindowPreset.values()[action.ordinal() - ViewerAction.PRESET_1.ordinal()]);
            case HEADER_WINDOW -> nextHeaderWindow();
            case INVERT -> {
                if (shown != null) {
                    SliceRasterizer.Window w = currentWindow().orElse(shown.raster().window());
                    setWindow(new SliceRasterizer.Window(w.center(), w.width(), !w.invert()));
                }
            }
            case ZOOM_IN -> zoomAbout(1.25, pane.getWidth() / 2, pane.getHeight() / 2);
            case ZOOM_OUT -> zoomAbout(1 / 1.25, pane.getWidth() / 2, pane.getHeight() / 2);
            case FIT -> setState(state.fitted());
            case ACTUAL_SIZE -> setState(state.withScale(ViewGeometry.actualSizeScale(outputScale())));
            case ROTATE_CLOCKWISE -> setState(state.withOrientation(state.orientation().rotatedClockwise()));
            case ROTATE_COUNTER_CLOCKWISE -> setState(state.withOrientation(state.orientation().rotatedCounterClockwise()));
            case FLIP_HORIZONTAL -> setState(state.withOrientation(state.orientation().flippedHorizontally()));
            case FLIP_VERTICAL -> setState(state.withOrientation(state.orientation().flippedVertically()));
            case RESET -> {
                state = ViewState.INITIAL;
                headerWindow = -1;
                setWindow(null);
            }
            case DELETE_MEASUREMENT -> deleteSelected();
            case KEY_IMAGE -> {
                if (shown != null) {
                    context.annotations().toggle(WorkspaceStudyContent.ref(shown.image()), WorkspaceStudyContent.studyUid(shown.image()));
                }
            }
            case CANCEL -> {
                input.cancel();
                drawing = Optional.empty();
                selected = -1;
                refresh();
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    // ---- navigation and cine

    void scrollBy(int delta) {
        if (series != null && delta != 0) {
            scrollTo((int) Math.max(0, Math.min(Integer.MAX_VALUE, (long) index + delta)));
        }
    }

    void scrollTo(int target) {
        if (series == null) {
            return;
        }
        int next = Math.max(0, Math.min(series.images().size() - 1, target));
        if (next != index) {
            index = next;
            selected = -1;
            drawing = Optional.empty();
            input.cancel();
            render();
            changed();
        }
    }

    void toggleCine() {
        if (cine.playing()) {
            stopCine();
        } else if (series != null && series.images().size() > 1) {
            cine.play();
            if (clock == null) {
                clock = context.clocks().get();
            }
            clock.start(this::onCineFrame);
        }
        context.cineChanged().accept(this);
        refresh();
    }

    void setFps(int fps) {
        cine.setFps(fps);
        context.statusBar().show("Cine " + cine.fps() + " fps");
        context.cineChanged().accept(this);
        refresh();
    }

    private void stopCine() {
        cine.pause();
        if (clock != null) {
            clock.stop();
        }
        context.cineChanged().accept(this);
    }

    private void onCineFrame(long nowNanos) {
        if (series == null) {
            stopCine();
            return;
        }
        int next = cine.advance(index, series.images().size(), nowNanos);
        if (next != index) {
            index = next;
            render();
            changed();
        }
        if (!cine.playing()) {
            stopCine();
            refresh();
        }
    }

    // ---- window

    private void applyPreset(WindowPreset preset) {
        boolean invert = currentWindow().map(SliceRasterizer.Window::invert).orElse(shown != null && shown.raster().window().invert());
        context.statusBar().show("Window: " + preset.label() + " (key " + preset.key() + ")");
        setWindow(new SliceRasterizer.Window(preset.window().center(), preset.window().width(), invert));
    }

    private void nextHeaderWindow() {
        if (shown == null) {
            return;
        }
        List<SliceRasterizer.HeaderWindow> windows = SliceRasterizer.headerWindows(shown.image().dataSet());
        if (windows.isEmpty()) {
            context.statusBar().show("The header names no window");
            return;
        }
        headerWindow = (headerWindow + 1) % windows.size();
        applyHeaderWindow(windows.get(headerWindow));
    }

    /** The windows the shown image's header names. */
    List<SliceRasterizer.HeaderWindow> headerWindows() {
        return shown == null ? List.of() : SliceRasterizer.headerWindows(shown.image().dataSet());
    }

    void applyHeaderWindow(SliceRasterizer.HeaderWindow w) {
        boolean invert = currentWindow().orElse(shown == null ? w.window() : shown.raster().window()).invert();
        context.statusBar().show("Window from the header" + (w.explanation().isEmpty() ? "" : ": " + w.explanation()));
        setWindow(new SliceRasterizer.Window(w.window().center(), w.window().width(), invert));
    }

    void setWindow(SliceRasterizer.Window newWindow) {
        window = newWindow;
        render();
        changed();
    }

    /** The window last asked for (empty: the header's, as on screen). */
    Optional<SliceRasterizer.Window> currentWindow() {
        return Optional.ofNullable(window);
    }

    /** The image on screen, with its window and value range. */
    Optional<SliceRasterizer.Raster> raster() {
        return Optional.ofNullable(shown).map(ViewDrawer.Drawn::raster);
    }

    // ---- view state

    ViewState state() {
        return state;
    }

    void setState(ViewState newState) {
        state = newState;
        viewChanged();
        changed();
    }

    void zoomAbout(double factor, double x, double y) {
        geometry().ifPresent(g -> setState(g.zoomedAbout(factor, x, y)));
    }

    Optional<ViewGeometry> geometry() {
        if (shown == null) {
            return Optional.empty();
        }
        return Optional.of(new ViewGeometry(shown.raster().width(), shown.raster().height(), shown.calibration(),
                pane.getWidth(), pane.getHeight(), state));
    }

    /** Draws again when the window moves to a screen with another output scale (HiDPI). */
    private void watchOutputScale() {
        javafx.beans.value.ChangeListener<Number> rescaled = (o, a, b) -> viewChanged();
        javafx.beans.value.ChangeListener<javafx.stage.Window> windowSet = (o, a, b) -> {
            if (a != null) {
                a.outputScaleXProperty().removeListener(rescaled);
            }
            if (b != null) {
                b.outputScaleXProperty().addListener(rescaled);
            }
        };
        pane.sceneProperty().addListener((o, a, b) -> {
            if (a != null) {
                a.windowProperty().removeListener(windowSet);
                windowSet.changed(null, a.getWindow(), null);
            }
            if (b != null) {
                b.windowProperty().addListener(windowSet);
                windowSet.changed(null, null, b.getWindow());
            }
        });
    }

    private double outputScale() {
        return pane.getScene() != null && pane.getScene().getWindow() != null ? pane.getScene().getWindow().getOutputScaleX() : 1;
    }

    // ---- measurements

    private String imageKey() {
        return WorkspaceStudyContent.storeKey(shown.image());
    }

    // ---- key-images: the key-image mark and the archived (read-only) measurements of the shown image

    org.lumen.viewer.keys.KeyImageBadge keyBadge() {
        return keyBadge;
    }

    List<org.lumen.viewer.keys.ArchivedMeasurement> archivedMeasurements() {
        return shown == null ? List.of() : context.annotations().archivedOn(WorkspaceStudyContent.ref(shown.image()));
    }

    List<Measurement> measurements() {
        return shown == null ? List.of() : context.measurements().on(imageKey());
    }

    int selected() {
        return selected;
    }

    void select(int measurement) {
        selected = measurement;
        refresh();
    }

    void setDrawing(Optional<Measurement> inProgress) {
        drawing = inProgress;
        refresh();
    }

    void addMeasurement(Measurement m) {
        if (shown != null) {
            selected = context.measurements().add(imageKey(), m);
            drawing = Optional.empty();
            refresh();
        }
    }

    void replaceMeasurement(int measurement, Measurement m) {
        context.measurements().replace(imageKey(), measurement, m);
        refresh();
    }

    void deleteSelected() {
        if (shown != null && selected >= 0 && selected < measurements().size()) {
            context.measurements().remove(imageKey(), selected);
            selected = -1;
            context.statusBar().show("Measurement deleted");
            refresh();
        }
    }

    // ---- rendering

    /**
     * Draws the current image: greyscale images the {@link org.lumen.rendering.Renderer} shows exactly
     * ({@link SliceVolume}) are drawn by it at device resolution for the whole view (zoom, pan, turns and
     * flips included); other images (colour, LUT tables) are rasterized at image size by
     * {@link SliceRasterizer} and placed with an affine transform.
     */
    private void render() {
        if (stream != null) { // stream-wire: the slice on the screen comes first; a missing one is shown missing
            stream.focus(index);
            if (stream.received(index).isEmpty()) {
                showMissing();
                return;
            }
        }
        drawer.draw(new ViewDrawer.Request(series, index, window, state, pane.getWidth(), pane.getHeight(), outputScale(),
                context.renderer().get()), this::present, context.statusBar()::show);
    }

    private void present(ViewDrawer.Drawn next) {
        if (next.series() != series || stream != null && next.index() != index) {
            return; // stream-wire: a streaming view never shows another slice in place of the missing one
        }
        if (stream != null) {
            streamMarker.drawn(stream.marker(index));
        }
        if (next.picture().isPresent()) {
            surface.show(next.picture().get());
            surface.place(new double[] {1 / next.outputScale(), 0, 0, 0, 1 / next.outputScale(), 0});
        } else {
            surface.show(next.raster().width(), next.raster().height(), next.raster().argb());
        }
        shown = next;
        refresh();
    }

    /** After zoom, pan, a turn, a flip or a resize: re-place the image, or draw it again when the Renderer draws it. */
    private void viewChanged() {
        refresh();
        if (shown != null && shown.byRenderer()) {
            render();
        }
    }

    /** Re-places the image and redraws overlay and measurements for the current view state. */
    void refresh() {
        if (shown == null || series == null) {
            return;
        }
        ViewGeometry g = geometry().orElseThrow();
        if (!shown.byRenderer()) {
            surface.place(g.imageToScreen());
        }
        SliceRasterizer.Window w = shown.raster().window();
        String windowText = shown.raster().grey()
                ? String.format(Locale.ROOT, "W %.0f  L %.0f%s", w.width(), w.center(), w.invert() ? "  INV" : "") : "";
        String zoom = String.format(Locale.ROOT, "Zoom %.0f%%", g.scale() * outputScale() * 100);
        String cineText = cine.playing() ? "Cine " + cine.fps() + " fps" + (cine.loop() ? "  loop" : "") : "";
        overlay.update(shown.image(), shown.index(), imageCount(), g, shown.calibration(),
                new ViewportOverlay.ViewText(windowText, zoom, cineText));
        List<Measurement> list = measurements();
        keyBadge.show(context.annotations().keyMark(WorkspaceStudyContent.ref(shown.image()))); // key-images
        measureLayer.draw(list, selected < list.size() ? selected : -1, drawing, archivedMeasurements(), g, shown.pixels(),
                shown.calibration());
    }
}
