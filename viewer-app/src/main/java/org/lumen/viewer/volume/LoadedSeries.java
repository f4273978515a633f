package org.lumen.viewer.volume;

import java.util.Objects;
import java.util.Optional;

import org.lumen.rendering.WindowLevel;
import org.lumen.rendering.volume.StackLayout;
import org.lumen.rendering.volume.Volume;

/**
 * A series loaded into a volume.
 *
 * @param volume       every slice of the layout filled
 * @param layout       the plan, with its findings
 * @param headerWindow the first Window Center / Window Width of the first image, when it has one
 * @param files        how many image files were read
 */
public record LoadedSeries(Volume volume, StackLayout layout, Optional<WindowLevel> headerWindow, int files) {
    /** Non-null parts, at least one file. */
    public LoadedSeries {
        Objects.requireNonNull(volume, "volume");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(headerWindow, "headerWindow");
        if (files < 1) {
            throw new IllegalArgumentException("no files");
        }
    }

    /**
     * The window spanning every modality value of the volume, so that the smallest maps to 0 and the
     * largest to 255 with the linear function of PS3.3 C.11.2.1.2.
     */
    public WindowLevel fullRange() {
        var g = volume.geometry();
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (int k = 0; k < g.slices(); k++) {
            for (short raw : volume.sliceData(k)) {
                int v = volume.values().stored(raw);
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        double a = volume.values().modality(lo);
        double b = volume.values().modality(hi);
        double min = Math.min(a, b);
        double width = Math.max(a, b) - min + 1;
        return new WindowLevel(min + width / 2, width);
    }
}
