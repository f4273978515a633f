package org.lumen.rendering.volume;

import java.util.List;

/** No volume can be built from a series: none of its images has usable geometry. */
public final class UnusableSeriesException extends Exception {
    private final transient List<VolumeFinding> findings;

    UnusableSeriesException(String message, List<VolumeFinding> findings) {
        super(message);
        this.findings = List.copyOf(findings);
    }

    /** What was found while trying. */
    public List<VolumeFinding> findings() {
        return findings;
    }
}
