package org.lumen.viewer.priors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.lumen.viewer.browser.StudyRow;

/**
 * A patient's studies across servers: the rows of a history search on every configured server,
 * one entry per Study Instance UID (a study held by two servers is one entry naming both), newest
 * first; studies without a date come last. Rows of another patient ID are left out.
 *
 * @param patientId the patient ID searched
 * @param entries the studies, newest first
 */
public record PatientTimeline(String patientId, List<TimelineEntry> entries) {
    private static final Comparator<TimelineEntry> NEWEST_FIRST = Comparator
            .comparing((TimelineEntry e) -> e.studyDate().isEmpty())
            .thenComparing(TimelineEntry::studyDate, Comparator.reverseOrder())
            .thenComparing(TimelineEntry::studyUid);

    public PatientTimeline {
        Objects.requireNonNull(patientId, "patientId");
        entries = List.copyOf(entries);
    }

    /** The timeline of {@code patientId} from rows of any servers, in any order. */
    public static PatientTimeline of(String patientId, List<StudyRow> rows) {
        Map<String, List<StudyRow>> byStudy = new LinkedHashMap<>();
        for (StudyRow row : rows) {
            if (row.patientId().equals(patientId) && !row.studyUid().isEmpty()) {
                byStudy.computeIfAbsent(row.studyUid(), k -> new ArrayList<>()).add(row);
            }
        }
        List<TimelineEntry> entries = new ArrayList<>();
        for (List<StudyRow> same : byStudy.values()) {
            StudyRow first = same.get(0);
            List<String> servers = same.stream().map(StudyRow::server).distinct().toList();
            String date = same.stream().map(StudyRow::studyDate).filter(d -> !d.isEmpty()).findFirst().orElse("");
            String description = same.stream().map(StudyRow::description).filter(d -> !d.isEmpty()).findFirst().orElse("");
            entries.add(new TimelineEntry(first.studyUid(), date, description, first.modalities(), servers));
        }
        entries.sort(NEWEST_FIRST);
        return new PatientTimeline(patientId, entries);
    }

    /** The entry of a study, if the timeline holds it. */
    public Optional<TimelineEntry> find(String studyUid) {
        return entries.stream().filter(e -> e.studyUid().equals(studyUid)).findFirst();
    }

    /** The studies other than {@code currentStudyUid} dated no later than it (any date when it has none), newest first. */
    public List<TimelineEntry> priorsOf(String currentStudyUid) {
        String date = find(currentStudyUid).map(TimelineEntry::studyDate).orElse("");
        return entries.stream().filter(e -> !e.studyUid().equals(currentStudyUid))
                .filter(e -> date.isEmpty() || e.studyDate().isEmpty() || e.studyDate().compareTo(date) <= 0).toList();
    }
}
