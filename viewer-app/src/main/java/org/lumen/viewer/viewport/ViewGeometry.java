package org.lumen.viewer.viewport;

import org.lumen.viewer.measure.Calibration;
import org.lumen.viewer.measure.ImagePoint;

/**
 * The mapping from image pixel coordinates to viewport (screen) coordinates for one image in one
 * viewport: {@code screen = A * image + t}. Anisotropic pixels are shown at their physical aspect
 * ratio (the finer axis keeps one unit per pixel, the coarser is stretched).
 *
 * @param imageWidth     columns
 * @param imageHeight    rows
 * @param calibration    pixel spacing (its aspect ratio)
 * @param viewportWidth  viewport width, screen pixels
 * @param viewportHeight viewport height, screen pixels
 * @param state          zoom, pan and orientation
 */
public record ViewGeometry(int imageWidth, int imageHeight, Calibration calibration, double viewportWidth,
                           double viewportHeight, ViewState state) {
    public ViewGeometry {
        if (imageWidth < 1 || imageHeight < 1) {
            throw new IllegalArgumentException("image size must be positive: " + imageWidth + "x" + imageHeight);
        }
        java.util.Objects.requireNonNull(calibration, "calibration");
        java.util.Objects.requireNonNull(state, "state");
        viewportWidth = Math.max(1, viewportWidth);
        viewportHeight = Math.max(1, viewportHeight);
    }

    private double finest() {
        return Math.min(calibration.columnSpacingMm(), calibration.rowSpacingMm());
    }

    private double aspectX() {
        return calibration.columnSpacingMm() / finest();
    }

    private double aspectY() {
        return calibration.rowSpacingMm() / finest();
    }

    /** The scale that fits the whole image into the viewport. */
    public double fitScale() {
        double w = imageWidth * aspectX();
        double h = imageHeight * aspectY();
        if (state.orientation().swapsAxes()) {
            double t = w;
            w = h;
            h = t;
        }
        return Math.min(viewportWidth / w, viewportHeight / h);
    }

    /** The scale in effect: the state's, or the fit scale. */
    public double scale() {
        return state.scale() == 0 ? fitScale() : state.scale();
    }

    /** The scale that shows one image pixel (finer axis) per device pixel, for a screen output scale. */
    public static double actualSizeScale(double outputScale) {
        return 1 / (outputScale > 0 ? outputScale : 1);
    }

    /** The affine {@code [mxx, mxy, tx, myx, myy, ty]} from image to screen coordinates. */
    public double[] imageToScreen() {
        DisplayOrientation o = state.orientation();
        double sx = aspectX() * scale();
        double sy = aspectY() * scale();
        double mxx = o.xx() * sx;
        double mxy = o.xy() * sy;
        double myx = o.yx() * sx;
        double myy = o.yy() * sy;
        double cx = imageWidth / 2.0;
        double cy = imageHeight / 2.0;
        double tx = viewportWidth / 2 + state.panX() - (mxx * cx + mxy * cy);
        double ty = viewportHeight / 2 + state.panY() - (myx * cx + myy * cy);
        return new double[] {mxx, mxy, tx, myx, myy, ty};
    }

    /** Where an image point lies on the screen, as {@code {x, y}}. */
    public double[] toScreen(ImagePoint p) {
        double[] a = imageToScreen();
        return new double[] {a[0] * p.x() + a[1] * p.y() + a[2], a[3] * p.x() + a[4] * p.y() + a[5]};
    }

    /** The image point under a screen point. */
    public ImagePoint toImage(double x, double y) {
        double[] a = imageToScreen();
        double det = a[0] * a[4] - a[1] * a[3];
        double dx = x - a[2];
        double dy = y - a[5];
        return new ImagePoint((a[4] * dx - a[1] * dy) / det, (a[0] * dy - a[3] * dx) / det);
    }

    /** Millimetres (or pixels, uncalibrated) per screen pixel, the same along both screen axes. */
    public double mmPerScreenPixel() {
        return finest() / scale();
    }

    /** The state zoomed by {@code factor} keeping the image point under {@code (x, y)} in place. */
    public ViewState zoomedAbout(double factor, double x, double y) {
        ImagePoint anchor = toImage(x, y);
        ViewState scaled = state.withScale(scale() * factor);
        ViewGeometry next = new ViewGeometry(imageWidth, imageHeight, calibration, viewportWidth, viewportHeight, scaled.withPan(0, 0));
        double[] unpanned = next.toScreen(anchor);
        return scaled.withPan(x - unpanned[0], y - unpanned[1]);
    }
}
