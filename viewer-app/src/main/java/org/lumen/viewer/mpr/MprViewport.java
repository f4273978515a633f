package org.lumen.viewer.mpr;

import java.util.Objects;
import java.util.Optional;

import org.lumen.rendering.Interpolation;
import org.lumen.rendering.SlicePlane;
import org.lumen.rendering.ViewRequest;
import org.lumen.rendering.WindowLevel;
import org.lumen.rendering.geometry.OrientationLabels;
import org.lumen.rendering.geometry.Vec3;
import org.lumen.rendering.volume.Volume;

/**
 * One MPR view at device resolution: the {@link SlicePlane} the renderer draws into a
 * {@code width x height} image (shown scaled by {@code 1 / outputScale}), the mapping between screen
 * (logical) pixels and patient points, and the crosshair lines with their rotation handles. Pure
 * geometry, unit-tested without a display.
 *
 * <p>Screen point {@code (sx, sy)} is device point {@code (sx * outputScale, sy * outputScale)}; output
 * pixel {@code (x, y)}'s centre lies at device point {@code (x + 0.5, y + 0.5)}.
 *
 * @param plane       what the renderer draws (pixel sizes per device pixel)
 * @param view        which of the three views
 * @param width       output width, device pixels
 * @param height      output height, device pixels
 * @param outputScale device pixels per screen pixel (HiDPI)
 */
public record MprViewport(SlicePlane plane, MprPlane view, int width, int height, double outputScale) {
    /** Distance of the rotation handles from the centre, as a share of the view's smaller side. */
    public static final double HANDLE_DISTANCE = 0.3;
    /** How near (screen pixels) the pointer must be to grab a handle or a line. */
    public static final double GRAB_RADIUS = 8;

    public MprViewport {
        Objects.requireNonNull(plane, "plane");
        Objects.requireNonNull(view, "view");
        if (width < 1 || height < 1 || width > ViewRequest.MAX_SIZE || height > ViewRequest.MAX_SIZE || !(outputScale > 0)) {
            throw new IllegalArgumentException("bad view size " + width + "x" + height + " at scale " + outputScale);
        }
    }

    /** View {@code p} of a {@code viewWidth x viewHeight} (screen pixels) area. */
    public static MprViewport of(MprState state, MprPlane p, MprFraming framing, double viewWidth, double viewHeight, double outputScale) {
        double os = outputScale > 0 ? outputScale : 1;
        int w = Math.max(1, Math.min(ViewRequest.MAX_SIZE, (int) Math.ceil(viewWidth * os)));
        int h = Math.max(1, Math.min(ViewRequest.MAX_SIZE, (int) Math.ceil(viewHeight * os)));
        Vec3 n = state.normal(p);
        Vec3 focus = framing.focus();
        Vec3 onPlane = focus.minus(n.times(focus.minus(state.centre()).dot(n)));
        double px = framing.mmPerPixel() / os;
        return new MprViewport(new SlicePlane(onPlane, state.right(p), state.down(p), px, px), p, w, h, os);
    }

    /** The thin-slice or slab request for this view. */
    public ViewRequest request(Volume volume, Slab slab, WindowLevel window, boolean invert) {
        return new ViewRequest(volume, plane, width, height, Interpolation.TRILINEAR, slab.mode(), slab.thicknessMm(), window, invert);
    }

    /** The patient point (on the plane) under screen point {@code (sx, sy)}. */
    public Vec3 toPatient(double sx, double sy) {
        return plane.pixelCenter(width, height, sx * outputScale - 0.5, sy * outputScale - 0.5);
    }

    /** The screen point of a patient point's projection onto the plane: {@code {sx, sy}}. */
    public double[] toScreen(Vec3 patient) {
        Vec3 d = patient.minus(plane.center());
        double x = d.dot(plane.rowDirection()) / plane.pixelWidthMm() + width / 2.0;
        double y = d.dot(plane.columnDirection()) / plane.pixelHeightMm() + height / 2.0;
        return new double[] {x / outputScale, y / outputScale};
    }

    /** Millimetres per screen pixel. */
    public double mmPerScreenPixel() {
        return plane.pixelWidthMm() * outputScale;
    }

    /** The orientation letters at the view's edges, from the plane's directions. */
    public OrientationLabels.EdgeLabels labels() {
        return OrientationLabels.edges(plane.rowDirection(), plane.columnDirection());
    }

    /**
     * The line along which plane {@code other} cuts this view, through the crosshair centre: its screen
     * point and unit screen direction, and the screen offset of its slab faces (0 for a thin slice).
     */
    public CrossLine line(MprState state, MprPlane other) {
        if (other == view) {
            throw new IllegalArgumentException("a view has no line of its own plane");
        }
        Vec3 d = state.normal(view).cross(state.normal(other));
        double dx = d.dot(plane.rowDirection());
        double dy = d.dot(plane.columnDirection());
        double len = Math.hypot(dx, dy);
        double[] c = toScreen(state.centre());
        double half = state.slab(other).thin() ? 0 : state.slab(other).thicknessMm() / 2 / mmPerScreenPixel();
        return new CrossLine(other, c[0], c[1], dx / len, dy / len, half);
    }

    /** The rotation handles' distance from the centre, screen pixels. */
    public double handleDistance() {
        return HANDLE_DISTANCE * Math.min(width, height) / outputScale;
    }

    /**
     * What the pointer at {@code (sx, sy)} grabs: a rotation handle (near either handle of a line), a
     * line (near it, away from the centre), or nothing (a click there moves the centre).
     */
    public Optional<Grab> grab(MprState state, double sx, double sy) {
        Optional<Grab> nearestLine = Optional.empty();
        double nearest = GRAB_RADIUS;
        for (MprPlane other : MprPlane.values()) {
            if (other == view) {
                continue;
            }
            CrossLine l = line(state, other);
            double along = (sx - l.x()) * l.dx() + (sy - l.y()) * l.dy();
            double across = Math.abs(-(sx - l.x()) * l.dy() + (sy - l.y()) * l.dx());
            if (Math.abs(Math.abs(along) - handleDistance()) <= GRAB_RADIUS && across <= GRAB_RADIUS) {
                return Optional.of(new Grab(Grab.Kind.ROTATE, other));
            }
            if (across < nearest && Math.abs(along) > 2 * GRAB_RADIUS) {
                nearest = across;
                nearestLine = Optional.of(new Grab(Grab.Kind.MOVE_PLANE, other));
            }
        }
        return nearestLine;
    }

    /**
     * A crosshair line on screen: through {@code (x, y)} along the unit direction {@code (dx, dy)}.
     *
     * @param plane       the plane the line belongs to (its colour)
     * @param x           screen x of the crosshair centre
     * @param y           screen y of the crosshair centre
     * @param dx          unit direction, x
     * @param dy          unit direction, y
     * @param slabHalfPx  half the plane's slab thickness in screen pixels, perpendicular to the line (0: thin)
     */
    public record CrossLine(MprPlane plane, double x, double y, double dx, double dy, double slabHalfPx) {}

    /**
     * Something under the pointer.
     *
     * @param kind  rotate the crosshairs, or move one plane
     * @param plane the plane whose line is grabbed
     */
    public record Grab(Kind kind, MprPlane plane) {
        public enum Kind { ROTATE, MOVE_PLANE }
    }
}
