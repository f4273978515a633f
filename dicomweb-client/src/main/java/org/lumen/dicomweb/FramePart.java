package org.lumen.dicomweb;

import java.util.Objects;

/**
 * One frame as the server sent it, with an honest label: the transfer syntax the part was labelled
 * with (or, when unlabelled, the default of its media type per PS3.18), and whether that transfer
 * syntax is lossy. An unknown (private) transfer syntax counts as lossy. The array is not copied.
 *
 * @param frameNumber one-based frame number
 * @param transferSyntaxUid transfer syntax of {@code data}
 * @param lossy whether the transfer syntax may have lost information
 * @param data the frame's bytes: native pixels or one compressed bitstream
 */
public record FramePart(int frameNumber, String transferSyntaxUid, boolean lossy, byte[] data) {
    public FramePart {
        if (frameNumber < 1) {
            throw new IllegalArgumentException("frame numbers start at 1: " + frameNumber);
        }
        Objects.requireNonNull(transferSyntaxUid, "transferSyntaxUid");
        Objects.requireNonNull(data, "data");
    }

    @Override
    public String toString() {
        return "FramePart[" + frameNumber + ", " + transferSyntaxUid + (lossy ? ", lossy" : "") + ", "
                + data.length + " bytes]";
    }
}
