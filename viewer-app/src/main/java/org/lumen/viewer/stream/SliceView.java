package org.lumen.viewer.stream;

import java.util.Optional;

import org.lumen.dicom.pixel.StoredFrame;

/**
 * What to show for one slice, taken at one instant: the state, and the frame or the preview it goes with. The
 * marker text comes from the same snapshot as the pixels, so a preview is never shown unmarked.
 */
public record SliceView(int slice, int count, SliceState state, Optional<StreamedFrame> source, Optional<StoredFrame> frame,
        Optional<Preview> preview) {

    /** The words on the image: empty exactly for a lossless frame. */
    public String marker() {
        return switch (state) {
            case MISSING -> "NOT YET RECEIVED";
            case PREVIEW -> "PREVIEW / LOSSY";
            case LOSSY -> "LOSSY (" + source.map(s -> s.part().transferSyntaxUid()).orElse("?") + ")";
            case LOSSLESS -> "";
            case FAILED -> "MISSING (could not be retrieved)";
        };
    }
}
