package org.lumen.store.cache;

import java.util.Objects;

/**
 * Display fields kept (encrypted) with an entry so that cached studies can be browsed offline.
 * Empty strings mean unknown; each field has at most 1024 characters.
 */
public record EntryLabels(String patientName, String patientId, String studyDate, String studyDescription,
        String seriesDescription, String modality) {
    /** No display fields. */
    public static final EntryLabels NONE = new EntryLabels("", "", "", "", "", "");
    static final int MAX_FIELD = 1024;

    public EntryLabels {
        for (String field : new String[] {patientName, patientId, studyDate, studyDescription, seriesDescription, modality}) {
            if (Objects.requireNonNull(field, "label").length() > MAX_FIELD) {
                throw new IllegalArgumentException("a label has at most " + MAX_FIELD + " characters");
            }
        }
    }

    String[] fields() {
        return new String[] {patientName, patientId, studyDate, studyDescription, seriesDescription, modality};
    }

    static EntryLabels of(String[] f) {
        return new EntryLabels(f[0], f[1], f[2], f[3], f[4], f[5]);
    }
}
