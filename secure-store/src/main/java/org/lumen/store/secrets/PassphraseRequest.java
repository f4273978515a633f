package org.lumen.store.secrets;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Why a passphrase is asked for.
 *
 * @param file the encrypted file it protects
 * @param creating true when the file does not exist yet and the passphrase will create it (a user
 *        interface should ask twice); false when it must open an existing file
 */
public record PassphraseRequest(Path file, boolean creating) {
    public PassphraseRequest {
        Objects.requireNonNull(file, "file");
    }
}
