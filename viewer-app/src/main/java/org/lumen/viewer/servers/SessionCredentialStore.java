package org.lumen.viewer.servers;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps secrets in memory for this session in front of a persistent store: {@link #put} keeps the
 * secret here and then asks the persistent store, whose refusal it passes on (so the user learns
 * that the secret was not saved, while this session can still connect). {@link #get} looks here
 * first. Nothing is ever written in plain text. Thread-safe.
 */
public final class SessionCredentialStore implements CredentialStore {
    private final CredentialStore persistent;
    private final Map<String, char[]> memory = new ConcurrentHashMap<>();

    public SessionCredentialStore(CredentialStore persistent) {
        this.persistent = Objects.requireNonNull(persistent, "persistent");
    }

    @Override
    public void put(String id, char[] secret) {
        char[] old = memory.put(id, secret.clone());
        if (old != null) {
            Arrays.fill(old, '\0');
        }
        persistent.put(id, secret);
    }

    @Override
    public Optional<char[]> get(String id) {
        char[] held = memory.get(id);
        if (held != null) {
            return Optional.of(held.clone());
        }
        Optional<char[]> stored = persistent.get(id);
        stored.ifPresent(s -> memory.put(id, s.clone()));
        return stored;
    }

    @Override
    public void remove(String id) {
        char[] old = memory.remove(id);
        if (old != null) {
            Arrays.fill(old, '\0');
        }
        persistent.remove(id);
    }

    @Override
    public String description() {
        return persistent.description();
    }
}
