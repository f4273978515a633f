package org.lumen.dicomweb;

import java.io.IOException;

/**
 * Receives retrieved Part 10 instances as their parts arrive, on the calling thread. The
 * instance's stream is valid only during the call; what is left unread is skipped.
 */
@FunctionalInterface
public interface InstanceConsumer {
    void accept(RetrievedInstance instance) throws IOException;
}
