package org.lumen.rendering;

import java.util.Objects;

import org.lumen.rendering.volume.Volume;

/**
 * Everything that determines one rendered view; renderers given equal requests (and an unchanged
 * volume) produce the same image.
 *
 * <p>Each output pixel samples the volume at the point given by {@link SlicePlane} (pixel centres),
 * or across a slab as {@link SlabSampling} describes. Samples are interpolated in stored values,
 * rescaled to modality values, combined over the slab, mapped through {@link WindowLevel} and
 * inverted when {@code invert}. A sample is inside the volume when each voxel index coordinate lies
 * in {@code [-0.5 - INSIDE_MARGIN, n - 0.5 + INSIDE_MARGIN]}; pixels without any inside sample are
 * black (0), inverted or not. The small margin moves the inside/outside decision away from the exact
 * half-voxel boundary that regular pixel grids often hit, so single- and double-precision renderers
 * agree there.
 *
 * @param volume            the voxels
 * @param plane             the displayed plane; for a slab, its middle
 * @param width             output width in pixels, 1..16384
 * @param height            output height in pixels, 1..16384
 * @param interpolation     nearest or trilinear
 * @param slabMode          thin slice or a projection across the slab
 * @param slabThicknessMm   slab thickness, mm (0 for a thin slice; ignored for {@link SlabMode#NONE})
 * @param window            window centre and width on modality values
 * @param invert            show inverted (MONOCHROME1)
 */
public record ViewRequest(Volume volume, SlicePlane plane, int width, int height, Interpolation interpolation,
                          SlabMode slabMode, double slabThicknessMm, WindowLevel window, boolean invert) {
    /** Largest output side. */
    public static final int MAX_SIZE = 16384;
    /** How far beyond the outer half-voxel boundary a sample still counts as inside, in voxels. */
    public static final double INSIDE_MARGIN = 1e-3;
    /** Nearest-neighbour ties: index {@code floor(v + 0.5 - NEAREST_TIE_SHIFT)}, so exact halves go down. */
    public static final double NEAREST_TIE_SHIFT = 1e-3;

    /** Validates sizes and non-null parts. */
    public ViewRequest {
        Objects.requireNonNull(volume, "volume");
        Objects.requireNonNull(plane, "plane");
        Objects.requireNonNull(interpolation, "interpolation");
        Objects.requireNonNull(slabMode, "slabMode");
        Objects.requireNonNull(window, "window");
        if (width < 1 || height < 1 || width > MAX_SIZE || height > MAX_SIZE) {
            throw new IllegalArgumentException("output size must be 1.." + MAX_SIZE + ": " + width + "x" + height);
        }
        if (!(slabThicknessMm >= 0) || !Double.isFinite(slabThicknessMm)) {
            throw new IllegalArgumentException("slab thickness must be >= 0: " + slabThicknessMm);
        }
    }

    /** A thin slice with trilinear interpolation, not inverted. */
    public static ViewRequest slice(Volume volume, SlicePlane plane, int width, int height, WindowLevel window) {
        return new ViewRequest(volume, plane, width, height, Interpolation.TRILINEAR, SlabMode.NONE, 0, window, false);
    }

    public ViewRequest withPlane(SlicePlane newPlane) {
        return new ViewRequest(volume, newPlane, width, height, interpolation, slabMode, slabThicknessMm, window, invert);
    }

    public ViewRequest withWindow(WindowLevel newWindow) {
        return new ViewRequest(volume, plane, width, height, interpolation, slabMode, slabThicknessMm, newWindow, invert);
    }

    public ViewRequest withInterpolation(Interpolation newInterpolation) {
        return new ViewRequest(volume, plane, width, height, newInterpolation, slabMode, slabThicknessMm, window, invert);
    }

    public ViewRequest withSlab(SlabMode mode, double thicknessMm) {
        return new ViewRequest(volume, plane, width, height, interpolation, mode, thicknessMm, window, invert);
    }

    public ViewRequest withInvert(boolean newInvert) {
        return new ViewRequest(volume, plane, width, height, interpolation, slabMode, slabThicknessMm, window, newInvert);
    }

    /** Where the samples across the slab lie. */
    public SlabSampling slabSampling() {
        return SlabSampling.of(this);
    }
}
