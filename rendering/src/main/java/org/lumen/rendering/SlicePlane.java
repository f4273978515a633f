package org.lumen.rendering;

import java.util.Objects;

import org.lumen.rendering.geometry.Vec3;
import org.lumen.rendering.geometry.VolumeGeometry;

/**
 * The plane a view shows, in patient coordinates: its centre, the direction to the screen's right
 * ({@code rowDirection}) and down the screen ({@code columnDirection}), and the size of one output
 * pixel in millimetres.
 *
 * <p>Pixel centres: output pixel {@code (x, y)} of a {@code width x height} image samples the point
 * {@code center + rowDirection * pixelWidthMm * (x + 0.5 - width / 2) + columnDirection * pixelHeightMm * (y + 0.5 - height / 2)}.
 * So the plane's centre lies at the image's geometric centre (on a pixel centre for odd sizes, on a
 * pixel corner for even sizes). Zoom, pan, rotation and flips are new planes, made by the methods below.
 *
 * @param center          patient point at the image centre, mm
 * @param rowDirection    unit direction towards the screen's right
 * @param columnDirection unit direction towards the screen's bottom, perpendicular to {@code rowDirection}
 * @param pixelWidthMm    horizontal distance between output pixel centres, mm
 * @param pixelHeightMm   vertical distance between output pixel centres, mm
 */
public record SlicePlane(Vec3 center, Vec3 rowDirection, Vec3 columnDirection, double pixelWidthMm, double pixelHeightMm) {
    /** Validates: unit, perpendicular directions and positive pixel sizes. */
    public SlicePlane {
        Objects.requireNonNull(center, "center");
        rowDirection = rowDirection.normalized();
        columnDirection = columnDirection.normalized();
        if (Math.abs(rowDirection.dot(columnDirection)) > 1e-6) {
            throw new IllegalArgumentException("row and column directions are not perpendicular: " + rowDirection + ", " + columnDirection);
        }
        if (!(pixelWidthMm > 0) || !(pixelHeightMm > 0) || !Double.isFinite(pixelWidthMm) || !Double.isFinite(pixelHeightMm)) {
            throw new IllegalArgumentException("pixel size must be positive: " + pixelWidthMm + " x " + pixelHeightMm);
        }
    }

    /** The viewing normal {@code rowDirection x columnDirection} (pointing away from the viewer). */
    public Vec3 normal() {
        return rowDirection.cross(columnDirection);
    }

    /** The patient point sampled by output pixel {@code (x, y)} of a {@code width x height} image. */
    public Vec3 pixelCenter(int width, int height, double x, double y) {
        return center.plusScaled(rowDirection, pixelWidthMm * (x + 0.5 - width / 2.0))
                .plusScaled(columnDirection, pixelHeightMm * (y + 0.5 - height / 2.0));
    }

    /** Slice {@code k} of a volume exactly as stored: with {@code columns x rows} output, pixels fall on voxel centres. */
    public static SlicePlane nativeSlice(VolumeGeometry g, int k) {
        if (k < 0 || k >= g.slices()) {
            throw new IndexOutOfBoundsException("slice " + k + " of " + g.slices());
        }
        return new SlicePlane(g.voxelCenter((g.columns() - 1) / 2.0, (g.rows() - 1) / 2.0, k), g.iAxis(), g.jAxis(), g.iSpacing(), g.jSpacing());
    }

    /** Axial, viewed from the feet: patient's right on the screen's left, anterior at the top. */
    public static SlicePlane axial(Vec3 center, double pixelMm) {
        return new SlicePlane(center, Vec3.LEFT, Vec3.POSTERIOR, pixelMm, pixelMm);
    }

    /** Coronal, viewed from the front: patient's right on the screen's left, head at the top. */
    public static SlicePlane coronal(Vec3 center, double pixelMm) {
        return new SlicePlane(center, Vec3.LEFT, Vec3.HEAD.negated(), pixelMm, pixelMm);
    }

    /** Sagittal, viewed from the patient's left: anterior on the screen's left, head at the top. */
    public static SlicePlane sagittal(Vec3 center, double pixelMm) {
        return new SlicePlane(center, Vec3.POSTERIOR, Vec3.HEAD.negated(), pixelMm, pixelMm);
    }

    /**
     * The same orientation, centred on the volume, with square pixels just large enough that the whole
     * volume (to the outer faces of its edge voxels) fits a {@code width x height} view.
     */
    public SlicePlane fittedTo(VolumeGeometry g, int width, int height) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("view size must be positive: " + width + "x" + height);
        }
        Vec3 c = g.center();
        double[] lo = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
        double[] hi = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int corner = 0; corner < 8; corner++) {
            Vec3 p = g.voxelCenter((corner & 1) == 0 ? -0.5 : g.columns() - 0.5, (corner & 2) == 0 ? -0.5 : g.rows() - 0.5,
                    (corner & 4) == 0 ? -0.5 : g.slices() - 0.5).minus(c);
            double u = p.dot(rowDirection);
            double v = p.dot(columnDirection);
            lo[0] = Math.min(lo[0], u);
            hi[0] = Math.max(hi[0], u);
            lo[1] = Math.min(lo[1], v);
            hi[1] = Math.max(hi[1], v);
        }
        double pixel = Math.max((hi[0] - lo[0]) / width, (hi[1] - lo[1]) / height);
        Vec3 middle = c.plusScaled(rowDirection, (hi[0] + lo[0]) / 2).plusScaled(columnDirection, (hi[1] + lo[1]) / 2);
        return new SlicePlane(middle, rowDirection, columnDirection, pixel, pixel);
    }

    /** Magnified by {@code factor} about the centre (2 = twice as large on screen). */
    public SlicePlane zoomed(double factor) {
        if (!(factor > 0)) {
            throw new IllegalArgumentException("zoom factor must be positive: " + factor);
        }
        return new SlicePlane(center, rowDirection, columnDirection, pixelWidthMm / factor, pixelHeightMm / factor);
    }

    /** Content moved by {@code dx, dy} screen pixels (positive: to the right and down). */
    public SlicePlane panned(double dx, double dy) {
        Vec3 c = center.plusScaled(rowDirection, -dx * pixelWidthMm).plusScaled(columnDirection, -dy * pixelHeightMm);
        return new SlicePlane(c, rowDirection, columnDirection, pixelWidthMm, pixelHeightMm);
    }

    /** Content rotated clockwise on screen by {@code radians} about the centre. */
    public SlicePlane rotated(double radians) {
        Vec3 n = normal();
        return new SlicePlane(center, rowDirection.rotatedAbout(n, -radians), columnDirection.rotatedAbout(n, -radians),
                pixelWidthMm, pixelHeightMm);
    }

    /** Mirrored left to right. */
    public SlicePlane flippedHorizontally() {
        return new SlicePlane(center, rowDirection.negated(), columnDirection, pixelWidthMm, pixelHeightMm);
    }

    /** Mirrored top to bottom. */
    public SlicePlane flippedVertically() {
        return new SlicePlane(center, rowDirection, columnDirection.negated(), pixelWidthMm, pixelHeightMm);
    }

    /** Moved by {@code mm} along the normal (scrolling through slices). */
    public SlicePlane moved(double mm) {
        return new SlicePlane(center.plusScaled(normal(), mm), rowDirection, columnDirection, pixelWidthMm, pixelHeightMm);
    }
}
