package org.lumen.viewer.cache;

import java.util.List;
import java.util.Objects;

/**
 * The Part 10 bytes of a series' instances, in memory, ready for the viewer to read.
 *
 * @param seriesUid Series Instance UID
 * @param origin where they came from, for messages (for example "PACS (cache)")
 * @param part10 one Part 10 encoding per instance
 * @param offline true when they came from the cache because the server could not be reached
 */
public record SeriesInstances(String seriesUid, String origin, List<byte[]> part10, boolean offline) {
    public SeriesInstances {
        Objects.requireNonNull(seriesUid, "seriesUid");
        Objects.requireNonNull(origin, "origin");
        part10 = List.copyOf(part10);
    }
}
