package org.lumen.rendering.volume;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Slice distances: the median, gaps (missing slices) and irregular spacing. */
final class SliceSpacing {
    /** A gap longer than this many median distances means slices are missing. */
    static final double GAP_FACTOR = 1.5;

    private SliceSpacing() {}

    /**
     * The slice index of each sorted, distinct position {@code d} (mm along the normal): positions are
     * placed on a grid of the median distance, so missing slices leave empty indices.
     */
    static int[] slots(double[] d, List<VolumeFinding> findings) {
        int n = d.length;
        double[] gaps = new double[n - 1];
        for (int m = 0; m < n - 1; m++) {
            gaps[m] = d[m + 1] - d[m];
        }
        double[] sortedGaps = gaps.clone();
        Arrays.sort(sortedGaps);
        double median = (sortedGaps[(n - 2) / 2] + sortedGaps[(n - 1) / 2]) / 2;
        double tolerance = Math.max(0.01, 0.01 * median);

        List<String> missing = new ArrayList<>();
        double minRegular = Double.POSITIVE_INFINITY;
        double maxRegular = 0;
        for (int m = 0; m < gaps.length; m++) {
            if (gaps[m] > GAP_FACTOR * median) {
                missing.add(String.format(Locale.ROOT, "%.3f mm between %.3f and %.3f mm", gaps[m], d[m], d[m + 1]));
            } else {
                minRegular = Math.min(minRegular, gaps[m]);
                maxRegular = Math.max(maxRegular, gaps[m]);
            }
        }
        int[] slot = new int[n];
        double worstOffGrid = 0;
        for (int m = 0; m < n; m++) {
            slot[m] = (int) Math.round((d[m] - d[0]) / median);
            worstOffGrid = Math.max(worstOffGrid, Math.abs(d[m] - d[0] - slot[m] * median));
        }
        boolean collide = false;
        for (int m = 1; m < n; m++) {
            collide |= slot[m] <= slot[m - 1];
        }
        if (collide || slot[n - 1] > 4 * n + 16) {
            for (int m = 0; m < n; m++) {
                slot[m] = m;
            }
            findings.add(new VolumeFinding(VolumeFinding.Kind.NON_UNIFORM_SPACING, String.format(Locale.ROOT,
                    "slice distances range from %.3f to %.3f mm and fit no regular grid (mean %.3f mm); each slice is shown at its own position",
                    sortedGaps[0], sortedGaps[n - 2], (d[n - 1] - d[0]) / (n - 1))));
            return slot;
        }
        if (!missing.isEmpty()) {
            findings.add(new VolumeFinding(VolumeFinding.Kind.MISSING_SLICES, String.format(Locale.ROOT,
                    "%s missing (median distance %.3f mm): gap of %s", StackPlanner.count(slot[n - 1] + 1 - n, "slice is", "slices are"), median,
                    StackPlanner.firstFew(missing))));
        }
        if (maxRegular - minRegular > tolerance || worstOffGrid > tolerance) {
            findings.add(new VolumeFinding(VolumeFinding.Kind.NON_UNIFORM_SPACING, String.format(Locale.ROOT,
                    "slice distances vary from %.3f to %.3f mm (median %.3f mm, a slice lies up to %.3f mm off the regular grid); each slice is shown at its own position",
                    minRegular, maxRegular, median, worstOffGrid)));
        }
        return slot;
    }

    /**
     * Where each slice index lies on the volume's regular grid, in index units: slice {@code slot[m]}
     * at {@code last * (d[m] - d[0]) / (d[last] - d[0])}, gap slices evenly between their neighbours.
     * Equal to the indices themselves for a regular stack (within 0.001 of a slice, when they are
     * returned exactly).
     */
    static double[] positions(double[] d, int[] slot) {
        int last = slot[slot.length - 1];
        double[] position = new double[last + 1];
        double extent = d[d.length - 1] - d[0];
        boolean regular = true;
        for (int m = 0; m < slot.length; m++) {
            position[slot[m]] = last * (d[m] - d[0]) / extent;
            regular &= Math.abs(position[slot[m]] - slot[m]) <= 1e-3;
            if (m > 0) {
                for (int k = slot[m - 1] + 1; k < slot[m]; k++) {
                    double t = (double) (k - slot[m - 1]) / (slot[m] - slot[m - 1]);
                    position[k] = position[slot[m - 1]] + t * (position[slot[m]] - position[slot[m - 1]]);
                }
            }
        }
        if (regular) {
            for (int k = 0; k <= last; k++) {
                position[k] = k;
            }
        }
        position[0] = 0;
        position[last] = last;
        return position;
    }
}
