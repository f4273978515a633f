package org.lumen.viewer.viewport;

import java.util.Objects;

/**
 * What a user did to the view of one viewport: zoom, pan and orientation.
 *
 * @param scale       screen pixels per image pixel along the finer pixel axis; 0 means "fit to the viewport"
 * @param panX        content shift to the right, screen pixels
 * @param panY        content shift down, screen pixels
 * @param orientation quarter turns and flips
 */
public record ViewState(double scale, double panX, double panY, DisplayOrientation orientation) {
    /** Fitted, centred, as stored. */
    public static final ViewState INITIAL = new ViewState(0, 0, 0, DisplayOrientation.IDENTITY);
    /** Smallest and largest scale a user can zoom to. */
    public static final double MIN_SCALE = 0.02;
    public static final double MAX_SCALE = 64;

    /** Scale 0 (fit) or within the limits; pans finite. */
    public ViewState {
        Objects.requireNonNull(orientation, "orientation");
        if (scale != 0 && !(scale >= MIN_SCALE && scale <= MAX_SCALE)) {
            throw new IllegalArgumentException("scale out of range: " + scale);
        }
        if (!Double.isFinite(panX) || !Double.isFinite(panY)) {
            throw new IllegalArgumentException("pan must be finite");
        }
    }

    public ViewState withScale(double newScale) {
        return new ViewState(Math.max(MIN_SCALE, Math.min(MAX_SCALE, newScale)), panX, panY, orientation);
    }

    public ViewState withPan(double x, double y) {
        return new ViewState(scale, x, y, orientation);
    }

    public ViewState pannedBy(double dx, double dy) {
        return new ViewState(scale, panX + dx, panY + dy, orientation);
    }

    public ViewState withOrientation(DisplayOrientation newOrientation) {
        return new ViewState(scale, panX, panY, newOrientation);
    }

    /** Fitted and centred, keeping the orientation. */
    public ViewState fitted() {
        return new ViewState(0, 0, 0, orientation);
    }
}
