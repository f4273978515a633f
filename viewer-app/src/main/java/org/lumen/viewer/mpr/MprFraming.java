package org.lumen.viewer.mpr;

import java.util.Objects;

import org.lumen.rendering.SlicePlane;
import org.lumen.rendering.geometry.Vec3;
import org.lumen.rendering.geometry.VolumeGeometry;

/**
 * A view's zoom and pan, independent of where its plane lies: the patient point shown at the view's
 * centre (projected onto the plane) and the size of one screen pixel. Immutable.
 *
 * @param focus         patient point, LPS mm, whose projection onto the plane lies at the view's centre
 * @param mmPerPixel    millimetres per screen (logical) pixel
 */
public record MprFraming(Vec3 focus, double mmPerPixel) {
    public MprFraming {
        Objects.requireNonNull(focus, "focus");
        if (!(mmPerPixel > 0) || !Double.isFinite(mmPerPixel)) {
            throw new IllegalArgumentException("pixel size must be positive: " + mmPerPixel);
        }
    }

    /** The framing that fits the whole volume into a view of {@code width x height} screen pixels. */
    public static MprFraming fitted(MprState state, MprPlane p, VolumeGeometry g, double width, double height) {
        int w = Math.max(1, (int) Math.round(width));
        int h = Math.max(1, (int) Math.round(height));
        SlicePlane fit = new SlicePlane(g.center(), state.right(p), state.down(p), 1, 1).fittedTo(g, w, h);
        return new MprFraming(fit.center(), fit.pixelWidthMm());
    }

    /** Content moved by {@code dx, dy} screen pixels in view {@code p} (positive: right and down). */
    public MprFraming panned(MprState state, MprPlane p, double dx, double dy) {
        return new MprFraming(focus.plusScaled(state.right(p), -dx * mmPerPixel).plusScaled(state.down(p), -dy * mmPerPixel), mmPerPixel);
    }

    /** Magnified by {@code factor} keeping the patient point {@code fixed} (on the plane) where it is on screen. */
    public MprFraming zoomedAbout(double factor, Vec3 fixed) {
        if (!(factor > 0) || !Double.isFinite(factor)) {
            throw new IllegalArgumentException("zoom factor must be positive: " + factor);
        }
        return new MprFraming(fixed.plus(focus.minus(fixed).times(1 / factor)), mmPerPixel / factor);
    }
}
