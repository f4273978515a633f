package org.lumen.viewer.stream;

import org.lumen.dicom.pixel.StoredFrame;

/** Hears about decoded slices; called on decode or fetch threads, never the FX thread. */
public interface SliceListener {
    /** A slice decoded; {@code frame.index()} is 0. {@code lossy} is what the server's transfer syntax says. */
    void sliceReady(StreamedFrame source, StoredFrame frame);

    /** A slice that could not be fetched or decoded (after the retries). */
    void sliceFailed(String seriesUid, int slice, Exception problem);
}
