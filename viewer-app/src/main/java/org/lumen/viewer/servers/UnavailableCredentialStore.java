package org.lumen.viewer.servers;

import java.util.Objects;
import java.util.Optional;

/**
 * The store used when this machine offers none: it holds nothing and refuses every
 * {@link #put} with a {@link CredentialStoreException} that says why and what to install, rather
 * than ever writing a secret in plain text.
 */
public final class UnavailableCredentialStore implements CredentialStore {
    private final String reason;

    public UnavailableCredentialStore(String reason) {
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    @Override
    public void put(String id, char[] secret) {
        throw new CredentialStoreException("The password was not saved: " + reason
                + ". Lumen never writes secrets in plain text; it is kept in memory until Lumen quits.");
    }

    @Override
    public Optional<char[]> get(String id) {
        return Optional.empty();
    }

    @Override
    public void remove(String id) {
        // Nothing is ever stored here.
    }

    @Override
    public String description() {
        return "only in memory until Lumen quits (" + reason + ")";
    }
}
