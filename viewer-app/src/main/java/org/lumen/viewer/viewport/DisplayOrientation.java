package org.lumen.viewer.viewport;

import org.lumen.rendering.geometry.OrientationLabels;
import org.lumen.rendering.geometry.Vec3;

/**
 * How the image's axes lie on the screen after quarter turns and flips: a signed permutation matrix
 * mapping an image direction {@code (x, y)} to the screen direction
 * {@code (xx * x + xy * y, yx * x + yy * y)} (screen y points down). Turns and flips act on the
 * screen as it is seen: a horizontal flip after a quarter turn still mirrors left and right.
 */
public record DisplayOrientation(int xx, int xy, int yx, int yy) {
    /** The image as stored. */
    public static final DisplayOrientation IDENTITY = new DisplayOrientation(1, 0, 0, 1);

    /** Must be one of the eight signed permutations. */
    public DisplayOrientation {
        boolean straight = xy == 0 && yx == 0 && Math.abs(xx) == 1 && Math.abs(yy) == 1;
        boolean swapped = xx == 0 && yy == 0 && Math.abs(xy) == 1 && Math.abs(yx) == 1;
        if (!straight && !swapped) {
            throw new IllegalArgumentException("not a quarter-turn/flip matrix: " + xx + " " + xy + " " + yx + " " + yy);
        }
    }

    /** Turned 90 degrees clockwise on screen. */
    public DisplayOrientation rotatedClockwise() {
        return new DisplayOrientation(-yx, -yy, xx, xy);
    }

    /** Turned 90 degrees counter-clockwise on screen. */
    public DisplayOrientation rotatedCounterClockwise() {
        return new DisplayOrientation(yx, yy, -xx, -xy);
    }

    /** Mirrored left to right on screen. */
    public DisplayOrientation flippedHorizontally() {
        return new DisplayOrientation(-xx, -xy, yx, yy);
    }

    /** Mirrored top to bottom on screen. */
    public DisplayOrientation flippedVertically() {
        return new DisplayOrientation(xx, xy, -yx, -yy);
    }

    /** Whether the image's rows run vertically on screen (an odd number of quarter turns). */
    public boolean swapsAxes() {
        return xx == 0;
    }

    /**
     * The orientation letters at the screen's edges for an image whose rows run along
     * {@code rowDirection} and columns along {@code columnDirection} (Image Orientation (Patient)).
     */
    public OrientationLabels.EdgeLabels edgeLabels(Vec3 rowDirection, Vec3 columnDirection) {
        // The inverse of a signed permutation is its transpose: screen right is image (xx, xy).
        Vec3 right = rowDirection.times(xx).plus(columnDirection.times(xy));
        Vec3 down = rowDirection.times(yx).plus(columnDirection.times(yy));
        return OrientationLabels.edges(right, down);
    }
}
