package org.lumen.rendering.geometry;

/**
 * Where the voxels of a volume lie in patient coordinates. Voxel {@code (i, j, k)} (column, row, slice)
 * has its centre at {@code origin + iAxis * iSpacing * i + jAxis * jSpacing * j + kAxis * kSpacing * k}.
 * {@code iAxis} and {@code jAxis} are the first slice's row and column directions; {@code kAxis} is the
 * direction from one slice's position to the next, which equals the slice normal for an ordinary
 * stack and leans away from it for a gantry-tilted (sheared) stack, so the affine stays exact.
 *
 * @param origin   centre of voxel (0, 0, 0), mm
 * @param iAxis    unit direction of increasing column index
 * @param jAxis    unit direction of increasing row index
 * @param kAxis    unit direction of increasing slice index
 * @param iSpacing distance between columns, mm
 * @param jSpacing distance between rows, mm
 * @param kSpacing distance between slice positions, mm
 * @param columns  number of columns (i)
 * @param rows     number of rows (j)
 * @param slices   number of slices (k)
 */
public record VolumeGeometry(Vec3 origin, Vec3 iAxis, Vec3 jAxis, Vec3 kAxis,
                             double iSpacing, double jSpacing, double kSpacing,
                             int columns, int rows, int slices) {

    /** Validates sizes and spacings and normalizes the axes; the axes must span 3D. */
    public VolumeGeometry {
        if (columns < 1 || rows < 1 || slices < 1) {
            throw new IllegalArgumentException("volume size must be positive: " + columns + "x" + rows + "x" + slices);
        }
        for (double s : new double[] {iSpacing, jSpacing, kSpacing}) {
            if (!(s > 0) || !Double.isFinite(s)) {
                throw new IllegalArgumentException("spacings must be positive: " + iSpacing + ", " + jSpacing + ", " + kSpacing);
            }
        }
        iAxis = iAxis.normalized();
        jAxis = jAxis.normalized();
        kAxis = kAxis.normalized();
        if (Math.abs(iAxis.cross(jAxis).dot(kAxis)) < 1e-3) {
            throw new IllegalArgumentException("volume axes are (nearly) coplanar: " + iAxis + ", " + jAxis + ", " + kAxis);
        }
    }

    /** A stack of {@code slices} images like {@code first}, each {@code kSpacing} further along {@code kAxis}. */
    public static VolumeGeometry ofStack(ImagePlane first, Vec3 kAxis, double kSpacing, int columns, int rows, int slices) {
        return new VolumeGeometry(first.position(), first.rowDirection(), first.columnDirection(), kAxis,
                first.columnSpacing(), first.rowSpacing(), kSpacing, columns, rows, slices);
    }

    /** Voxel index coordinates (i, j, k) to patient millimetres. */
    public Affine voxelToPatient() {
        return Affine.ofColumns(iAxis.times(iSpacing), jAxis.times(jSpacing), kAxis.times(kSpacing), origin);
    }

    /** Patient millimetres to (fractional) voxel index coordinates. */
    public Affine patientToVoxel() {
        return voxelToPatient().inverse();
    }

    /** The unit normal of the slices ({@code iAxis x jAxis}). */
    public Vec3 sliceNormal() {
        return iAxis.cross(jAxis).normalized();
    }

    /** The patient position of the centre of voxel {@code (i, j, k)} (fractional indices allowed). */
    public Vec3 voxelCenter(double i, double j, double k) {
        return origin.plusScaled(iAxis, i * iSpacing).plusScaled(jAxis, j * jSpacing).plusScaled(kAxis, k * kSpacing);
    }

    /** The geometric centre of the volume (midway between the first and last voxel centres). */
    public Vec3 center() {
        return voxelCenter((columns - 1) / 2.0, (rows - 1) / 2.0, (slices - 1) / 2.0);
    }

    /** The geometry of slice {@code k} as a DICOM image plane. */
    public ImagePlane slicePlane(int k) {
        if (k < 0 || k >= slices) {
            throw new IndexOutOfBoundsException("slice " + k + " of " + slices);
        }
        return new ImagePlane(voxelCenter(0, 0, k), iAxis, jAxis, jSpacing, iSpacing);
    }

    /** The smallest of the three spacings. */
    public double minSpacing() {
        return Math.min(iSpacing, Math.min(jSpacing, kSpacing));
    }

    /** Whether the slice axis leans away from the slice normal (gantry tilt): a sheared voxel grid. */
    public boolean isSheared() {
        return Math.abs(kAxis.dot(sliceNormal())) < 1 - 1e-6;
    }
}
