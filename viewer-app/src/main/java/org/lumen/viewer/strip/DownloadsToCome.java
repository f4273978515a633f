package org.lumen.viewer.strip;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A study's whole-series downloads (the strip's bulk downloads, ADR 0015) still to come or under way: while there is
 * any, a prior's prefetch waits (ADR 0016, amended by prefetch2). A series leaves when its download starts or when it
 * streams instead (its slices are then counted by the streams). Thread-safe.
 */
final class DownloadsToCome {
    private final Set<String> queued = ConcurrentHashMap.newKeySet();
    private final AtomicInteger running = new AtomicInteger();

    /** Series the strip is going to download whole. */
    void queue(Collection<String> seriesUids) {
        queued.addAll(seriesUids);
    }

    /** A download of {@code seriesUid} starts: counted before it leaves the queue, so there is no idle moment between. */
    void started(String seriesUid) {
        running.incrementAndGet();
        queued.remove(seriesUid);
    }

    /** A download started by {@link #started} ended, done or failed. */
    void ended() {
        running.decrementAndGet();
    }

    /** {@code seriesUid} streams now: no longer a download to come. */
    void streaming(String seriesUid) {
        queued.remove(seriesUid);
    }

    /** Whether no download is queued or under way. */
    boolean none() {
        return running.get() == 0 && queued.isEmpty();
    }
}
