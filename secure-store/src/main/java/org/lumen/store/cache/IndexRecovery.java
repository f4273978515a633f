package org.lumen.store.cache;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lumen.store.crypto.StoreKeys;
import org.lumen.store.crypto.WrongKeyException;

/**
 * Brings the index in line with the entry files when a cache opens: entries written after the
 * index was last saved (a crash) are read back from their encrypted headers, records whose file is
 * gone are dropped, files that fail authentication are deleted, and a lost or unreadable index is
 * rebuilt from the files alone, its pins taken from {@code pins.lumen} (saved apart for this).
 */
final class IndexRecovery {
    private static final System.Logger LOG = System.getLogger(EncryptedCache.class.getName());
    private static final int KEY_PROBE_FILES = 8;

    private IndexRecovery() {}

    static CacheIndex recover(CacheLayout layout, EntryCodec codec, StoreKeys keys, Optional<CacheIndex> loaded,
            Set<StudyRef> savedPins) throws IOException {
        if (layout.storedKeyCheck().isEmpty()) {
            requireSomeEntryOpens(layout, codec, layout.entryFiles(false));
            layout.writeMarker(keys);
        }
        List<Path> files = layout.entryFiles();
        if (loaded.isEmpty() && !files.isEmpty()) {
            LOG.log(Level.WARNING, "cache index in {0} is missing or unreadable: rebuilding it from {1} entries and {2} saved pins",
                    layout.root(), files.size(), savedPins.size());
        }
        CacheIndex index = loaded.orElseGet(CacheIndex::new);
        if (loaded.isEmpty()) {
            savedPins.forEach(index::pin);
        }
        Set<String> onDisk = new HashSet<>();
        record Found(String name, IndexRecord record, long writtenAt) {}
        List<Found> found = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            onDisk.add(name);
            if (index.contains(name)) {
                index.resize(name, Files.size(file));
                continue;
            }
            try {
                EntryHeader header = codec.readHeader(file);
                found.add(new Found(name, new IndexRecord(header.key(), header.labels(), Files.size(file),
                        header.writtenAtMillis()), header.writtenAtMillis()));
            } catch (EntryRejectedException e) {
                LOG.log(Level.WARNING, "dropping cache entry {0}: {1}", name, e.getMessage());
                Files.deleteIfExists(file);
                onDisk.remove(name);
            }
        }
        index.retainOnly(onDisk);
        found.sort(Comparator.comparingLong(Found::writtenAt));
        for (Found f : found) {
            index.put(f.name(), f.record());
        }
        return index;
    }

    /**
     * Without a marker the key is unproven: if entries exist and none of the first few opens, the
     * key is wrong (or every file is damaged); refuse rather than delete them all.
     */
    private static void requireSomeEntryOpens(CacheLayout layout, EntryCodec codec, List<Path> files) throws IOException {
        if (files.isEmpty()) {
            return;
        }
        for (Path file : files.subList(0, Math.min(KEY_PROBE_FILES, files.size()))) {
            try {
                codec.readHeader(file);
                return;
            } catch (EntryRejectedException e) {
                // try the next one
            }
        }
        throw new WrongKeyException(layout.root());
    }
}
