package org.lumen.rendering.volume;

/** The piecewise-linear map from a regular slice coordinate to a fractional slice index. */
final class SlicePositions {
    private SlicePositions() {}

    /**
     * Index at {@code z} for slices at {@code positions} (empty: regular, identity). Below the first
     * position and above the last the map continues with slope 1, so the half-voxel border rule of
     * regular volumes holds at both ends.
     */
    static double indexAt(double[] positions, double z) {
        int n = positions.length;
        if (n == 0) {
            return z;
        }
        if (z <= positions[0]) {
            return z - positions[0];
        }
        if (z >= positions[n - 1]) {
            return n - 1 + (z - positions[n - 1]);
        }
        int lo = 0;
        int hi = n - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (positions[mid] <= z) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo + (z - positions[lo]) / (positions[hi] - positions[lo]);
    }
}
