package org.lumen.rendering.volume;

import java.util.Objects;

/**
 * Something about a series' geometry that a reader should know before trusting a reconstruction.
 *
 * @param kind    what was found
 * @param message a sentence for people, with the values involved
 */
public record VolumeFinding(Kind kind, String message) {
    /** The message must not be blank. */
    public VolumeFinding {
        Objects.requireNonNull(kind, "kind");
        if (message.isBlank()) {
            throw new IllegalArgumentException("finding without a message");
        }
    }

    /** The kinds of findings. */
    public enum Kind {
        /** Slice distances differ (values in the message); each slice is still shown at its own position. */
        NON_UNIFORM_SPACING,
        /** A gap of more than 1.5 times the median distance: slices are missing and shown as gaps. */
        MISSING_SLICES,
        /** Several images at the same position; the first of each is used. */
        DUPLICATE_POSITIONS,
        /** The stack is sheared (gantry tilt): slices step at an angle to their normal. */
        GANTRY_TILT,
        /** Images with another orientation were left out. */
        MIXED_ORIENTATIONS,
        /** Images with another size or pixel spacing were left out. */
        MIXED_SIZES,
        /** Images name different frames of reference; those outside the largest group were left out. */
        SEVERAL_FRAMES_OF_REFERENCE,
        /** Images without usable position, orientation, spacing or size were left out. */
        MISSING_GEOMETRY,
        /** Rescale slope or intercept differ between images; the first image's are used. */
        MIXED_RESCALE,
        /** Only one image: no spacing between slices is known (1 mm assumed). */
        SINGLE_SLICE
    }
}
