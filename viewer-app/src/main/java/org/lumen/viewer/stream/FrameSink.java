package org.lumen.viewer.stream;

import java.io.IOException;

/**
 * Takes the raw frames the scheduler received, before decoding: where the encrypted cache plugs in. Called on a
 * fetch thread, once per frame; an exception is reported for that slice and does not stop the stream.
 */
@FunctionalInterface
public interface FrameSink {
    void accept(StreamedFrame frame) throws IOException;
}
