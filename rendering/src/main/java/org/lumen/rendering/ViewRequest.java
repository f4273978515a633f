package org.lumen.rendering;

import java.util.Objects;

import org.lumen.dicom.lut.PresentationLut;
import org.lumen.rendering.volume.Volume;

/**
 * Everything that determines one rendered view; renderers given equal requests (and an unchanged
 * volume) produce the same image.
 *
 * <p>Each output pixel samples the volume at the point given by {@link SlicePlane} (pixel centres),
 * or across a slab as {@link SlabSampling} describes. Samples are interpolated in stored values within
 * a slice, rescaled to modality values with each slice's own rescale ({@link Volume#sliceValues}), and
 * interpolated between slices in modality values; they are combined over the slab and mapped to pixels
 * by the {@link DisplayMapping} (for a palette, stored values are combined and looked up instead).
 * A sample is inside the volume when each voxel index coordinate lies in
 * {@code [-0.5 - INSIDE_MARGIN, n - 0.5 + INSIDE_MARGIN]}; pixels without any inside sample are
 * black (0 on every channel), whatever the mapping. The small margin moves the inside/outside decision
 * away from the exact half-voxel boundary that regular pixel grids often hit, so single- and
 * double-precision renderers agree there.
 *
 * @param volume            the voxels
 * @param plane             the displayed plane; for a slab, its middle
 * @param width             output width in pixels, 1..16384
 * @param height            output height in pixels, 1..16384
 * @param interpolation     nearest or trilinear
 * @param slabMode          thin slice or a projection across the slab
 * @param slabThicknessMm   slab thickness, mm (0 for a thin slice; ignored for {@link SlabMode#NONE})
 * @param display           VOI LUT and Presentation LUT, or a palette
 */
public record ViewRequest(Volume volume, SlicePlane plane, int width, int height, Interpolation interpolation,
                          SlabMode slabMode, double slabThicknessMm, DisplayMapping display) {
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
        Objects.requireNonNull(display, "display");
        if (width < 1 || height < 1 || width > MAX_SIZE || height > MAX_SIZE) {
            throw new IllegalArgumentException("output size must be 1.." + MAX_SIZE + ": " + width + "x" + height);
        }
        if (!(slabThicknessMm >= 0) || !Double.isFinite(slabThicknessMm)) {
            throw new IllegalArgumentException("slab thickness must be >= 0: " + slabThicknessMm);
        }
    }

    /** A greyscale request with a window, inverted (Presentation LUT INVERSE) or not. */
    public ViewRequest(Volume volume, SlicePlane plane, int width, int height, Interpolation interpolation,
                       SlabMode slabMode, double slabThicknessMm, WindowLevel window, boolean invert) {
        this(volume, plane, width, height, interpolation, slabMode, slabThicknessMm,
                new DisplayMapping.Greyscale(window.transform(), invert ? PresentationLut.Shape.INVERSE : PresentationLut.Shape.IDENTITY));
    }

    /** A thin slice with trilinear interpolation, not inverted. */
    public static ViewRequest slice(Volume volume, SlicePlane plane, int width, int height, WindowLevel window) {
        return new ViewRequest(volume, plane, width, height, Interpolation.TRILINEAR, SlabMode.NONE, 0, window, false);
    }

    public ViewRequest withPlane(SlicePlane newPlane) {
        return new ViewRequest(volume, newPlane, width, height, interpolation, slabMode, slabThicknessMm, display);
    }

    public ViewRequest withVolume(Volume newVolume) {
        return new ViewRequest(newVolume, plane, width, height, interpolation, slabMode, slabThicknessMm, display);
    }

    public ViewRequest withDisplay(DisplayMapping newDisplay) {
        return new ViewRequest(volume, plane, width, height, interpolation, slabMode, slabThicknessMm, newDisplay);
    }

    /** The window as VOI LUT, keeping a greyscale request's Presentation LUT. */
    public ViewRequest withWindow(WindowLevel newWindow) {
        return withDisplay(new DisplayMapping.Greyscale(newWindow.transform(), presentation()));
    }

    public ViewRequest withInterpolation(Interpolation newInterpolation) {
        return new ViewRequest(volume, plane, width, height, newInterpolation, slabMode, slabThicknessMm, display);
    }

    public ViewRequest withSlab(SlabMode mode, double thicknessMm) {
        return new ViewRequest(volume, plane, width, height, interpolation, mode, thicknessMm, display);
    }

    /** Greyscale with the Presentation LUT INVERSE (MONOCHROME1) or IDENTITY, keeping the VOI LUT. */
    public ViewRequest withInvert(boolean newInvert) {
        if (!(display instanceof DisplayMapping.Greyscale g)) {
            throw new IllegalStateException("only a greyscale display can be inverted");
        }
        return withDisplay(new DisplayMapping.Greyscale(g.voi(), newInvert ? PresentationLut.Shape.INVERSE : PresentationLut.Shape.IDENTITY));
    }

    private PresentationLut presentation() {
        return display instanceof DisplayMapping.Greyscale g ? g.presentation() : PresentationLut.Shape.IDENTITY;
    }

    /** Where the samples across the slab lie. */
    public SlabSampling slabSampling() {
        return SlabSampling.of(this);
    }
}
