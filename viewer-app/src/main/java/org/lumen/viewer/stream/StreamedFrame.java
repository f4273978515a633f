package org.lumen.viewer.stream;

import java.util.Objects;

import org.lumen.dicomweb.FramePart;

/** One frame as it arrived: which slice of which series, and the bytes with their honest transfer syntax. */
public record StreamedFrame(String studyUid, String seriesUid, int slice, SliceRef ref, FramePart part) {
    public StreamedFrame {
        Objects.requireNonNull(studyUid, "studyUid");
        Objects.requireNonNull(seriesUid, "seriesUid");
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(part, "part");
    }
}
