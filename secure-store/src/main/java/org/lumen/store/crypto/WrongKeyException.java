package org.lumen.store.crypto;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A store on disk was written under another master key than the one given (its key check does not
 * match). Nothing was read as data and nothing was deleted: open it with the right key.
 */
public final class WrongKeyException extends IOException {
    private final transient Path location;

    public WrongKeyException(Path location) {
        super(location + " was written under another key: open it with the key it was made with "
                + "(nothing was deleted)");
        this.location = location;
    }

    /** The store (directory or file) whose key check did not match. */
    public Path location() {
        return location;
    }
}
