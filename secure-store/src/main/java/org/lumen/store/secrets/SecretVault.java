package org.lumen.store.secrets;

import java.io.IOException;
import java.util.Optional;

/**
 * A place for small secrets (passwords, tokens, keys), each under an id such as
 * {@code "server/pacs-1/password"}. Implementations never write a secret in plain text to disk.
 *
 * <p>Callers own the arrays they pass and receive: clear them with {@code Arrays.fill(s, '\0')} once
 * used. Calls block; see the package overview for the threading contract.
 */
public interface SecretVault {

    /**
     * Stores {@code secret} under {@code id}, replacing any previous secret with that id.
     *
     * @throws WrongPassphraseException when the vault is a passphrase file and the passphrase given
     *         does not open it (nothing is changed)
     * @throws IOException when the store cannot be reached or written
     */
    void put(String id, char[] secret) throws IOException;

    /** The secret stored under {@code id}, or empty when there is none. */
    Optional<char[]> get(String id) throws IOException;

    /** Removes the secret under {@code id}; does nothing when there is none. */
    void remove(String id) throws IOException;

    /** Where the secrets live, in words for a settings panel, e.g. "Secret Service (GNOME Keyring)". */
    String description();
}
