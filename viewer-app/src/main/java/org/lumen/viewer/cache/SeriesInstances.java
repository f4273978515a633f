package org.lumen.viewer.cache;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.lumen.viewer.stream.SeriesStream;

/**
 * A series handed to the viewer in memory: the Part 10 bytes of its instances, ready to read, or (streaming
 * from the server) the series filling slice by slice, with no Part 10 bytes.
 *
 * @param seriesUid Series Instance UID
 * @param origin where they came from, for messages (for example "PACS (cache)")
 * @param part10 one Part 10 encoding per instance; empty while streaming
 * @param offline true when they came from the cache because the server could not be reached
 * @param stream the series streaming from the server, when it is handed over before it arrived
 */
public record SeriesInstances(String seriesUid, String origin, List<byte[]> part10, boolean offline, Optional<SeriesStream> stream) {
    public SeriesInstances {
        Objects.requireNonNull(seriesUid, "seriesUid");
        Objects.requireNonNull(origin, "origin");
        part10 = List.copyOf(part10);
        Objects.requireNonNull(stream, "stream");
    }

    /** A series whose instances are all here. */
    public SeriesInstances(String seriesUid, String origin, List<byte[]> part10, boolean offline) {
        this(seriesUid, origin, part10, offline, Optional.empty());
    }

    /** A series streaming from its server: shown as its slices arrive. */
    public static SeriesInstances streaming(SeriesStream stream) {
        return new SeriesInstances(stream.seriesUid(), stream.origin(), List.of(), false, Optional.of(stream));
    }
}
