package org.lumen.rendering;

/** How a sample between voxel centres gets its value. */
public enum Interpolation {
    /** The voxel whose centre is nearest: index {@code floor(v + 0.5)} on each axis (ties go up). */
    NEAREST,
    /** Trilinear between the 8 surrounding voxel centres, indices clamped to the volume (clamp to edge). */
    TRILINEAR
}
