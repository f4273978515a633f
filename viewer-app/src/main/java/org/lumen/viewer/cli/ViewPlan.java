package org.lumen.viewer.cli;

import java.util.Optional;
import java.util.OptionalInt;

import org.lumen.rendering.SlicePlane;
import org.lumen.rendering.ViewRequest;
import org.lumen.rendering.geometry.Vec3;
import org.lumen.rendering.geometry.VolumeGeometry;
import org.lumen.rendering.volume.Volume;

/**
 * Where slice {@code N} of a plane lies and how large its image is.
 *
 * <p>A plane parallel to the acquired slices shows them as stored (the stored row and column
 * directions) and its slices are the stored ones. Any other plane steps through the volume by one
 * voxel along the axis most aligned with its normal; its native size has square pixels of the
 * volume's smallest spacing, with pixel centres aligned to the projected voxel centres of the
 * volume's first corner. {@code WxH} fits the whole volume into the image.
 *
 * @param plane      the plane to render
 * @param width      output width
 * @param height     output height
 * @param slice      the slice shown, 0-based along the plane's normal
 * @param sliceCount how many slices the plane has
 * @param acquired   whether the plane is parallel to the acquired slices
 */
record ViewPlan(SlicePlane plane, int width, int height, int slice, int sliceCount, boolean acquired) {
    private static final double PARALLEL = 1 - 1e-6;

    /**
     * Plans slice {@code slice} (the middle one, {@code (count - 1) / 2}, when empty) of {@code kind}.
     *
     * @throws IllegalArgumentException naming the valid range when the slice or size is out of range
     */
    static ViewPlan of(Volume volume, PlaneKind kind, double tiltX, double tiltY, OptionalInt slice, Optional<int[]> size) {
        VolumeGeometry g = volume.geometry();
        Vec3[] dirs = kind.directions(tiltX, tiltY);
        Vec3 normal = dirs[0].cross(dirs[1]).normalized();
        if (Math.abs(normal.dot(g.sliceNormal())) > PARALLEL) {
            int count = g.slices();
            int n = check(slice.orElse((count - 1) / 2), count);
            int k = normal.dot(g.kAxis()) > 0 ? n : count - 1 - n;
            Vec3 center = g.voxelCenter((g.columns() - 1) / 2.0, (g.rows() - 1) / 2.0, volume.slicePositions()[k]);
            SlicePlane stored = new SlicePlane(center, g.iAxis(), g.jAxis(), g.iSpacing(), g.jSpacing());
            if (size.isEmpty()) {
                return new ViewPlan(stored, g.columns(), g.rows(), n, count, true);
            }
            return fitted(stored, g, size.get(), n, count, true);
        }
        double[] along = range(g, normal);
        Vec3 toVoxel = g.patientToVoxel().transformVector(normal);
        double step = 1 / Math.max(Math.abs(toVoxel.x()), Math.max(Math.abs(toVoxel.y()), Math.abs(toVoxel.z())));
        int count = (int) Math.floor((along[1] - along[0]) / step + 1e-6) + 1;
        int n = check(slice.orElse((count - 1) / 2), count);
        double depth = along[0] + n * step;
        if (size.isPresent()) {
            SlicePlane plane = new SlicePlane(g.center().plusScaled(normal, depth - g.center().dot(normal)), dirs[0], dirs[1], 1, 1);
            return fitted(plane, g, size.get(), n, count, false);
        }
        double p = g.minSpacing();
        double[] u = range(g, dirs[0]);
        double[] v = range(g, dirs[1]);
        int width = pixels(u, p);
        int height = pixels(v, p);
        Vec3 center = dirs[0].times((u[0] + u[1]) / 2).plus(dirs[1].times((v[0] + v[1]) / 2)).plus(normal.times(depth));
        return new ViewPlan(new SlicePlane(center, dirs[0], dirs[1], p, p), width, height, n, count, false);
    }

    private static ViewPlan fitted(SlicePlane plane, VolumeGeometry g, int[] size, int n, int count, boolean acquired) {
        SlicePlane fit = plane.fittedTo(g, size[0], size[1]);
        SlicePlane moved = fit.moved(plane.center().minus(fit.center()).dot(fit.normal()));
        return new ViewPlan(moved, size[0], size[1], n, count, acquired);
    }

    private static int check(int n, int count) {
        if (n < 0 || n >= count) {
            throw new IllegalArgumentException("--slice " + n + " is out of range: this plane has slices 0.." + (count - 1));
        }
        return n;
    }

    private static int pixels(double[] range, double p) {
        long n = Math.round((range[1] - range[0]) / p) + 1;
        if (n > ViewRequest.MAX_SIZE) {
            throw new IllegalArgumentException("the native size would be " + n + " pixels wide; give --size WxH");
        }
        return (int) n;
    }

    /** The smallest and largest projection of the volume's corner voxel centres on {@code direction}. */
    private static double[] range(VolumeGeometry g, Vec3 direction) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int corner = 0; corner < 8; corner++) {
            Vec3 p = g.voxelCenter((corner & 1) == 0 ? 0 : g.columns() - 1, (corner & 2) == 0 ? 0 : g.rows() - 1,
                    (corner & 4) == 0 ? 0 : g.slices() - 1);
            double d = p.dot(direction);
            lo = Math.min(lo, d);
            hi = Math.max(hi, d);
        }
        return new double[] {lo, hi};
    }
}
