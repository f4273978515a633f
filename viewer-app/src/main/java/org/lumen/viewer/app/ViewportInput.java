package org.lumen.viewer.app;

import java.util.List;
import java.util.Optional;

import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;

import org.lumen.viewer.measure.ImagePoint;
import org.lumen.viewer.measure.Measurement;
import org.lumen.viewer.tools.Tool;
import org.lumen.viewer.viewport.HandleHit;
import org.lumen.viewer.viewport.ViewGeometry;

/**
 * Mouse input of one viewport. Wheel: scroll (Ctrl+wheel: zoom at the pointer). Left drag: the
 * current {@link Tool}; Shift+left or middle drag pans, Ctrl+left drag zooms. Pressing on a
 * measurement's handle selects it and drags the handle, whatever the tool. An angle is drawn by
 * dragging its first ray and clicking its third point. FX thread only.
 */
final class ViewportInput {
    private static final double HANDLE_TOLERANCE = 8;
    private static final double MIN_DRAW_PIXELS = 3;

    private enum Gesture { NONE, WINDOW, PAN, ZOOM, SCROLL, HANDLE, DRAW }

    private final StackViewport viewport;
    private final ViewportContext context;
    private Gesture gesture = Gesture.NONE;
    private double lastX;
    private double lastY;
    private double pressX;
    private double pressY;
    private double scrollRest;
    private HandleHit handle;
    /** An angle whose first ray is drawn and whose third point follows the pointer. */
    private Measurement.Angle pendingAngle;
    private Optional<Measurement> currentDrawing = Optional.empty();

    ViewportInput(StackViewport viewport, ViewportContext context) {
        this.viewport = viewport;
        this.context = context;
    }

    void attach(Pane pane) {
        pane.addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        pane.addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPress);
        pane.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDrag);
        pane.addEventHandler(MouseEvent.MOUSE_RELEASED, this::onRelease);
        pane.addEventHandler(MouseEvent.MOUSE_MOVED, this::onMove);
    }

    private void onScroll(ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        if (e.isShortcutDown()) {
            viewport.zoomAbout(e.getDeltaY() > 0 ? 1.15 : 1 / 1.15, e.getX(), e.getY());
        } else {
            viewport.scrollBy(e.getDeltaY() < 0 ? 1 : -1);
        }
        e.consume();
    }

    private void onPress(MouseEvent e) {
        viewport.node().requestFocus();
        context.activate().accept(viewport);
        lastX = pressX = e.getX();
        lastY = pressY = e.getY();
        scrollRest = 0;
        gesture = Gesture.NONE;
        Optional<ViewGeometry> geometry = viewport.geometry();
        if (geometry.isEmpty()) {
            return;
        }
        ImagePoint at = geometry.get().toImage(e.getX(), e.getY());
        if (e.getButton() == MouseButton.MIDDLE) {
            gesture = Gesture.PAN;
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (pendingAngle != null) {
            viewport.addMeasurement(pendingAngle.withHandle(2, at));
            pendingAngle = null;
            return;
        }
        Optional<HandleHit> hit = HandleHit.find(viewport.measurements(), geometry.get(), e.getX(), e.getY(), HANDLE_TOLERANCE);
        if (hit.isPresent()) {
            handle = hit.get();
            viewport.select(handle.measurement());
            gesture = Gesture.HANDLE;
            return;
        }
        Tool tool = e.isShiftDown() ? Tool.PAN : e.isShortcutDown() ? Tool.ZOOM : context.tool().get();
        gesture = switch (tool) {
            case WINDOW -> Gesture.WINDOW;
            case PAN -> Gesture.PAN;
            case ZOOM -> Gesture.ZOOM;
            case SCROLL -> Gesture.SCROLL;
            case PROBE -> {
                viewport.addMeasurement(new Measurement.Probe(at));
                yield Gesture.NONE;
            }
            case LENGTH -> startDrawing(new Measurement.Length(at, at));
            case ANGLE -> startDrawing(new Measurement.Angle(at, at, at));
            case RECTANGLE -> startDrawing(new Measurement.Roi(Measurement.Roi.Shape.RECTANGLE, at, at));
            case ELLIPSE -> startDrawing(new Measurement.Roi(Measurement.Roi.Shape.ELLIPSE, at, at));
        };
        if (gesture != Gesture.DRAW) {
            viewport.select(-1);
        }
    }

    private Gesture startDrawing(Measurement m) {
        viewport.select(-1);
        currentDrawing = Optional.of(m);
        viewport.setDrawing(currentDrawing);
        return Gesture.DRAW;
    }

    private void onDrag(MouseEvent e) {
        double dx = e.getX() - lastX;
        double dy = e.getY() - lastY;
        lastX = e.getX();
        lastY = e.getY();
        Optional<ViewGeometry> geometry = viewport.geometry();
        if (geometry.isEmpty()) {
            return;
        }
        ImagePoint at = geometry.get().toImage(e.getX(), e.getY());
        switch (gesture) {
            case WINDOW -> dragWindow(dx, dy);
            case PAN -> viewport.setState(viewport.state().pannedBy(dx, dy));
            case ZOOM -> viewport.zoomAbout(Math.exp(-dy / 150), pressX, pressY);
            case SCROLL -> {
                scrollRest += dy / 8;
                int steps = (int) scrollRest;
                scrollRest -= steps;
                viewport.scrollBy(steps);
            }
            case HANDLE -> {
                List<Measurement> list = viewport.measurements();
                if (handle.measurement() < list.size()) {
                    viewport.replaceMeasurement(handle.measurement(), list.get(handle.measurement()).withHandle(handle.handle(), at));
                }
            }
            case DRAW -> drawingTo(at);
            case NONE -> { }
        }
        e.consume();
    }

    private void drawingTo(ImagePoint at) {
        currentDrawing = currentDrawing.map(m -> switch (m) {
            case Measurement.Angle a -> new Measurement.Angle(a.first(), at, at);
            default -> m.withHandle(1, at);
        });
        viewport.setDrawing(currentDrawing);
    }

    private void onRelease(MouseEvent e) {
        if (gesture == Gesture.DRAW) {
            Optional<Measurement> m = currentDrawing;
            boolean tooSmall = Math.hypot(e.getX() - pressX, e.getY() - pressY) < MIN_DRAW_PIXELS;
            if (m.isPresent() && !tooSmall) {
                if (m.get() instanceof Measurement.Angle a) {
                    pendingAngle = a;
                    context.statusBar().show("Angle: click the end of the second ray");
                } else {
                    viewport.addMeasurement(m.get());
                }
            } else {
                viewport.setDrawing(Optional.empty());
            }
            currentDrawing = Optional.empty();
        }
        gesture = Gesture.NONE;
    }

    private void onMove(MouseEvent e) {
        if (pendingAngle != null) {
            viewport.geometry().ifPresent(g -> {
                pendingAngle = pendingAngle.withHandle(2, g.toImage(e.getX(), e.getY()));
                viewport.setDrawing(Optional.of(pendingAngle));
            });
        }
    }

    /** Forgets a half-drawn angle (after Escape or a new image). */
    void cancel() {
        pendingAngle = null;
        currentDrawing = Optional.empty();
    }

    private void dragWindow(double dx, double dy) {
        viewport.raster().filter(SliceRasterizer.Raster::grey).ifPresent(r -> {
            double range = Math.max(1, r.maxValue() - r.minValue());
            double perPixel = range / Math.max(200, viewport.node().getLayoutBounds().getHeight());
            // The newest requested window, not the one on screen: renders may lag behind the pointer.
            SliceRasterizer.Window w = viewport.currentWindow().orElse(r.window());
            viewport.setWindow(new SliceRasterizer.Window(w.center() - dy * perPixel, Math.max(1, w.width() + dx * perPixel), w.invert()));
        });
    }
}
