package org.lumen.viewer.viewport;

import org.lumen.rendering.Interpolation;
import org.lumen.rendering.SlabMode;
import org.lumen.rendering.SlicePlane;
import org.lumen.rendering.ViewRequest;
import org.lumen.rendering.WindowLevel;
import org.lumen.rendering.geometry.Vec3;
import org.lumen.viewer.measure.ImagePoint;

/**
 * The {@link ViewRequest} that draws a viewport's view of a {@link SliceVolume} at device resolution:
 * output pixel {@code (x, y)} samples the image point under screen point
 * {@code ((x + 0.5) / outputScale, (y + 0.5) / outputScale)} of the {@link ViewGeometry}, so zoom,
 * pan, quarter turns and flips are done by the renderer and the result is shown unscaled.
 */
public final class ViewRendering {
    private ViewRendering() {}

    /** Output width in device pixels for a viewport. */
    public static int deviceWidth(ViewGeometry g, double outputScale) {
        return Math.max(1, Math.min(ViewRequest.MAX_SIZE, (int) Math.ceil(g.viewportWidth() * outputScale)));
    }

    /** Output height in device pixels for a viewport. */
    public static int deviceHeight(ViewGeometry g, double outputScale) {
        return Math.max(1, Math.min(ViewRequest.MAX_SIZE, (int) Math.ceil(g.viewportHeight() * outputScale)));
    }

    /**
     * The request for a view.
     *
     * @param window window centre and width on modality values
     * @param invert the user's inversion (applied on top of the Presentation LUT's)
     */
    public static ViewRequest request(SliceVolume slice, ViewGeometry g, double outputScale, WindowLevel window, boolean invert) {
        double os = outputScale > 0 ? outputScale : 1;
        int width = deviceWidth(g, os);
        int height = deviceHeight(g, os);
        double[] a = g.imageToScreen();
        double det = a[0] * a[4] - a[1] * a[3];
        // Image-space steps for one screen pixel right and one down (the inverse affine's columns).
        double rightX = a[4] / det / os;
        double rightY = -a[3] / det / os;
        double downX = -a[1] / det / os;
        double downY = a[0] / det / os;
        double colMm = g.calibration().columnSpacingMm();
        double rowMm = g.calibration().rowSpacingMm();
        Vec3 right = new Vec3(rightX * colMm, rightY * rowMm, 0);
        Vec3 down = new Vec3(downX * colMm, downY * rowMm, 0);
        ImagePoint centre = g.toImage(width / (2 * os), height / (2 * os));
        Vec3 centreMm = new Vec3((centre.x() - 0.5) * colMm, (centre.y() - 0.5) * rowMm, 0);
        SlicePlane plane = new SlicePlane(centreMm, right, down, right.length(), down.length());
        return new ViewRequest(slice.volume(), plane, width, height, Interpolation.TRILINEAR, SlabMode.NONE, 0, window,
                invert != slice.inverse());
    }
}
