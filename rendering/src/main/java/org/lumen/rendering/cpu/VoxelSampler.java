package org.lumen.rendering.cpu;

import org.lumen.rendering.Interpolation;
import org.lumen.rendering.ViewRequest;
import org.lumen.rendering.volume.Volume;

/**
 * Reads modality values (or, for a palette, stored values) at fractional voxel coordinates: within a
 * slice stored values are interpolated, each slice's result is rescaled with that slice's own slope and
 * intercept, and the two slices' modality values are interpolated. Takes a snapshot of the slice arrays when
 * created, so a volume that fills concurrently is seen consistently during one render.
 */
final class VoxelSampler {
    private static final double LOW = -0.5 - ViewRequest.INSIDE_MARGIN;
    private static final double HALF = 0.5 - ViewRequest.NEAREST_TIE_SHIFT;
    private final short[][] slices;
    private final int nx;
    private final int ny;
    private final int nz;
    private final int mask;
    private final boolean nearest;
    private final Volume volume;
    private final boolean regular;
    private final double[] slopes;
    private final double[] intercepts;

    /** A sampler of modality values ({@code rescale}) or of stored values. */
    VoxelSampler(Volume volume, Interpolation interpolation, boolean rescale) {
        this.nx = volume.geometry().columns();
        this.ny = volume.geometry().rows();
        this.nz = volume.geometry().slices();
        this.slices = new short[nz][];
        this.slopes = new double[nz];
        this.intercepts = new double[nz];
        for (int k = 0; k < nz; k++) {
            slices[k] = volume.sliceData(k);
            slopes[k] = rescale ? volume.sliceValues(k).slope() : 1;
            intercepts[k] = rescale ? volume.sliceValues(k).intercept() : 0;
        }
        this.mask = volume.values().signed() ? -1 : 0xFFFF;
        this.nearest = interpolation == Interpolation.NEAREST;
        this.volume = volume;
        this.regular = volume.isRegular();
    }

    /** The fractional slice index of a regular slice coordinate (identity for regular volumes). */
    double sliceIndex(double z) {
        return regular ? z : volume.sliceIndexAt(z);
    }

    /** Whether the point lies within half a voxel (plus the margin) of the outer voxel centres. */
    boolean inside(double x, double y, double z) {
        return x >= LOW && y >= LOW && z >= LOW && x <= nx - LOW - 1 && y <= ny - LOW - 1 && z <= nz - LOW - 1;
    }

    /** The (interpolated) modality or stored value at an inside point. */
    double sample(double x, double y, double z) {
        return nearest ? sampleNearest(x, y, z) : sampleTrilinear(x, y, z);
    }

    private double sampleNearest(double x, double y, double z) {
        int i = clamp((int) Math.floor(x + HALF), nx);
        int j = clamp((int) Math.floor(y + HALF), ny);
        int k = clamp((int) Math.floor(z + HALF), nz);
        return slopes[k] * voxel(i, j, k) + intercepts[k];
    }

    private double sampleTrilinear(double x, double y, double z) {
        double fx0 = Math.floor(x);
        double fy0 = Math.floor(y);
        double fz0 = Math.floor(z);
        double ax = x - fx0;
        double ay = y - fy0;
        double az = z - fz0;
        int i0 = clamp((int) fx0, nx);
        int i1 = clamp((int) fx0 + 1, nx);
        int j0 = clamp((int) fy0, ny) * nx;
        int j1 = clamp((int) fy0 + 1, ny) * nx;
        int k0 = clamp((int) fz0, nz);
        int k1 = clamp((int) fz0 + 1, nz);
        short[] s0 = slices[k0];
        short[] s1 = slices[k1];
        double c00 = lerp(s0[j0 + i0] & mask, s0[j0 + i1] & mask, ax);
        double c10 = lerp(s0[j1 + i0] & mask, s0[j1 + i1] & mask, ax);
        double c01 = lerp(s1[j0 + i0] & mask, s1[j0 + i1] & mask, ax);
        double c11 = lerp(s1[j1 + i0] & mask, s1[j1 + i1] & mask, ax);
        double m0 = slopes[k0] * lerp(c00, c10, ay) + intercepts[k0];
        double m1 = slopes[k1] * lerp(c01, c11, ay) + intercepts[k1];
        return lerp(m0, m1, az);
    }

    private double voxel(int i, int j, int k) {
        return slices[k][j * nx + i] & mask;
    }

    private static double lerp(double a, double b, double t) {
        return a + (b - a) * t;
    }

    private static int clamp(int v, int n) {
        return v < 0 ? 0 : v >= n ? n - 1 : v;
    }
}
