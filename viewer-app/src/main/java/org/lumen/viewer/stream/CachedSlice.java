package org.lumen.viewer.stream;

import java.util.Objects;

import org.lumen.dicom.pixel.StoredFrame;

/**
 * A slice of a series read back from the cache instead of the server (priors-stream): the frame as it was kept,
 * and decoded.
 *
 * @param frame   which slice, with its bytes and their transfer syntax
 * @param decoded the frame decoded
 */
public record CachedSlice(StreamedFrame frame, StoredFrame decoded) {
    public CachedSlice {
        Objects.requireNonNull(frame, "frame");
        Objects.requireNonNull(decoded, "decoded");
    }
}
