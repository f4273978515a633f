package org.lumen.rendering.volume;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.lumen.rendering.geometry.VolumeGeometry;

/**
 * A 16-bit voxel volume that may be partial: one {@code short[]} of stored values per slice
 * ({@code columns * rows}, row by row), filled as slices arrive. Slices that are not loaded read as
 * the padding value {@link PixelValues#paddingRaw()} (the smallest stored value), so a partial volume
 * renders as black where data is missing, never as garbage.
 *
 * <p>Rescale is kept per slice ({@link #sliceValues}): series whose images carry different Rescale
 * Slope / Intercept (PET, some MR) keep their exact 16-bit stored values and each slice's own slope and
 * intercept, instead of converting to floating-point modality values, which would double the memory
 * (and the GPU texture) and round values. Renderers rescale each slice's samples with its own values
 * before interpolating between slices, which is exact because the rescale is linear.
 *
 * <p>Thread-safe: slices may be set from any thread while renderers read; a slice's array is published
 * safely and is never modified after {@link #setSlice}. {@link #version()} increases with every change
 * so that a GPU renderer knows when to upload again.
 */
public final class Volume {
    private final VolumeGeometry geometry;
    private final PixelValues values;
    private final AtomicReferenceArray<short[]> slices;
    private final AtomicReferenceArray<SliceState> states;
    private final AtomicReferenceArray<PixelValues> sliceValues;
    private final short[] padding;
    private final double[] slicePositions;
    private final AtomicLong version = new AtomicLong();

    private Volume(VolumeGeometry geometry, PixelValues values, double[] slicePositions) {
        this.geometry = geometry;
        this.slicePositions = slicePositions;
        this.values = values;
        this.slices = new AtomicReferenceArray<>(geometry.slices());
        this.states = new AtomicReferenceArray<>(geometry.slices());
        this.sliceValues = new AtomicReferenceArray<>(geometry.slices());
        this.padding = new short[sliceLength(geometry)];
        Arrays.fill(padding, values.paddingRaw());
        for (int k = 0; k < geometry.slices(); k++) {
            states.set(k, SliceState.PENDING);
            sliceValues.set(k, values);
        }
    }

    /** An empty volume (every slice {@link SliceState#PENDING}); fails when one slice would exceed 2^31-1 voxels. */
    public static Volume allocate(VolumeGeometry geometry, PixelValues values) {
        sliceLength(geometry);
        return new Volume(geometry, values, new double[0]);
    }

    /**
     * An empty volume whose slices lie at irregular positions along the slice axis: slice {@code k}
     * at {@code slicePositions[k]} in units of the geometry's slice spacing (k itself would be
     * regular). Positions must start at 0, end at {@code slices - 1} and increase strictly.
     */
    public static Volume allocate(VolumeGeometry geometry, PixelValues values, double[] slicePositions) {
        sliceLength(geometry);
        int n = geometry.slices();
        if (slicePositions.length != n || slicePositions[0] != 0 || slicePositions[n - 1] != n - 1) {
            throw new IllegalArgumentException("slice positions must run from 0 to " + (n - 1) + " for " + n + " slices");
        }
        boolean regular = true;
        for (int k = 0; k < n; k++) {
            if (k > 0 && !(slicePositions[k] > slicePositions[k - 1])) {
                throw new IllegalArgumentException("slice positions must increase: " + slicePositions[k - 1] + ", " + slicePositions[k]);
            }
            regular &= slicePositions[k] == k;
        }
        return new Volume(geometry, values, regular ? new double[0] : slicePositions.clone());
    }

    private static int sliceLength(VolumeGeometry g) {
        long n = (long) g.columns() * g.rows();
        if (n > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("slice too large: " + g.columns() + "x" + g.rows());
        }
        return (int) n;
    }

    public VolumeGeometry geometry() {
        return geometry;
    }

    public PixelValues values() {
        return values;
    }

    /** Whether the slices lie on the geometry's regular grid (the common case). */
    public boolean isRegular() {
        return slicePositions.length == 0;
    }

    /**
     * Where each slice lies along the slice axis in units of the geometry's slice spacing: {@code k}
     * for a regular volume. Renderers map a sample's regular slice coordinate {@code z} to the
     * fractional slice index with {@link #sliceIndexAt(double)}.
     */
    public double[] slicePositions() {
        if (isRegular()) {
            double[] identity = new double[geometry.slices()];
            for (int k = 0; k < identity.length; k++) {
                identity[k] = k;
            }
            return identity;
        }
        return slicePositions.clone();
    }

    /**
     * The fractional slice index at regular slice coordinate {@code z}: piecewise linear through the
     * slice positions, the identity for a regular volume and beyond the first and last slice.
     */
    public double sliceIndexAt(double z) {
        return SlicePositions.indexAt(slicePositions, z);
    }

    /** Number of voxels in one slice. */
    public int sliceLength() {
        return padding.length;
    }

    /** Stores slice {@code k}; the volume takes ownership of {@code stored}, which the caller must not modify afterwards. */
    public void setSlice(int k, short[] stored) {
        setSlice(k, stored, values);
    }

    /**
     * Stores slice {@code k} with its own rescale (per-slice Rescale Slope / Intercept); its signedness
     * must be the volume's.
     */
    public void setSlice(int k, short[] stored, PixelValues rescale) {
        checkIndex(k);
        if (rescale.signed() != values.signed()) {
            throw new IllegalArgumentException("slice " + k + " is " + (rescale.signed() ? "signed" : "unsigned")
                    + ", the volume is not");
        }
        if (stored.length != padding.length) {
            throw new IllegalArgumentException("slice " + k + " has " + stored.length + " values, expected " + padding.length);
        }
        sliceValues.set(k, rescale);
        slices.set(k, stored);
        states.set(k, SliceState.LOADED);
        version.incrementAndGet();
    }

    /** Marks slice {@code k} as a gap that will never load. */
    public void markGap(int k) {
        checkIndex(k);
        if (states.get(k) == SliceState.LOADED) {
            throw new IllegalStateException("slice " + k + " is loaded");
        }
        states.set(k, SliceState.GAP);
        version.incrementAndGet();
    }

    /** The rescale of slice {@code k}: its own when set with one, else the volume's {@link #values()}. */
    public PixelValues sliceValues(int k) {
        checkIndex(k);
        return sliceValues.get(k);
    }

    /** Whether every slice has the volume's rescale. */
    public boolean hasUniformRescale() {
        for (int k = 0; k < sliceValues.length(); k++) {
            if (!sliceValues.get(k).equals(values)) {
                return false;
            }
        }
        return true;
    }

    public SliceState state(int k) {
        checkIndex(k);
        return states.get(k);
    }

    /** How many slices are loaded. */
    public int loadedCount() {
        int n = 0;
        for (int k = 0; k < states.length(); k++) {
            n += states.get(k) == SliceState.LOADED ? 1 : 0;
        }
        return n;
    }

    /** A counter that increases with every slice set or marked: renderers compare it to know when to refresh. */
    public long version() {
        return version.get();
    }

    /**
     * The stored values of slice {@code k} ({@code columns * rows}, row-major), or the shared padding
     * slice when it is not loaded. Read-only by contract: renderers read it in their inner loops; writing
     * to it corrupts the volume.
     */
    public short[] sliceData(int k) {
        checkIndex(k);
        short[] s = slices.get(k);
        return s != null ? s : padding;
    }

    /** The stored value of voxel {@code (i, j, k)}, signed or unsigned per {@link PixelValues#signed()}. */
    public int stored(int i, int j, int k) {
        if (i < 0 || j < 0 || i >= geometry.columns() || j >= geometry.rows()) {
            throw new IndexOutOfBoundsException("voxel " + i + "," + j + "," + k);
        }
        return values.stored(sliceData(k)[j * geometry.columns() + i]);
    }

    private void checkIndex(int k) {
        if (k < 0 || k >= geometry.slices()) {
            throw new IndexOutOfBoundsException("slice " + k + " of " + geometry.slices());
        }
    }
}
