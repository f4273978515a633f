package org.lumen.viewer.servers;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The configured servers of this user: loaded from {@link ServerSettingsFile}, changed through
 * {@link #save} and {@link #remove} (which persist at once, secrets to the {@link CredentialStore}),
 * with change listeners. Methods block on file and keyring I/O: call them off the FX thread.
 * Thread-safe; listeners run on the thread that made the change.
 */
public final class ServerRegistry {
    private final ServerSettingsFile file;
    private final ServerClients clients;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private List<ServerSettings> servers;

    /** Loads the servers; a broken file is reported, not overwritten, by the IOException. */
    public ServerRegistry(ServerSettingsFile file, ServerClients clients) throws IOException {
        this.file = Objects.requireNonNull(file, "file");
        this.clients = Objects.requireNonNull(clients, "clients");
        this.servers = file.load();
    }

    public synchronized List<ServerSettings> servers() {
        return servers;
    }

    public ServerClients clients() {
        return clients;
    }

    /** The server with this name (case-insensitive). */
    public synchronized Optional<ServerSettings> byName(String name) {
        return servers.stream().filter(s -> s.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    /**
     * Adds or replaces (same id) a server and persists the list; a non-empty {@code secret} or
     * {@code clientKeyPassword} goes to the credential store. The settings are saved even when the
     * store refuses a secret: the refusal comes back as the {@link CredentialStoreException}.
     *
     * @throws IllegalArgumentException when another server has the same name
     */
    public void save(ServerSettings server, char[] secret, char[] clientKeyPassword) throws IOException {
        boolean hadSecret;
        ServerSettings previous;
        synchronized (this) {
            String name = server.name().toLowerCase(Locale.ROOT);
            if (servers.stream().anyMatch(s -> !s.id().equals(server.id()) && s.name().toLowerCase(Locale.ROOT).equals(name))) {
                throw new IllegalArgumentException("another server is already named " + server.name());
            }
            List<ServerSettings> next = new ArrayList<>(servers);
            int at = indexOf(server.id());
            previous = at >= 0 ? servers.get(at) : null;
            hadSecret = previous != null && previous.auth().keepsSecret();
            if (at >= 0) {
                next.set(at, server);
            } else {
                next.add(server);
            }
            file.save(next);
            servers = List.copyOf(next);
            clients.forget(server.id());
        }
        try {
            if (hadSecret && !previous.auth().kind().equals(server.auth().kind())) {
                // Touch the store only when there may be something to remove (an encrypted file asks for its passphrase);
                // a password must not become another kind's secret.
                clients.credentials().remove(server.secretId());
            }
            Optional<String> oldSignIn = previous == null ? Optional.empty() : previous.refreshTokenSecretId();
            if (oldSignIn.isPresent() && !oldSignIn.equals(server.refreshTokenSecretId())) {
                clients.signIns().signOut(oldSignIn.get()); // another issuer or client: that sign-in is of no use here
            }
            if (secret.length > 0 && server.auth().keepsSecret()) {
                clients.credentials().put(server.secretId(), secret);
            }
            if (clientKeyPassword.length > 0) {
                clients.credentials().put(server.clientKeySecretId(), clientKeyPassword);
            }
        } finally {
            Arrays.fill(secret, '\0');
            Arrays.fill(clientKeyPassword, '\0');
            listeners.forEach(Runnable::run);
        }
    }

    /** Removes a server, its secrets and persists the list. */
    public void remove(String id) throws IOException {
        Optional<ServerSettings> removed;
        synchronized (this) {
            int at = indexOf(id);
            if (at < 0) {
                return;
            }
            removed = Optional.of(servers.get(at));
            List<ServerSettings> next = new ArrayList<>(servers);
            next.remove(at);
            file.save(next);
            servers = List.copyOf(next);
            clients.forget(id);
        }
        try {
            removed.ifPresent(s -> {
                if (s.auth().keepsSecret()) {
                    clients.credentials().remove(s.secretId());
                }
                s.refreshTokenSecretId().ifPresent(clients.signIns()::signOut);
                if (s.tls().clientCertificatePath().isPresent()) {
                    clients.credentials().remove(s.clientKeySecretId());
                }
            });
        } finally {
            listeners.forEach(Runnable::run);
        }
    }

    private int indexOf(String id) {
        for (int i = 0; i < servers.size(); i++) {
            if (servers.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
