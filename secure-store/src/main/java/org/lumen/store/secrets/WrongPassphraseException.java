package org.lumen.store.secrets;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The passphrase given does not open the encrypted file: the key derived from it does not match the
 * key check stored in the file header. Nothing was changed on disk; ask again.
 */
public final class WrongPassphraseException extends IOException {
    private final transient Path file;

    public WrongPassphraseException(Path file) {
        super("wrong passphrase for " + file + ": it does not open this file (nothing was changed)");
        this.file = file;
    }

    /** The file the passphrase failed to open. */
    public Path file() {
        return file;
    }
}
