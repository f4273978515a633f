package org.lumen.rendering.volume;

/** Whether a slice of a {@link Volume} holds data. */
public enum SliceState {
    /** Expected but its pixels have not arrived yet. */
    PENDING,
    /** Its pixels are in the volume. */
    LOADED,
    /** The series has no image at this position (a missing slice); it will never load. */
    GAP
}
