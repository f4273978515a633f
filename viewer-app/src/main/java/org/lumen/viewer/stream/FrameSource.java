package org.lumen.viewer.stream;

import java.io.IOException;

import org.lumen.dicomweb.FrameConsumer;

/** Where frames come from: one WADO-RS frame-list request per call. */
@FunctionalInterface
public interface FrameSource {
    /** Fetches {@code frames} (one-based) of one instance, handing each to {@code consumer} as it arrives. */
    void fetch(String studyUid, String seriesUid, String instanceUid, int[] frames, FrameConsumer consumer) throws IOException;

    /**
     * A frame of {@code bytes} bytes that came from here in {@code transferSyntaxUid} took {@code nanos} to decode:
     * what a source that chooses the syntax weighs (see {@link SyntaxPolicy}). Called on the decode threads.
     */
    default void decoded(String transferSyntaxUid, int bytes, long nanos) {}
}
