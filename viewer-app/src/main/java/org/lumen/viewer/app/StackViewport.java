package org.lumen.viewer.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;

import org.lumen.dicom.pixel.StoredFrame;
import org.lumen.rendering.WindowPreset;

/**
 * One viewport showing a stack of images: wheel, arrow keys and Page Up/Down scroll; left drag sets
 * window (horizontal: width, vertical: level); keys 1 to 7 choose the CT window presets
 * ({@link WindowPreset}: lung, mediastinum, abdomen, bone, brain, liver, subdural); I inverts; R
 * resets the window to the header's. Decoding and
 * rasterizing run on one background thread; only the newest request is shown.
 */
final class StackViewport {
    private final StatusBar statusBar;
    private final StackPane pane = new StackPane();
    private final ImageView imageView = new ImageView();
    private final ViewportOverlay overlay = new ViewportOverlay();
    private final Text emptyHint = new Text("Open DICOM files or a folder: File \u25B8 Open (Ctrl+O), or drop them here");
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "lumen-viewport-render");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong generation = new AtomicLong();

    private OpenedSeries series;
    private int index;
    private SliceRasterizer.Window window;
    private SliceRasterizer.Raster shown;
    private double physicalWidth;
    private double physicalHeight;
    private double dragX;
    private double dragY;
    /** Touched only on the render thread. */
    private OpenedSeries.Image cachedImage;
    private StoredFrame cachedFrame;

    StackViewport(StatusBar statusBar) {
        this.statusBar = statusBar;
        pane.getStyleClass().add("viewport");
        pane.setFocusTraversable(true);
        imageView.setPreserveRatio(false);
        imageView.setSmooth(true);
        pane.widthProperty().addListener((o, a, b) -> fit());
        pane.heightProperty().addListener((o, a, b) -> fit());
        emptyHint.getStyleClass().add("empty-hint");
        pane.getChildren().addAll(imageView, overlay.node(), emptyHint);
        pane.setMinSize(0, 0);
        pane.addEventHandler(ScrollEvent.SCROLL, e -> scrollBy(e.getDeltaY() < 0 ? 1 : e.getDeltaY() > 0 ? -1 : 0));
        pane.addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        pane.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            pane.requestFocus();
            dragX = e.getX();
            dragY = e.getY();
        });
        pane.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDrag);
    }

    Node node() {
        return pane;
    }

    void open(List<Path> paths) {
        statusBar.show("Reading " + paths.size() + (paths.size() == 1 ? " item" : " items") + "…");
        open(() -> paths, "");
    }

    /**
     * Opens what {@code source} returns, computing it on the render thread (for example generating the
     * demo study); {@code note} is appended to the status message.
     */
    void open(java.util.concurrent.Callable<List<Path>> source, String note) {
        worker.submit(() -> {
            try {
                SeriesLoader.ScanResult result = SeriesLoader.scan(source.call());
                Platform.runLater(() -> {
                    if (result.series().isEmpty()) {
                        statusBar.show("No images found" + (result.problems().isEmpty() ? "" : ": " + result.problems().get(0)));
                        return;
                    }
                    show(result.series().get(0));
                    statusBar.show(result.series().get(0).description()
                            + (result.series().size() > 1 ? ", " + (result.series().size() - 1) + " more series" : "")
                            + (result.problems().isEmpty() ? "" : ", " + result.problems().size()
                                    + (result.problems().size() == 1 ? " file" : " files") + " skipped (not readable as DICOM)")
                            + note);
                });
            } catch (Exception e) {
                Platform.runLater(() -> statusBar.show("Could not open: " + e.getMessage()));
            }
        });
    }

    private void show(OpenedSeries opened) {
        series = opened;
        index = opened.images().size() / 2;
        window = null;
        emptyHint.setVisible(false);
        render();
    }

    private void scrollBy(int delta) {
        if (series == null || delta == 0) {
            return;
        }
        int next = Math.max(0, Math.min(series.images().size() - 1, index + delta));
        if (next != index) {
            index = next;
            render();
        }
    }

    private void onKey(KeyEvent e) {
        switch (e.getCode()) {
            case UP, LEFT -> scrollBy(-1);
            case DOWN, RIGHT -> scrollBy(1);
            case PAGE_UP -> scrollBy(-10);
            case PAGE_DOWN -> scrollBy(10);
            case HOME -> scrollBy(-Integer.MAX_VALUE / 2);
            case END -> scrollBy(Integer.MAX_VALUE / 2);
            case I -> {
                if (shown != null) {
                    SliceRasterizer.Window w = shown.window();
                    window = new SliceRasterizer.Window(w.center(), w.width(), !w.invert());
                    render();
                }
            }
            case R -> {
                window = null;
                render();
            }
            case DIGIT1, DIGIT2, DIGIT3, DIGIT4, DIGIT5, DIGIT6, DIGIT7, NUMPAD1, NUMPAD2, NUMPAD3, NUMPAD4, NUMPAD5,
                    NUMPAD6, NUMPAD7 -> {
                WindowPreset.forKey(e.getCode().getCode() - (e.getCode().isKeypadKey() ? KeyCode.NUMPAD0.getCode() : KeyCode.DIGIT0.getCode()))
                        .ifPresent(preset -> {
                            boolean invert = shown != null && shown.window().invert();
                            window = new SliceRasterizer.Window(preset.window().center(), preset.window().width(), invert);
                            statusBar.show("Window: " + preset.label() + " (key " + preset.key() + ")");
                            render();
                        });
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void onDrag(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || shown == null || !shown.grey()) {
            return;
        }
        double range = Math.max(1, shown.maxValue() - shown.minValue());
        double perPixel = range / Math.max(200, pane.getHeight());
        SliceRasterizer.Window w = shown.window();
        window = new SliceRasterizer.Window(w.center() - (e.getY() - dragY) * perPixel,
                Math.max(1, w.width() + (e.getX() - dragX) * perPixel), w.invert());
        dragX = e.getX();
        dragY = e.getY();
        render();
    }

    private void render() {
        OpenedSeries current = series;
        int at = index;
        SliceRasterizer.Window requested = window;
        long ticket = generation.incrementAndGet();
        worker.submit(() -> {
            if (ticket != generation.get()) {
                return;
            }
            try {
                OpenedSeries.Image image = current.images().get(at);
                StoredFrame frame = image == cachedImage ? cachedFrame : SliceRasterizer.decode(image);
                cachedFrame = frame;
                cachedImage = image;
                SliceRasterizer.Raster raster = SliceRasterizer.rasterize(image, frame, requested);
                Platform.runLater(() -> present(current, at, raster));
            } catch (Exception e) {
                Platform.runLater(() -> statusBar.show("Image " + (at + 1) + " cannot be shown: " + e.getMessage()));
            }
        });
    }

    /**
     * Sizes the image to fill the viewport at its physical aspect ratio: columns times the column
     * spacing by rows times the row spacing (Pixel Spacing), so anisotropic pixels are not distorted.
     */
    private void fit() {
        if (physicalWidth <= 0 || physicalHeight <= 0) {
            return;
        }
        double scale = Math.min(pane.getWidth() / physicalWidth, pane.getHeight() / physicalHeight);
        imageView.setFitWidth(physicalWidth * scale);
        imageView.setFitHeight(physicalHeight * scale);
    }

    private void present(OpenedSeries current, int at, SliceRasterizer.Raster raster) {
        if (current != series) {
            return;
        }
        WritableImage image = new WritableImage(raster.width(), raster.height());
        image.getPixelWriter().setPixels(0, 0, raster.width(), raster.height(), PixelFormat.getIntArgbInstance(),
                raster.argb(), 0, raster.width());
        imageView.setImage(image);
        double[] spacing = current.images().get(at).dataSet().getDoubles(org.lumen.dicom.Tag.PixelSpacing);
        physicalWidth = raster.width() * (spacing.length == 2 && spacing[1] > 0 ? spacing[1] : 1);
        physicalHeight = raster.height() * (spacing.length == 2 && spacing[0] > 0 ? spacing[0] : 1);
        fit();
        shown = raster;
        overlay.update(current.images().get(at), at, current.images().size(), raster);
    }
}
