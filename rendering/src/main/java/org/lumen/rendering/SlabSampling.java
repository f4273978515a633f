package org.lumen.rendering;

/**
 * The samples a pixel takes along the plane's normal: {@code count} samples at offsets
 * {@code firstOffsetMm + s * stepMm} (s = 0..count-1) from the plane.
 *
 * <p>A thin slice ({@link SlabMode#NONE} or thickness 0) takes one sample on the plane. A slab of
 * thickness {@code t} takes {@code count = ceil(t / maxStep) + 1} samples evenly from {@code -t/2} to
 * {@code +t/2} inclusive, where {@code maxStep} is half the volume's smallest voxel spacing, so the
 * step is at most half a voxel in any direction and both faces of the slab are sampled.
 *
 * @param count         number of samples, at least 1
 * @param stepMm        distance between samples, mm (0 when count is 1)
 * @param firstOffsetMm offset of the first sample along the normal, mm
 */
public record SlabSampling(int count, double stepMm, double firstOffsetMm) {
    /** Largest number of samples per pixel (a 1000 mm slab through 0.25 mm voxels needs 8001). */
    public static final int MAX_COUNT = 65536;

    /** Count 1..{@link #MAX_COUNT}, finite offsets. */
    public SlabSampling {
        if (count < 1 || count > MAX_COUNT || !(stepMm >= 0) || !Double.isFinite(firstOffsetMm)) {
            throw new IllegalArgumentException("bad slab sampling: " + count + " samples, step " + stepMm);
        }
    }

    /** The sampling for a request. */
    public static SlabSampling of(ViewRequest r) {
        if (r.slabMode() == SlabMode.NONE || r.slabThicknessMm() == 0) {
            return new SlabSampling(1, 0, 0);
        }
        double t = r.slabThicknessMm();
        double maxStep = r.volume().geometry().minSpacing() / 2;
        double n = Math.ceil(t / maxStep) + 1;
        if (n > MAX_COUNT) {
            throw new IllegalArgumentException("slab of " + t + " mm needs " + (long) n + " samples, more than " + MAX_COUNT);
        }
        int count = (int) n;
        return new SlabSampling(count, t / (count - 1), -t / 2);
    }
}
