package org.lumen.rendering;

/** How a sample between voxel centres gets its value. */
public enum Interpolation {
    /**
     * The voxel whose centre is nearest: index {@code floor(v + 0.5 - ViewRequest.NEAREST_TIE_SHIFT)} on
     * each axis, clamped to the volume; a coordinate within a thousandth of a voxel above a half goes
     * down, so that zoomed views, which sample exactly at halves, come out the same in float and double.
     */
    NEAREST,
    /** Trilinear between the 8 surrounding voxel centres, indices clamped to the volume (clamp to edge). */
    TRILINEAR
}
