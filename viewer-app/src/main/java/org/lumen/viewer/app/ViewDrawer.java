package org.lumen.viewer.app;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import javafx.application.Platform;

import org.lumen.dicom.pixel.StoredFrame;
import org.lumen.rendering.RenderedImage;
import org.lumen.rendering.Renderer;
import org.lumen.rendering.WindowLevel;
import org.lumen.viewer.measure.Calibration;
import org.lumen.viewer.measure.ModalityPixels;
import org.lumen.viewer.viewport.SliceVolume;
import org.lumen.viewer.viewport.ViewGeometry;
import org.lumen.viewer.viewport.ViewRendering;
import org.lumen.viewer.viewport.ViewState;

/**
 * Draws one viewport's image on its own background thread: decodes (cached per image), computes the
 * modality values for measurements, rasterizes with the window and, when a {@link Renderer} is given
 * and the image qualifies ({@link SliceVolume}), renders the whole view through it at device
 * resolution. Only the newest request is drawn; older ones still queued are skipped. Results reach
 * the FX thread through {@code Platform.runLater}.
 */
final class ViewDrawer {
    /** What to draw: captured on the FX thread. */
    record Request(OpenedSeries series, int index, SliceRasterizer.Window window, ViewState view, double viewWidth,
                   double viewHeight, double outputScale, Optional<Renderer> renderer) {}

    /** What was drawn: the image, its raster (window, value range), modality values, and the Renderer's picture if any. */
    record Drawn(OpenedSeries series, OpenedSeries.Image image, int index, SliceRasterizer.Raster raster,
                 Optional<ModalityPixels> pixels, Calibration calibration, Optional<RenderedImage> picture, double outputScale) {
        boolean byRenderer() {
            return picture.isPresent();
        }
    }

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "lumen-viewport-render");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong generation = new AtomicLong();
    // Touched only on the worker thread.
    private OpenedSeries.Image cachedImage;
    private StoredFrame cachedFrame;
    private Optional<ModalityPixels> cachedPixels = Optional.empty();
    private Optional<SliceVolume> cachedVolume = Optional.empty();
    private SliceRasterizer.Raster cachedRaster;
    private SliceRasterizer.Window cachedRasterWindow;

    /** Drops the cached image and pending drawings (when the study closes); later requests draw afresh. */
    java.util.concurrent.Future<?> forget() {
        generation.incrementAndGet();
        return worker.submit(() -> {
            cachedImage = null;
            cachedFrame = null;
            cachedPixels = Optional.empty();
            cachedVolume = Optional.empty();
            cachedRaster = null;
            cachedRasterWindow = null;
        });
    }

    /** Queues a drawing; {@code onDrawn} or {@code onFailure} later runs on the FX thread. */
    void draw(Request request, Consumer<Drawn> onDrawn, Consumer<String> onFailure) {
        long ticket = generation.incrementAndGet();
        worker.submit(() -> {
            if (ticket != generation.get()) {
                return;
            }
            try {
                Drawn drawn = drawNow(request);
                Platform.runLater(() -> onDrawn.accept(drawn));
            } catch (Exception e) {
                Platform.runLater(() -> onFailure.accept("Image " + (request.index() + 1) + " cannot be shown: " + e.getMessage()));
            }
        });
    }

    private Drawn drawNow(Request r) throws Exception {
        OpenedSeries.Image image = r.series().drawable(r.index())
                .orElseThrow(() -> new java.io.IOException("not yet received from the server"));
        Calibration calibration = Calibration.of(image.dataSet());
        if (image != cachedImage) {
            cachedFrame = SliceRasterizer.decode(image);
            cachedPixels = SliceRasterizer.modalityPixels(image, cachedFrame);
            // The previous image's one-slice volume is never drawn again: its GPU copy goes now, not at the cache's budget.
            Optional<SliceVolume> previous = cachedVolume;
            r.renderer().ifPresent(renderer -> previous.ifPresent(v -> renderer.release(v.volume())));
            cachedVolume = r.renderer().isPresent() ? SliceVolume.of(image.dataSet(), cachedFrame, calibration) : Optional.empty();
            cachedImage = image;
            cachedRaster = null;
        } else if (r.renderer().isPresent() && cachedVolume.isEmpty()) {
            cachedVolume = SliceVolume.of(image.dataSet(), cachedFrame, calibration);
        }
        if (cachedRaster == null || !Objects.equals(cachedRasterWindow, r.window())) {
            cachedRaster = SliceRasterizer.rasterize(image, cachedFrame, r.window());
            cachedRasterWindow = r.window();
        }
        SliceRasterizer.Raster raster = cachedRaster;
        Optional<RenderedImage> picture = Optional.empty();
        if (r.renderer().isPresent() && cachedVolume.isPresent()) {
            ViewGeometry g = new ViewGeometry(raster.width(), raster.height(), calibration, r.viewWidth(), r.viewHeight(), r.view());
            SliceRasterizer.Window w = raster.window();
            picture = Optional.of(r.renderer().get().render(ViewRendering.request(cachedVolume.get(), g, r.outputScale(),
                    new WindowLevel(w.center(), w.width()), w.invert())));
        }
        return new Drawn(r.series(), image, r.index(), raster, cachedPixels, calibration, picture, r.outputScale());
    }
}
