package org.lumen.viewer.stream;

import java.io.IOException;

/**
 * Takes the raw frames the scheduler received, before decoding: where the encrypted cache plugs in. Called on a
 * fetch thread, once per frame; an exception loses the frame for that sink only (counted by
 * {@link RetrievalScheduler#sinkFailures()}): the slice is still decoded and shown, and the stream goes on.
 */
@FunctionalInterface
public interface FrameSink {
    void accept(StreamedFrame frame) throws IOException;
}
