package org.lumen.viewer.volume;

import java.util.Objects;
import java.util.Optional;

import org.lumen.dicom.lut.WindowTransform;
import org.lumen.rendering.WindowLevel;
import org.lumen.rendering.volume.StackLayout;
import org.lumen.rendering.volume.Volume;

/**
 * A series loaded into a volume.
 *
 * @param volume every slice of the layout filled
 * @param layout the plan, with its findings
 * @param header the display attributes of the first image (VOI LUTs and Presentation LUT, or palette)
 * @param files  how many image files were read
 */
public record LoadedSeries(Volume volume, StackLayout layout, HeaderDisplay header, int files) {
    /** Non-null parts, at least one file. */
    public LoadedSeries {
        Objects.requireNonNull(volume, "volume");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(header, "header");
        if (files < 1) {
            throw new IllegalArgumentException("no files");
        }
    }

    /** The header's first VOI LUT when it is a window (Window Center / Width with its VOI LUT Function). */
    public Optional<WindowLevel> headerWindow() {
        return header instanceof HeaderDisplay.Greyscale g && g.firstVoi().orElse(null) instanceof WindowTransform w
                ? Optional.of(new WindowLevel(w.center(), w.width(), w.function()))
                : Optional.empty();
    }

    /**
     * The window spanning every modality value of the volume (each slice with its own rescale), so that
     * the smallest maps to 0 and the largest to 255 with the linear function of PS3.3 C.11.2.1.2.
     */
    public WindowLevel fullRange() {
        var g = volume.geometry();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < g.slices(); k++) {
            int lo = Integer.MAX_VALUE;
            int hi = Integer.MIN_VALUE;
            for (short raw : volume.sliceData(k)) {
                int v = volume.values().stored(raw);
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            double a = volume.sliceValues(k).modality(lo);
            double b = volume.sliceValues(k).modality(hi);
            min = Math.min(min, Math.min(a, b));
            max = Math.max(max, Math.max(a, b));
        }
        double width = max - min + 1;
        return new WindowLevel(min + width / 2, width);
    }
}
