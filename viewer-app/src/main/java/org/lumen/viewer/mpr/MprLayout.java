package org.lumen.viewer.mpr;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;

import org.lumen.dicom.lut.PresentationLut;
import org.lumen.rendering.RenderedImage;
import org.lumen.rendering.Renderer;
import org.lumen.rendering.SlabMode;
import org.lumen.rendering.ViewRequest;
import org.lumen.rendering.WindowLevel;
import org.lumen.rendering.WindowPreset;
import org.lumen.rendering.volume.Volume;
import org.lumen.rendering.volume.VolumeFinding;
import org.lumen.viewer.tools.ViewerAction;
import org.lumen.viewer.volume.HeaderDisplay;
import org.lumen.viewer.volume.LoadedSeries;

/**
 * The MPR layout: axial (top left), coronal (top right) and sagittal (bottom left) views of one
 * series' volume, linked through one {@link MprState}, and a side panel (bottom right). The window is
 * shared by the three views; zoom and pan are each view's own. Every view is drawn by the
 * {@link Renderer} the supplier gives (the workstation's selection: GPU when available, else the CPU
 * reference) at device resolution, without downsampling. The volume loads on a background thread;
 * until it is complete nothing is drawn. FX thread only, except the loader and the views' drawers.
 */
public final class MprLayout {
    /** Slab thickness step of the thicker/thinner keys, mm. */
    static final double SLAB_STEP_MM = 2;

    /**
     * The volume shown and how it is windowed at first.
     *
     * @param volume     a completely loaded greyscale volume of at least two slices
     * @param title      what the side panel calls it
     * @param window     the first window (the header's, else the full value range)
     * @param invert     whether grey is inverted at first (MONOCHROME1)
     * @param valueRange the span of modality values, for window drags
     * @param findings   what a reader should know before trusting the reconstruction (gaps, uneven spacing, tilt)
     */
    public record Shown(Volume volume, String title, WindowLevel window, boolean invert, double valueRange, List<String> findings) {
        public Shown {
            Objects.requireNonNull(volume, "volume");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(window, "window");
            findings = List.copyOf(findings);
            if (volume.geometry().slices() < 2) {
                throw new IllegalArgumentException("MPR needs a volume: this series has one image");
            }
        }

        /**
         * A loaded series: its header's window (else its full value range) and Presentation LUT; colour and
         * palette series are refused. Reads every voxel once (the value range): call it off the FX thread.
         */
        public static Shown of(LoadedSeries series, String title) {
            if (!(series.header() instanceof HeaderDisplay.Greyscale grey)) {
                throw new IllegalArgumentException("MPR shows greyscale series; this one is colour");
            }
            WindowLevel full = series.fullRange();
            return new Shown(series.volume(), title, series.headerWindow().orElse(full),
                    grey.presentation() == PresentationLut.Shape.INVERSE, full.width(),
                    series.layout().findings().stream().map(VolumeFinding::message).toList());
        }
    }

    private final Supplier<Renderer> renderer;
    private final Consumer<String> status;
    private final Map<MprPlane, MprView> views = new EnumMap<>(MprPlane.class);
    private final MprPanel panel;
    private final Label loading = new Label();
    private final GridPane grid = new GridPane();
    private final StackPane root = new StackPane(grid, loading);
    private final ExecutorService loader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "lumen-mpr-load");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong loadTicket = new AtomicLong();
    private Shown shown;
    private MprState state;
    private WindowLevel window;
    private boolean invert;
    private MprView active;

    /**
     * @param renderer the renderer to draw with, asked at every drawing (the selection may change after start-up)
     * @param status   where messages go (the status bar)
     * @param close    what leaves the layout (the workspace shows its grid again)
     */
    public MprLayout(Supplier<Renderer> renderer, Consumer<String> status, Runnable close) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.status = Objects.requireNonNull(status, "status");
        this.panel = new MprPanel(this, Objects.requireNonNull(close, "close"));
        for (MprPlane p : MprPlane.values()) {
            views.put(p, new MprView(p, this));
        }
        for (int i = 0; i < 2; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(50);
            grid.getColumnConstraints().add(c);
            RowConstraints r = new RowConstraints();
            r.setPercentHeight(50);
            grid.getRowConstraints().add(r);
        }
        grid.add(views.get(MprPlane.AXIAL).node(), 0, 0);
        grid.add(views.get(MprPlane.CORONAL).node(), 1, 0);
        grid.add(views.get(MprPlane.SAGITTAL).node(), 0, 1);
        grid.add(panel.node(), 1, 1);
        grid.setHgap(2);
        grid.setVgap(2);
        grid.setStyle("-fx-background-color: #2a2c31;");
        grid.setMinSize(0, 0);
        root.setMinSize(0, 0);
        root.getStyleClass().add("mpr-layout");
        loading.getStyleClass().add("empty-hint");
        loading.setStyle("-fx-text-fill: #c9ccd1; -fx-font-size: 16px;");
        loading.setVisible(false);
        root.setVisible(false);
        activate(views.get(MprPlane.AXIAL));
    }

    public Node node() {
        return root;
    }

    /** Whether the layout is on screen. */
    public boolean showing() {
        return root.isVisible();
    }

    /**
     * Shows the layout and loads a volume on the loader thread ({@code load} runs there); the views
     * draw once it is complete. A load still running when another starts is forgotten.
     */
    public void open(Callable<Shown> load, String what) {
        long ticket = loadTicket.incrementAndGet();
        clear();
        root.setVisible(true);
        loading.setText("Loading " + what + " for MPR\u2026");
        loading.setVisible(true);
        loader.submit(() -> {
            try {
                Shown next = load.call();
                Platform.runLater(() -> {
                    if (ticket == loadTicket.get() && showing()) {
                        show(next);
                    }
                });
            } catch (Exception | OutOfMemoryError e) {
                Platform.runLater(() -> {
                    if (ticket == loadTicket.get()) {
                        loading.setText("MPR cannot show " + what + ": " + e.getMessage());
                        status("MPR cannot show " + what + ": " + e.getMessage());
                    }
                });
            }
        });
    }

    /** Shows a loaded volume at once: standard planes through its centre, fitted views, its first window. */
    public void show(Shown volume) {
        loadTicket.incrementAndGet();
        shown = Objects.requireNonNull(volume);
        root.setVisible(true);
        loading.setVisible(false);
        state = MprState.initial(volume.volume().geometry());
        window = volume.window();
        invert = volume.invert();
        views.values().forEach(MprView::fit);
        panel.show(volume);
        redrawAll();
        status("MPR: " + volume.title() + "  (" + renderer.get().description() + ")"
                + (volume.findings().isEmpty() ? "" : "  \u26A0 " + String.join("; ", volume.findings())));
    }

    /** Leaves the layout: hidden, the volume released. */
    public void hide() {
        loadTicket.incrementAndGet();
        clear();
        root.setVisible(false);
    }

    private void clear() {
        shown = null;
        state = null;
        views.values().forEach(MprView::clear);
        panel.clear();
    }

    /** Stops the threads for good. */
    public void shutdown() {
        loader.shutdownNow();
        views.values().forEach(MprView::shutdown);
    }

    // ---- shared state

    public Optional<MprState> state() {
        return Optional.ofNullable(state);
    }

    public Optional<Shown> shown() {
        return Optional.ofNullable(shown);
    }

    /** Replaces the linked planes and redraws the three views. */
    public void setState(MprState next) {
        if (shown == null) {
            return;
        }
        state = Objects.requireNonNull(next);
        redrawAll();
    }

    void setSlab(MprPlane p, Slab slab) {
        if (state != null && !state.slab(p).equals(slab)) {
            setState(state.withSlab(p, slab));
        }
    }

    /** Moves a view's plane by {@code steps} voxel steps along its normal. */
    void scroll(MprPlane p, int steps) {
        if (state != null) {
            setState(state.scrolled(p, steps * state.scrollStepMm(p, shown.volume().geometry())));
        }
    }

    public WindowLevel window() {
        return window;
    }

    boolean inverted() {
        return invert;
    }

    public void setWindow(WindowLevel next, boolean inverted) {
        window = Objects.requireNonNull(next);
        invert = inverted;
        redrawAll();
    }

    void dragWindow(double dx, double dy) {
        if (shown != null) {
            double perPixel = Math.max(1, shown.valueRange()) / Math.max(200, root.getHeight() / 2);
            setWindow(new WindowLevel(window.center() - dy * perPixel, Math.max(1, window.width() + dx * perPixel)), invert);
        }
    }

    String windowText() {
        return window == null ? "" : String.format(Locale.ROOT, "W %.0f  L %.0f%s", window.width(), window.center(), invert ? "  INV" : "");
    }

    Renderer renderer() {
        return renderer.get();
    }

    void status(String text) {
        status.accept(text);
    }

    /** The geometry of what a view shows now (empty until it has a size and a volume). */
    public Optional<MprViewport> viewport(MprPlane p) {
        return views.get(p).viewport();
    }

    /** The last image on screen in a view, with the request and view geometry it was drawn for. */
    public Optional<Drawn> drawn(MprPlane p) {
        return views.get(p).drawn();
    }

    /** What a view asks the renderer for now (empty until it has a size and a volume). */
    public Optional<ViewRequest> request(MprPlane p) {
        return views.get(p).viewport().map(vp -> vp.request(shown.volume(), state.slab(p), window, invert));
    }

    /**
     * An image on screen.
     *
     * @param request  what the renderer was asked
     * @param viewport the view geometry it was asked for
     * @param image    what it drew
     */
    public record Drawn(ViewRequest request, MprViewport viewport, RenderedImage image) {}

    /** A view's image area, where its pointer input goes. */
    public Node viewArea(MprPlane p) {
        return views.get(p).imageArea();
    }

    /** The view of a plane (tests, the panel). */
    MprView view(MprPlane p) {
        return views.get(p);
    }

    MprView active() {
        return active;
    }

    void activate(MprView view) {
        if (active != null) {
            active.setActive(false);
        }
        active = view;
        view.setActive(true);
    }

    /** Back to standard planes through the volume's centre, thin slices, fitted views and the first window. */
    public void reset() {
        if (shown != null) {
            show(shown);
        }
    }

    private void redrawAll() {
        views.values().forEach(MprView::redraw);
        panel.update();
    }

    /** Performs a key action in the layout; false when it is not one the layout handles. */
    public boolean perform(ViewerAction action) {
        if (shown == null) {
            return false;
        }
        MprPlane p = active.plane();
        switch (action) {
            case PREVIOUS_IMAGE -> scroll(p, -1);
            case NEXT_IMAGE -> scroll(p, 1);
            case BACK_TEN -> scroll(p, -10);
            case FORWARD_TEN -> scroll(p, 10);
            case PRESET_1, PRESET_2, PRESET_3, PRESET_4, PRESET_5, PRESET_6, PRESET_7 -> {
                WindowPreset preset = WindowPreset.values()[action.ordinal() - ViewerAction.PRESET_1.ordinal()];
                setWindow(preset.window(), invert);
                status("Window: " + preset.label());
            }
            case HEADER_WINDOW -> setWindow(shown.window(), invert);
            case INVERT -> setWindow(window, !invert);
            case ZOOM_IN, ZOOM_OUT -> active.viewport().ifPresent(vp -> active.setFraming(
                    active.framing().zoomedAbout(action == ViewerAction.ZOOM_IN ? 1.25 : 1 / 1.25, vp.plane().center())));
            case FIT -> views.values().forEach(MprView::fit);
            case RESET -> reset();
            case MPR_SLAB_MODE -> {
                SlabMode next = SlabMode.values()[(state.slab(p).mode().ordinal() + 1) % SlabMode.values().length];
                double thickness = state.slab(p).thin() ? SlabControls.DEFAULT_THICKNESS_MM : state.slab(p).thicknessMm();
                setSlab(p, next == SlabMode.NONE ? Slab.THIN : new Slab(next, thickness));
            }
            case MPR_SLAB_THICKER, MPR_SLAB_THINNER -> {
                Slab s = state.slab(p);
                if (!s.thin()) {
                    double t = s.thicknessMm() + (action == ViewerAction.MPR_SLAB_THICKER ? SLAB_STEP_MM : -SLAB_STEP_MM);
                    setSlab(p, new Slab(s.mode(), Math.max(SLAB_STEP_MM / 4, Math.min(Slab.MAX_THICKNESS_MM, t))));
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }
}
