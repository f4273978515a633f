package org.lumen.rendering.volume;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

import org.lumen.rendering.geometry.VolumeGeometry;

/**
 * The outcome of planning a volume from a series: its geometry, which input image fills which slice,
 * and what was found on the way.
 *
 * @param geometry       voxel grid in patient coordinates
 * @param values         rescale and signedness for the whole volume
 * @param sliceOfInput   for each input image, its slice index, or -1 when it was left out
 * @param slicePositions where each slice lies on the geometry's regular slice grid, in index units
 *                       ({@code k} itself for a regular stack; see {@link Volume#slicePositions()})
 * @param findings       readable findings, in the order they were made
 */
public record StackLayout(VolumeGeometry geometry, PixelValues values, int[] sliceOfInput, double[] slicePositions,
                          List<VolumeFinding> findings) {
    /** Copies the arrays; indices must be -1 or a slice of the geometry. */
    public StackLayout {
        sliceOfInput = sliceOfInput.clone();
        slicePositions = slicePositions.clone();
        if (slicePositions.length != geometry.slices()) {
            throw new IllegalArgumentException(slicePositions.length + " slice positions for " + geometry.slices() + " slices");
        }
        findings = List.copyOf(findings);
        for (int k : sliceOfInput) {
            if (k < -1 || k >= geometry.slices()) {
                throw new IllegalArgumentException("slice index " + k + " outside 0.." + (geometry.slices() - 1));
            }
        }
    }

    @Override
    public int[] sliceOfInput() {
        return sliceOfInput.clone();
    }

    @Override
    public double[] slicePositions() {
        return slicePositions.clone();
    }

    /** The slice input image {@code input} fills, if it was used. */
    public OptionalInt sliceOf(int input) {
        int k = sliceOfInput[input];
        return k < 0 ? OptionalInt.empty() : OptionalInt.of(k);
    }

    /** A volume with this geometry: slices no input fills are marked {@link SliceState#GAP}, the rest pending. */
    public Volume allocateVolume() {
        Volume volume = Volume.allocate(geometry, values, slicePositions);
        boolean[] filled = new boolean[geometry.slices()];
        for (int k : sliceOfInput) {
            if (k >= 0) {
                filled[k] = true;
            }
        }
        for (int k = 0; k < filled.length; k++) {
            if (!filled[k]) {
                volume.markGap(k);
            }
        }
        return volume;
    }

    /**
     * A few lines for people (the CLI's {@code --info}): size, spacing, axes with their orientation
     * letters, regularity, and each finding.
     */
    public String summary() {
        VolumeGeometry g = geometry;
        StringBuilder text = new StringBuilder(String.format(java.util.Locale.ROOT,
                "%d x %d x %d voxels (columns x rows x slices), %.4f x %.4f x %.4f mm%n", g.columns(), g.rows(), g.slices(),
                g.iSpacing(), g.jSpacing(), g.kSpacing()));
        text.append(String.format(java.util.Locale.ROOT, "columns run to %s, rows to %s, slices to %s%s%n",
                org.lumen.rendering.geometry.OrientationLabels.of(g.iAxis()), org.lumen.rendering.geometry.OrientationLabels.of(g.jAxis()),
                org.lumen.rendering.geometry.OrientationLabels.of(g.kAxis()), g.isSheared() ? " (sheared)" : ""));
        long used = Arrays.stream(sliceOfInput).filter(k -> k >= 0).count();
        text.append(used).append(" of ").append(sliceOfInput.length).append(" inputs used");
        for (VolumeFinding f : findings) {
            text.append(System.lineSeparator()).append(f.kind()).append(": ").append(f.message());
        }
        return text.toString();
    }

    /** Whether a finding of this kind was made. */
    public boolean has(VolumeFinding.Kind kind) {
        return findings.stream().anyMatch(f -> f.kind() == kind);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StackLayout other && geometry.equals(other.geometry) && values.equals(other.values)
                && Arrays.equals(sliceOfInput, other.sliceOfInput) && Arrays.equals(slicePositions, other.slicePositions)
                && findings.equals(other.findings);
    }

    @Override
    public int hashCode() {
        return geometry.hashCode() * 31 + Arrays.hashCode(sliceOfInput);
    }

    @Override
    public String toString() {
        return "StackLayout[" + geometry + ", " + values + ", slices " + Arrays.toString(sliceOfInput) + ", " + findings + "]";
    }
}
