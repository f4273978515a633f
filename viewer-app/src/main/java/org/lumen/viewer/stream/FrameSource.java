package org.lumen.viewer.stream;

import java.io.IOException;

import org.lumen.dicomweb.FrameConsumer;

/** Where frames come from: one WADO-RS frame-list request per call. */
@FunctionalInterface
public interface FrameSource {
    /** Fetches {@code frames} (one-based) of one instance, handing each to {@code consumer} as it arrives. */
    void fetch(String studyUid, String seriesUid, String instanceUid, int[] frames, FrameConsumer consumer) throws IOException;
}
