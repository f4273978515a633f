package org.lumen.viewer.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lumen.dicom.Tag;

/**
 * The series opened in this window, by Series Instance UID, in the order they were opened; a series
 * opened again replaces the older entry. FX thread only.
 */
final class SeriesCatalog {
    private final Map<String, OpenedSeries> byUid = new LinkedHashMap<>();

    /** The UID a series is known by: its Series Instance UID, or the loader's stand-in. */
    static String uid(OpenedSeries series) {
        return series.first().getString(Tag.SeriesInstanceUID, "no-series:" + series.images().get(0).file().getParent());
    }

    void add(OpenedSeries series) {
        byUid.put(uid(series), series);
    }

    Optional<OpenedSeries> find(String seriesInstanceUid) {
        return Optional.ofNullable(byUid.get(seriesInstanceUid));
    }

    /** Forgets every series (when the study closes). */
    void clear() {
        byUid.clear();
    }

    List<OpenedSeries> all() {
        return List.copyOf(byUid.values());
    }
}
