package org.lumen.viewer.servers;

import java.util.Optional;

/**
 * Where passwords and tokens are kept: never in the settings file. Implementations block (they may
 * talk to the OS keyring), so call them off the FX thread. Secrets are passed as {@code char[]} so
 * that callers can wipe them.
 */
public interface CredentialStore {
    /**
     * Stores a secret under {@code id}, replacing any previous one.
     *
     * @throws CredentialStoreException when the store cannot keep it (no keyring available, locked, refused)
     */
    void put(String id, char[] secret);

    /** The secret stored under {@code id}, if any; the caller owns (and should wipe) the array. */
    Optional<char[]> get(String id);

    /** Removes the secret under {@code id}; nothing happens if there is none. */
    void remove(String id);

    /** A sentence for the user on where secrets go, e.g. "GNOME keyring (libsecret)". */
    String description();
}
