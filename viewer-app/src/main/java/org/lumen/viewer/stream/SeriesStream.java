package org.lumen.viewer.stream;

import java.util.Objects;

/**
 * One series opened for streaming, as the workstation holds it: the series filling, and the study whose
 * scheduler it tells which slice is on the screen. The study owns the threads; closing it ends every stream.
 *
 * @param study  the open study streaming it
 * @param series the series, filling as its slices arrive
 * @param origin where it comes from, for messages (for example "PACS (streaming)")
 * @param start  the slice to show first (the one fetched first), -1: the middle
 * @param provisional true for the slice on the screen alone, shown before the series' metadata arrived; the
 *                    whole series replaces it (ADR 0015)
 */
public record SeriesStream(StreamedStudy study, StreamedSeries series, String origin, int start, boolean provisional) {
    public SeriesStream {
        Objects.requireNonNull(study, "study");
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(origin, "origin");
    }

    /** The whole series, shown from its middle. */
    public SeriesStream(StreamedStudy study, StreamedSeries series, String origin) {
        this(study, series, origin, -1, false);
    }

    public String seriesUid() {
        return series.plan().seriesUid();
    }

    /** The viewport shows {@code slice}, scrolling in {@code direction} (+1, -1, 0): it comes first now. */
    public void focus(int slice, int direction) {
        if (!provisional) {
            study.focus(seriesUid(), slice, direction);
        }
    }
}
