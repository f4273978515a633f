package org.lumen.viewer.keys;

import java.io.IOException;
import java.util.List;

/** The archive did not keep every document of a save; names the ones it refused and why. */
public final class ArchiveSaveException extends IOException {
    private final List<String> refusedSopInstanceUids;

    public ArchiveSaveException(String message, List<String> refusedSopInstanceUids) {
        super(message);
        this.refusedSopInstanceUids = List.copyOf(refusedSopInstanceUids);
    }

    public ArchiveSaveException(String message, Throwable cause) {
        super(message, cause);
        this.refusedSopInstanceUids = List.of();
    }

    /** The documents the server answered with a failure (empty when the request itself failed). */
    public List<String> refusedSopInstanceUids() {
        return refusedSopInstanceUids;
    }
}
