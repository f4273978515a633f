package org.lumen.viewer.app;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.lumen.viewer.measure.MeasurementStore;
import org.lumen.viewer.overlay.CornerTextLayout;
import org.lumen.viewer.tools.Tool;
import org.lumen.viewer.viewport.FrameClock;

/**
 * What the viewports of one window share: the status bar, the measurements of every image, the
 * corner text layout, the current tool, where cine gets its frame clock, and whom to tell when a
 * viewport is clicked (to make it active).
 */
record ViewportContext(StatusBar statusBar, MeasurementStore measurements, CornerTextLayout cornerText,
                       Supplier<Tool> tool, Supplier<FrameClock> clocks, Consumer<StackViewport> activate) {
    ViewportContext {
        Objects.requireNonNull(statusBar, "statusBar");
        Objects.requireNonNull(measurements, "measurements");
        Objects.requireNonNull(cornerText, "cornerText");
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(clocks, "clocks");
        Objects.requireNonNull(activate, "activate");
    }
}
