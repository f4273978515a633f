package org.lumen.rendering;

/** How the samples across a thick slab combine into one pixel. */
public enum SlabMode {
    /** A thin slice: one sample on the plane; the slab thickness is ignored. */
    NONE,
    /** Maximum intensity projection (largest modality value). */
    MIP,
    /** Minimum intensity projection (smallest modality value). */
    MINIP,
    /** Mean of the modality values. */
    AVERAGE
}
