package org.lumen.viewer.servers;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

import org.lumen.store.secrets.SecretVault;
import org.lumen.store.secrets.WrongPassphraseException;

/**
 * A {@link CredentialStore} over secure-store's {@link SecretVault} (the OS credential store, or a
 * passphrase-encrypted file): its I/O failures become {@link CredentialStoreException}s whose
 * messages say what happened, for the settings dialog.
 */
final class VaultCredentialStore implements CredentialStore {
    private final SecretVault vault;

    VaultCredentialStore(SecretVault vault) {
        this.vault = Objects.requireNonNull(vault, "vault");
    }

    @Override
    public void put(String id, char[] secret) {
        try {
            vault.put(id, secret);
        } catch (WrongPassphraseException e) {
            throw new CredentialStoreException("The password was not saved: the passphrase does not open "
                    + vault.description() + ".", e);
        } catch (IOException e) {
            throw new CredentialStoreException("The password was not saved in " + vault.description() + ": "
                    + e.getMessage() + ". It is kept in memory until Lumen quits.", e);
        }
    }

    @Override
    public Optional<char[]> get(String id) {
        try {
            return vault.get(id);
        } catch (IOException e) {
            throw new CredentialStoreException("The secret cannot be read from " + vault.description() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void remove(String id) {
        try {
            vault.remove(id);
        } catch (IOException e) {
            throw new CredentialStoreException("The secret cannot be removed from " + vault.description() + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public String description() {
        return vault.description();
    }
}
