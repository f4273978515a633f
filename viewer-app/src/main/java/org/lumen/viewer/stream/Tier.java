package org.lumen.viewer.stream;

/** How urgently a series is fetched; the series in focus always comes before every tier. */
public enum Tier {
    /** The series shown in a viewport or about to be. */
    CURRENT,
    /** The next series of the open study. */
    NEXT,
    /** A prior study's series, prefetched for comparison. */
    PRIOR
}
