package org.lumen.store.secrets;

import java.io.IOException;

/**
 * Supplies the passphrase that protects an encrypted file, typically by asking the user. It is
 * called at most once per unlock, and again after a {@link WrongPassphraseException}.
 */
@FunctionalInterface
public interface PassphraseSource {

    /**
     * The passphrase for {@code request}. The caller clears the returned array after use.
     *
     * @throws IOException when no passphrase can be had (the user cancelled, no terminal); the
     *         operation that asked then fails with this exception
     */
    char[] passphrase(PassphraseRequest request) throws IOException;
}
