package org.lumen.store.secrets;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An encrypted secrets file is not in our format, is truncated, or fails authentication although
 * the passphrase is right (the file was damaged or altered). Names the file, the byte offset and the
 * problem. The file is left as it is.
 */
public final class SealedFileFormatException extends IOException {
    private final long offset;

    public SealedFileFormatException(Path file, long offset, String problem) {
        super(file + " at byte " + offset + ": " + problem);
        this.offset = offset;
    }

    /** The byte offset in the file where the problem was found. */
    public long offset() {
        return offset;
    }
}
