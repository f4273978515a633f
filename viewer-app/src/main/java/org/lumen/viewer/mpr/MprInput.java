package org.lumen.viewer.mpr;

import java.util.Optional;

import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

import org.lumen.rendering.geometry.Vec3;

/**
 * Mouse input of one MPR view. Left button: on a crosshair handle, turn the crosshairs (oblique
 * planes); on a line, move that plane; elsewhere, put the crosshair centre there and drag it. Right
 * drag: window/level (shared). Middle or Shift+left drag: pan. Ctrl+left drag or Ctrl+wheel: zoom.
 * Wheel: scroll the view along its normal. FX thread only.
 */
final class MprInput {
    private enum Drag { NONE, CENTRE, ROTATE, MOVE_PLANE, PAN, WINDOW, ZOOM }

    private final MprView view;
    private final MprLayout layout;
    private Drag drag = Drag.NONE;
    private MprPlane grabbed;
    private double lastX;
    private double lastY;
    private double lastAngle;
    private Vec3 zoomPoint;

    MprInput(MprView view, MprLayout layout) {
        this.view = view;
        this.layout = layout;
    }

    void attach(Node area) {
        area.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        area.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        area.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> drag = Drag.NONE);
        area.addEventHandler(MouseEvent.MOUSE_MOVED, e -> area.setCursor(cursorAt(e.getX(), e.getY())));
        area.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
    }

    private void pressed(MouseEvent e) {
        layout.activate(view);
        view.imageArea().requestFocus();
        lastX = e.getX();
        lastY = e.getY();
        Optional<MprViewport> vp = view.viewport();
        Optional<MprState> state = layout.state();
        if (vp.isEmpty() || state.isEmpty()) {
            return;
        }
        if (e.getButton() == MouseButton.SECONDARY) {
            drag = Drag.WINDOW;
        } else if (e.getButton() == MouseButton.MIDDLE || e.getButton() == MouseButton.PRIMARY && e.isShiftDown()) {
            drag = Drag.PAN;
        } else if (e.getButton() == MouseButton.PRIMARY && e.isShortcutDown()) {
            drag = Drag.ZOOM;
            zoomPoint = vp.get().toPatient(e.getX(), e.getY());
        } else if (e.getButton() == MouseButton.PRIMARY) {
            Optional<MprViewport.Grab> grab = vp.get().grab(state.get(), e.getX(), e.getY());
            if (grab.isPresent() && grab.get().kind() == MprViewport.Grab.Kind.ROTATE) {
                drag = Drag.ROTATE;
                lastAngle = angleAroundCentre(vp.get(), state.get(), e.getX(), e.getY());
            } else if (grab.isPresent()) {
                drag = Drag.MOVE_PLANE;
                grabbed = grab.get().plane();
            } else {
                drag = Drag.CENTRE;
                layout.setState(state.get().movedTo(vp.get().toPatient(e.getX(), e.getY())));
            }
        }
        e.consume();
    }

    private void dragged(MouseEvent e) {
        Optional<MprViewport> vp = view.viewport();
        Optional<MprState> found = layout.state();
        if (vp.isEmpty() || found.isEmpty() || drag == Drag.NONE) {
            return;
        }
        MprState state = found.get();
        double dx = e.getX() - lastX;
        double dy = e.getY() - lastY;
        switch (drag) {
            case CENTRE -> layout.setState(state.movedTo(vp.get().toPatient(e.getX(), e.getY())));
            case ROTATE -> {
                double angle = angleAroundCentre(vp.get(), state, e.getX(), e.getY());
                layout.setState(state.rotated(view.plane(), Math.IEEEremainder(angle - lastAngle, 2 * Math.PI)));
                lastAngle = angle;
            }
            case MOVE_PLANE -> {
                Vec3 moved = vp.get().toPatient(e.getX(), e.getY()).minus(vp.get().toPatient(lastX, lastY));
                Vec3 n = state.normal(grabbed);
                layout.setState(state.movedTo(state.centre().plusScaled(n, moved.dot(n))));
            }
            case PAN -> view.setFraming(view.framing().panned(state, view.plane(), dx, dy));
            case WINDOW -> layout.dragWindow(dx, dy);
            case ZOOM -> view.setFraming(view.framing().zoomedAbout(Math.exp(-dy / 150), zoomPoint));
            case NONE -> { }
        }
        lastX = e.getX();
        lastY = e.getY();
        e.consume();
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        layout.activate(view);
        if (e.isShortcutDown()) {
            view.viewport().ifPresent(vp -> view.setFraming(view.framing().zoomedAbout(e.getDeltaY() > 0 ? 1.1 : 1 / 1.1,
                    vp.toPatient(e.getX(), e.getY()))));
        } else {
            layout.scroll(view.plane(), e.getDeltaY() > 0 ? -1 : 1);
        }
        e.consume();
    }

    private Cursor cursorAt(double x, double y) {
        Optional<MprViewport> vp = view.viewport();
        Optional<MprState> state = layout.state();
        if (vp.isEmpty() || state.isEmpty()) {
            return Cursor.DEFAULT;
        }
        return vp.get().grab(state.get(), x, y)
                .map(g -> g.kind() == MprViewport.Grab.Kind.ROTATE ? Cursor.HAND : Cursor.MOVE)
                .orElse(Cursor.CROSSHAIR);
    }

    private static double angleAroundCentre(MprViewport vp, MprState state, double x, double y) {
        double[] c = vp.toScreen(state.centre());
        return Math.atan2(y - c[1], x - c[0]);
    }
}
