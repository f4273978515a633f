package org.lumen.dicom.sr;

import java.util.Objects;

/**
 * One image (or one frame of a multi-frame image) a document refers to.
 *
 * @param frame 1-based frame number, or 0 for the whole (single-frame) image
 */
public record ImageRef(String seriesInstanceUid, String sopClassUid, String sopInstanceUid, int frame) {
    public ImageRef {
        Objects.requireNonNull(seriesInstanceUid, "seriesInstanceUid");
        Objects.requireNonNull(sopClassUid, "sopClassUid");
        Objects.requireNonNull(sopInstanceUid, "sopInstanceUid");
        if (frame < 0) {
            throw new IllegalArgumentException("frame must be 0 (none) or 1-based: " + frame);
        }
    }
}
