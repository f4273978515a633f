package org.lumen.viewer.qc;

import java.util.Objects;

/**
 * One thing a technologist should check about a series.
 *
 * @param severity how much it matters
 * @param title    a few words, e.g. "Missing slices"
 * @param detail   a sentence with the values involved
 */
public record QcFinding(Severity severity, String title, String detail) {
    /** How much a finding matters: an error means the series is incomplete or wrong as shown. */
    public enum Severity { ERROR, WARNING, INFO }

    public QcFinding {
        Objects.requireNonNull(severity, "severity");
        if (title.isBlank()) {
            throw new IllegalArgumentException("a finding needs a title");
        }
        Objects.requireNonNull(detail, "detail");
    }
}
