package org.lumen.viewer.servers;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * A credential store found on a background thread (looking for the OS credential store may take
 * seconds), so that building the window never waits for it: calls wait for the search, which they
 * may since they run off the FX thread; {@link #description()} does not wait.
 */
final class DeferredCredentialStore implements CredentialStore {
    private final CompletableFuture<CredentialStore> store;

    DeferredCredentialStore(Supplier<CredentialStore> finder) {
        this.store = CompletableFuture.supplyAsync(finder, r -> {
            Thread t = new Thread(r, "lumen-find-credential-store");
            t.setDaemon(true);
            t.start();
        });
    }

    private CredentialStore resolved() {
        try {
            return store.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CredentialStoreException("interrupted while looking for the credential store", e);
        } catch (ExecutionException e) {
            throw new CredentialStoreException("no credential store can be used: " + e.getCause().getMessage(), e.getCause());
        }
    }

    @Override
    public void put(String id, char[] secret) {
        resolved().put(id, secret);
    }

    @Override
    public Optional<char[]> get(String id) {
        return resolved().get(id);
    }

    @Override
    public void remove(String id) {
        resolved().remove(id);
    }

    @Override
    public String description() {
        return store.isDone() && !store.isCompletedExceptionally() ? store.join().description()
                : "the OS credential store, or else a passphrase-encrypted file (still looking)";
    }
}
