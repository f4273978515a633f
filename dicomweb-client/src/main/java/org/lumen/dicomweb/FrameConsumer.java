package org.lumen.dicomweb;

import java.io.IOException;

/** Receives frames as their parts arrive, on the calling thread, in the order requested. */
@FunctionalInterface
public interface FrameConsumer {
    void accept(FramePart frame) throws IOException;
}
