package org.lumen.viewer.app;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.lumen.rendering.Renderer;
import org.lumen.viewer.measure.MeasurementStore;
import org.lumen.viewer.overlay.CornerTextLayout;
import org.lumen.viewer.tools.Tool;
import org.lumen.viewer.viewport.FrameClock;

/**
 * What the viewports of one window share: the status bar, the measurements of every image, the
 * corner text layout, the current tool, where cine gets its frame clock, whom to tell when a
 * viewport is clicked (to make it active), and the {@link Renderer} that draws greyscale views (empty:
 * every view on the CPU rasterizer), whom to tell when a viewport's cine starts, stops or changes, and
 * the key images and archived measurements of the study from a server.
 */
record ViewportContext(StatusBar statusBar, MeasurementStore measurements, CornerTextLayout cornerText,
                       Supplier<Tool> tool, Supplier<FrameClock> clocks, Consumer<StackViewport> activate,
                       Supplier<Optional<Renderer>> renderer, Consumer<StackViewport> cineChanged,
                       org.lumen.viewer.keys.StudyAnnotations annotations) {
    ViewportContext {
        Objects.requireNonNull(statusBar, "statusBar");
        Objects.requireNonNull(measurements, "measurements");
        Objects.requireNonNull(cornerText, "cornerText");
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(clocks, "clocks");
        Objects.requireNonNull(activate, "activate");
        Objects.requireNonNull(renderer, "renderer");
        Objects.requireNonNull(cineChanged, "cineChanged");
        Objects.requireNonNull(annotations, "annotations");
    }
}
