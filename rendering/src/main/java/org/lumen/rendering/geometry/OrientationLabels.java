package org.lumen.rendering.geometry;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Patient-orientation letters (PS3.3 C.7.6.1.1.1) for directions in LPS patient coordinates:
 * {@code +x = L}, {@code -x = R}, {@code +y = P}, {@code -y = A}, {@code +z = H}, {@code -z = F}.
 *
 * <p>An oblique direction gets several letters, the largest component first, as the standard asks
 * ("LPH"). A minor component is shown when its magnitude is at least {@link #MINOR_COMPONENT_THRESHOLD}
 * (0.25 of a unit vector, a tilt of about 14.5 degrees towards that axis); smaller tilts are common
 * positioning noise and would only clutter the view, which is the practice of most viewers. The major
 * component is always shown. The direction is normalized first, so any non-zero length works.
 */
public final class OrientationLabels {
    /** Smallest magnitude of a unit direction's component for which its letter is shown. */
    public static final double MINOR_COMPONENT_THRESHOLD = 0.25;

    private OrientationLabels() {}

    /** The letters for {@code direction}, most significant first, e.g. "L", "AF", "LPH". */
    public static String of(Vec3 direction) {
        Vec3 u = direction.normalized();
        Integer[] axes = {0, 1, 2};
        Arrays.sort(axes, Comparator.comparingDouble((Integer a) -> -Math.abs(u.get(a))));
        StringBuilder letters = new StringBuilder(3);
        for (int rank = 0; rank < 3; rank++) {
            int axis = axes[rank];
            double c = u.get(axis);
            if (rank == 0 || Math.abs(c) >= MINOR_COMPONENT_THRESHOLD) {
                letters.append(letter(axis, c));
            }
        }
        return letters.toString();
    }

    private static char letter(int axis, double component) {
        return switch (axis) {
            case 0 -> component >= 0 ? 'L' : 'R';
            case 1 -> component >= 0 ? 'P' : 'A';
            default -> component >= 0 ? 'H' : 'F';
        };
    }

    /**
     * The labels at the four edges of a displayed plane whose row direction points to the screen's
     * right and whose column direction points down the screen.
     */
    public static EdgeLabels edges(Vec3 screenRight, Vec3 screenDown) {
        return new EdgeLabels(of(screenRight.negated()), of(screenRight), of(screenDown.negated()), of(screenDown));
    }

    /**
     * The orientation letters at the edges of a view.
     *
     * @param left   towards the screen's left edge
     * @param right  towards the right edge
     * @param top    towards the top edge
     * @param bottom towards the bottom edge
     */
    public record EdgeLabels(String left, String right, String top, String bottom) {
        /** All four must be non-empty. */
        public EdgeLabels {
            if (left.isEmpty() || right.isEmpty() || top.isEmpty() || bottom.isEmpty()) {
                throw new IllegalArgumentException("empty edge label");
            }
        }
    }
}
