package org.lumen.store.cache;

import com.google.crypto.tink.Aead;
import java.io.Closeable;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.lumen.store.crypto.StoreKeys;
import org.lumen.store.crypto.WrongKeyException;
import org.lumen.store.io.OrderedParallel;

/**
 * The encrypted local cache of frames, metadata and thumbnails. Open one per directory with
 * {@link #builder(Path, StoreKeys)}; it is thread-safe. A tampered or undecryptable entry is
 * dropped and reported as a miss (with a log line naming its file and the reason), so the caller
 * fetches it again; a cache written under another key fails to open with {@link WrongKeyException}
 * and nothing is deleted.
 */
public final class EncryptedCache implements Closeable {
    private static final System.Logger LOG = System.getLogger(EncryptedCache.class.getName());

    private final CacheLayout layout;
    private final EntryCodec codec;
    private final Aead indexAead;
    private final Aead pinsAead;
    private final Clock clock;
    private volatile long capBytes;
    private final Object lock = new Object();
    private final Object persistLock = new Object();
    private final CacheIndex index;
    private long changes;
    private long generation;
    private long persistedGeneration = -1;
    private long dropped;

    private EncryptedCache(CacheLayout layout, StoreKeys keys, Clock clock, long capBytes, CacheIndex index) {
        this.layout = layout;
        this.codec = new EntryCodec(keys);
        this.indexAead = keys.aead("cache/index");
        this.pinsAead = keys.aead("cache/pins");
        this.clock = clock;
        this.capBytes = capBytes;
        this.index = index;
    }

    /** Starts opening the cache in {@code directory} (created if missing) under {@code keys}. */
    public static Builder builder(Path directory, StoreKeys keys) {
        return new Builder(directory, keys);
    }

    /** Stores {@code content} under {@code key}, replacing what was there; evicts to stay under the cap. */
    public void put(EntryKey key, EntryLabels labels, byte[] content) throws IOException {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(labels, "labels");
        if (content.length > EntryCodec.MAX_CONTENT) {
            throw new IllegalArgumentException("a cache entry holds at most " + EntryCodec.MAX_CONTENT + " bytes");
        }
        String name = codec.name(key);
        Path file = layout.entryPath(name);
        Files.createDirectories(file.getParent());
        long now = clock.millis();
        codec.write(file, key, labels, content, now);
        long size = Files.size(file);
        List<String> evicted;
        synchronized (lock) {
            index.put(name, new IndexRecord(key, labels, size, now));
            evicted = index.evictTo(capBytes);
            changes += 1 + evicted.size();
        }
        for (String victim : evicted) {
            Files.deleteIfExists(layout.entryPath(victim));
        }
        persistIfDue();
    }

    /** Stores {@code content} under {@code key} without display fields. */
    public void put(EntryKey key, byte[] content) throws IOException {
        put(key, EntryLabels.NONE, content);
    }

    /**
     * The content under {@code key}, fully authenticated before it is returned; empty on a miss,
     * including when the entry was tampered with or cannot be decrypted (it is then deleted).
     */
    public Optional<byte[]> get(EntryKey key) throws IOException {
        String name = codec.name(key);
        synchronized (lock) {
            if (!index.contains(name)) {
                return Optional.empty();
            }
        }
        Path file = layout.entryPath(name);
        try {
            byte[] content = codec.readContent(file, key);
            synchronized (lock) {
                index.touch(name, clock.millis());
            }
            return Optional.of(content);
        } catch (NoSuchFileException e) {
            drop(name, file, "its file is gone");
        } catch (EntryRejectedException e) {
            drop(name, file, e.getMessage());
        }
        return Optional.empty();
    }

    /**
     * The contents under {@code keys}, in their order, each as {@link #get} gives it (a tampered or
     * undecryptable entry is an empty result and is dropped), decrypted on up to
     * {@link OrderedParallel#DEFAULT_THREADS} threads: the workstation opens a cached series this way.
     *
     * @throws IOException the first failure to read (in key order) other than a rejected entry,
     *     after every read has finished
     */
    public List<Optional<byte[]>> getAll(List<EntryKey> keys) throws IOException {
        return OrderedParallel.map(keys, OrderedParallel.DEFAULT_THREADS, this::get);
    }

    /** True when the index lists {@code key} (a later {@link #get} may still miss if the file fails its checks). */
    public boolean contains(EntryKey key) {
        String name = codec.name(key);
        synchronized (lock) {
            return index.contains(name);
        }
    }

    /** Spares every entry of {@code study} from eviction, now and for entries added later. */
    public void pin(StudyRef study) throws IOException {
        synchronized (lock) {
            index.pin(Objects.requireNonNull(study, "study"));
            changes++;
        }
        persist();
        savePins();
    }

    /** Makes {@code study} evictable again (and evicts now if the cache is over its cap). */
    public void unpin(StudyRef study) throws IOException {
        List<String> evicted;
        synchronized (lock) {
            index.unpin(Objects.requireNonNull(study, "study"));
            evicted = index.evictTo(capBytes);
            changes++;
        }
        savePins();
        for (String victim : evicted) {
            Files.deleteIfExists(layout.entryPath(victim));
        }
        persist();
    }

    /** Deletes every entry of {@code study} and its pin; returns how many entries went. */
    public int remove(StudyRef study) throws IOException {
        List<String> names;
        synchronized (lock) {
            names = index.namesOf(Objects.requireNonNull(study, "study"));
            names.forEach(index::remove);
            index.unpin(study);
            changes++;
        }
        savePins();
        for (String name : names) {
            Files.deleteIfExists(layout.entryPath(name));
        }
        persist();
        return names.size();
    }

    /** Deletes every entry and every pin. */
    public void clear() throws IOException {
        synchronized (lock) {
            index.clear();
            changes++;
        }
        savePins();
        for (Path file : layout.entryFiles()) {
            Files.deleteIfExists(file);
        }
        persist();
    }

    /**
     * Sets the size cap (pinned studies may exceed it) and evicts least recently used entries of
     * unpinned studies at once if the cache is above it.
     */
    public void setCapBytes(long capBytes) throws IOException {
        if (capBytes < 0) {
            throw new IllegalArgumentException("the cap is a size, not " + capBytes);
        }
        List<String> evicted;
        synchronized (lock) {
            this.capBytes = capBytes;
            evicted = index.evictTo(capBytes);
            changes += evicted.size();
        }
        for (String victim : evicted) {
            Files.deleteIfExists(layout.entryPath(victim));
        }
        persist();
    }

    /** Size, entry count and pins for a cache panel. */
    public CacheStats stats() {
        synchronized (lock) {
            return new CacheStats(index.totalBytes(), index.size(), index.pinned().size(), capBytes, dropped);
        }
    }

    /** The studies with entries, most recently used first, with their display fields (offline browsing). */
    public List<CachedStudy> studies() {
        record Tally(EntryLabels labels, Set<String> series, int[] entries, long[] bytes, long[] last) {}
        Map<StudyRef, Tally> tallies = new HashMap<>();
        Set<StudyRef> pinned;
        synchronized (lock) {
            pinned = index.pinned();
            for (IndexRecord r : index.records()) {
                Tally t = tallies.computeIfAbsent(r.key().study(),
                        s -> new Tally(r.labels(), new HashSet<>(), new int[1], new long[1], new long[1]));
                t.series().add(r.key().seriesUid());
                t.entries()[0]++;
                t.bytes()[0] += r.sizeBytes();
                t.last()[0] = Math.max(t.last()[0], r.lastAccessMillis());
                if (!r.labels().equals(EntryLabels.NONE)) {
                    tallies.put(r.key().study(), new Tally(r.labels(), t.series(), t.entries(), t.bytes(), t.last()));
                }
            }
        }
        List<CachedStudy> studies = new ArrayList<>();
        tallies.forEach((study, t) -> studies.add(new CachedStudy(study, t.labels(), t.series().size(), t.entries()[0],
                t.bytes()[0], Instant.ofEpochMilli(t.last()[0]), pinned.contains(study))));
        studies.sort(Comparator.comparing(CachedStudy::lastAccess).reversed());
        return studies;
    }

    /** The entry keys of {@code study}, least recently used first. */
    public List<EntryKey> entries(StudyRef study) {
        synchronized (lock) {
            return index.records().stream().map(IndexRecord::key).filter(k -> k.study().equals(study)).toList();
        }
    }

    /** The entry keys of one series of {@code study} with entry part {@code part} ("instance", "frame"...), least recently used first. */
    public List<EntryKey> entries(StudyRef study, String seriesUid, String part) {
        return entries(study).stream().filter(k -> k.part().equals(part) && k.seriesUid().equals(seriesUid)).toList();
    }

    /**
     * Saves the index now. It is otherwise saved every so many writes, on pins and on close; reads
     * only reorder it in memory (their order reaches the disk with the next save).
     */
    public void flush() throws IOException {
        persist();
    }

    @Override
    public void close() throws IOException {
        persist();
    }

    private void drop(String name, Path file, String reason) throws IOException {
        LOG.log(Level.WARNING, "dropping cache entry {0} (served as a miss): {1}", name, reason);
        synchronized (lock) {
            index.remove(name);
            dropped++;
            changes++;
        }
        Files.deleteIfExists(file);
    }

    private void savePins() throws IOException {
        synchronized (persistLock) {
            Set<StudyRef> pins;
            synchronized (lock) {
                pins = index.pinned();
            }
            layout.writePins(pinsAead, pins);
        }
    }

    private void persistIfDue() throws IOException {
        boolean due;
        synchronized (lock) {
            due = changes >= Math.max(64, index.size() / 8);
        }
        if (due) {
            persist();
        }
    }

    private void persist() throws IOException {
        synchronized (persistLock) {
            byte[] encoded;
            long snapshot;
            synchronized (lock) {
                changes = 0;
                snapshot = ++generation;
                encoded = index.encode();
            }
            if (snapshot > persistedGeneration) {
                layout.writeIndex(indexAead, encoded);
                persistedGeneration = snapshot;
            }
        }
    }

    /** Options for opening a cache. */
    public static final class Builder {
        private final Path directory;
        private final StoreKeys keys;
        private long capBytes = 10L << 30;
        private Clock clock = Clock.systemUTC();

        private Builder(Path directory, StoreKeys keys) {
            this.directory = Objects.requireNonNull(directory, "directory");
            this.keys = Objects.requireNonNull(keys, "keys");
        }

        /** The size cap in bytes (default 10 GiB); pinned studies are kept even above it. */
        public Builder capBytes(long capBytes) {
            if (capBytes < 0) {
                throw new IllegalArgumentException("the cap is a size, not " + capBytes);
            }
            this.capBytes = capBytes;
            return this;
        }

        /** The clock for last-access times (tests inject a fixed one). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Opens the cache: checks the key, loads the index and brings it in line with the files
         * (rebuilding it if it is lost or damaged), and evicts down to the cap.
         *
         * @throws WrongKeyException when the directory was written under another key (nothing is deleted)
         */
        public EncryptedCache open() throws IOException {
            CacheLayout layout = new CacheLayout(directory);
            layout.createDirectories();
            layout.requireKey(keys);
            Aead indexAead = keys.aead("cache/index");
            EntryCodec codec = new EntryCodec(keys);
            CacheIndex index = IndexRecovery.recover(layout, codec, keys, layout.readIndex(indexAead),
                    layout.readPins(keys.aead("cache/pins")));
            EncryptedCache cache = new EncryptedCache(layout, keys, clock, capBytes, index);
            for (String victim : index.evictTo(capBytes)) {
                Files.deleteIfExists(layout.entryPath(victim));
            }
            cache.persist();
            return cache;
        }
    }
}
