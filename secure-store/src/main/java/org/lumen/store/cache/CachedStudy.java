package org.lumen.store.cache;

import java.time.Instant;
import java.util.Objects;

/**
 * A study with entries in the cache, for offline browsing.
 *
 * @param study the study
 * @param labels display fields of its most recently used entry
 * @param seriesCount distinct series with entries
 * @param entryCount entries
 * @param sizeBytes bytes on disk
 * @param lastAccess when an entry of it was last written or read
 * @param pinned whether eviction spares it
 */
public record CachedStudy(StudyRef study, EntryLabels labels, int seriesCount, int entryCount, long sizeBytes,
        Instant lastAccess, boolean pinned) {
    public CachedStudy {
        Objects.requireNonNull(study, "study");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(lastAccess, "lastAccess");
        if (seriesCount < 1 || entryCount < seriesCount || sizeBytes < 0) {
            throw new IllegalArgumentException("a cached study has at least one series, one entry per series and a size");
        }
    }
}
