package org.lumen.viewer.priors;

import java.util.List;
import java.util.Objects;

/**
 * One study of the patient's timeline, with every server it was found on.
 *
 * @param studyUid Study Instance UID
 * @param studyDate study date (yyyyMMdd), empty when unknown
 * @param description study description
 * @param modalities modalities in study, e.g. {@code CT\SR}
 * @param servers the configured servers holding the study, in the order they answered
 */
public record TimelineEntry(String studyUid, String studyDate, String description, String modalities, List<String> servers) {
    public TimelineEntry {
        Objects.requireNonNull(studyUid, "studyUid");
        Objects.requireNonNull(studyDate, "studyDate");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(modalities, "modalities");
        servers = List.copyOf(servers);
        if (servers.isEmpty()) {
            throw new IllegalArgumentException("a timeline entry comes from at least one server");
        }
    }

    /** The date as yyyy-MM-dd, or as stored when it is not 8 digits. */
    public String displayDate() {
        return studyDate.matches("\\d{8}")
                ? studyDate.substring(0, 4) + "-" + studyDate.substring(4, 6) + "-" + studyDate.substring(6) : studyDate;
    }

    /** One line for the timeline list: date, modalities, description and sources. */
    public String line() {
        return (studyDate.isEmpty() ? "(no date)" : displayDate()) + "  " + modalities.replace('\\', '/') + "  "
                + description + "  \u2014 " + String.join(", ", servers);
    }
}
