package org.lumen.rendering;

import org.lumen.rendering.geometry.Affine;
import org.lumen.rendering.geometry.Vec3;

/**
 * A request's sample positions in voxel index coordinates: sample {@code s} of output pixel
 * {@code (x, y)} lies at {@code origin + perColumn * x + perRow * y + perSample * s}, where the
 * voxel centre of {@code (i, j, k)} has coordinates exactly {@code (i, j, k)}. Both renderers step
 * through these; computing them once in double precision keeps them in agreement.
 *
 * @param origin    voxel coordinates of the first slab sample of pixel (0, 0)
 * @param perColumn step to the next pixel to the right
 * @param perRow    step to the next row down
 * @param perSample step to the next slab sample
 * @param samples   the slab sampling
 */
public record VoxelSteps(Vec3 origin, Vec3 perColumn, Vec3 perRow, Vec3 perSample, SlabSampling samples) {

    /** The steps of a request. */
    public static VoxelSteps of(ViewRequest r) {
        SlicePlane p = r.plane();
        SlabSampling slab = r.slabSampling();
        Affine toVoxel = r.volume().geometry().patientToVoxel();
        Vec3 first = p.pixelCenter(r.width(), r.height(), 0, 0).plusScaled(p.normal(), slab.firstOffsetMm());
        return new VoxelSteps(toVoxel.transformPoint(first),
                toVoxel.transformVector(p.rowDirection().times(p.pixelWidthMm())),
                toVoxel.transformVector(p.columnDirection().times(p.pixelHeightMm())),
                toVoxel.transformVector(p.normal().times(slab.stepMm())), slab);
    }
}
