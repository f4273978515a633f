package org.lumen.store.cache;

/**
 * Figures for a cache panel.
 *
 * @param sizeBytes bytes on disk taken by entries
 * @param entryCount number of entries
 * @param pinnedStudies number of pinned studies
 * @param capBytes the size cap (pinned studies may exceed it)
 * @param droppedEntries entries dropped since opening because they failed authentication
 */
public record CacheStats(long sizeBytes, long entryCount, int pinnedStudies, long capBytes, long droppedEntries) {
    public CacheStats {
        if (sizeBytes < 0 || entryCount < 0 || pinnedStudies < 0 || capBytes < 0 || droppedEntries < 0) {
            throw new IllegalArgumentException("cache figures are never negative");
        }
    }
}
