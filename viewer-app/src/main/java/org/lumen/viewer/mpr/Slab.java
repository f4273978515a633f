package org.lumen.viewer.mpr;

import java.util.Locale;
import java.util.Objects;

import org.lumen.rendering.SlabMode;

/**
 * The slab of one MPR view: a thin slice, or a projection (MIP, MinIP, average) across a thickness.
 *
 * @param mode        how samples across the slab combine; {@link SlabMode#NONE} for a thin slice
 * @param thicknessMm slab thickness in mm, 0 for a thin slice, at most {@link #MAX_THICKNESS_MM}
 */
public record Slab(SlabMode mode, double thicknessMm) {
    /** A thin slice. */
    public static final Slab THIN = new Slab(SlabMode.NONE, 0);
    /** The thickest slab offered. */
    public static final double MAX_THICKNESS_MM = 500;

    /** A thin slice has thickness 0; a projection has a positive thickness up to the maximum. */
    public Slab {
        Objects.requireNonNull(mode, "mode");
        if (mode == SlabMode.NONE ? thicknessMm != 0 : !(thicknessMm > 0 && thicknessMm <= MAX_THICKNESS_MM)) {
            throw new IllegalArgumentException("slab " + mode + " needs thickness " + (mode == SlabMode.NONE ? "0" : "in (0, "
                    + MAX_THICKNESS_MM + "] mm") + ", not " + thicknessMm);
        }
    }

    /** Whether this is a thin slice. */
    public boolean thin() {
        return mode == SlabMode.NONE;
    }

    /** What the view shows, e.g. "MIP 10.0 mm" or "" for a thin slice. */
    public String text() {
        if (thin()) {
            return "";
        }
        return String.format(Locale.ROOT, "%s %.1f mm", name(mode), thicknessMm);
    }

    /** A mode's short name: "Thin", "MIP", "MinIP", "Average". */
    public static String name(SlabMode mode) {
        return switch (mode) {
            case NONE -> "Thin";
            case MIP -> "MIP";
            case MINIP -> "MinIP";
            case AVERAGE -> "Average";
        };
    }
}
