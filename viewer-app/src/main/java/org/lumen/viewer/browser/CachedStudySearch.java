package org.lumen.viewer.browser;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.lumen.store.cache.CachedStudy;
import org.lumen.store.cache.EntryLabels;
import org.lumen.viewer.servers.ServerSettings;

/**
 * The search of the encrypted cache's index that stands in for a server that cannot be reached:
 * the studies of that server held in the cache that match the query (patient name with {@code *}
 * and {@code ?} wildcards, case-insensitive, as a QIDO-RS server matches it; patient ID; date range;
 * modality; description), listed with {@value #OFFLINE_MARK} before their description. A query on
 * the accession number matches nothing (the cache does not keep it).
 */
public final class CachedStudySearch {
    /** What a row found in the cache carries before its description. */
    public static final String OFFLINE_MARK = "[OFFLINE, cached] ";

    private final Supplier<List<CachedStudy>> studies;

    /** @param studies the cache's studies (read when a search needs them; may open the cache) */
    public CachedStudySearch(Supplier<List<CachedStudy>> studies) {
        this.studies = studies;
    }

    /** The cached studies of {@code server} matching {@code query}, as browser rows. */
    public List<StudyRow> search(ServerSettings server, StudyQuery query) {
        return studies.get().stream().filter(s -> s.study().serverId().equals(server.id()))
                .filter(s -> matches(query, s.labels()))
                .map(s -> new StudyRow(server.name(), s.study().studyUid(), s.labels().patientName(), s.labels().patientId(),
                        "", s.labels().studyDate(), "", s.labels().modality(), OFFLINE_MARK + s.labels().studyDescription(),
                        s.seriesCount(), s.entryCount()))
                .toList();
    }

    static boolean matches(StudyQuery q, EntryLabels l) {
        if (!q.accession().isEmpty()) {
            return false;
        }
        boolean id = q.patientId().isEmpty() || (q.exactPatientId() ? l.patientId().equals(q.patientId())
                : wildcard(q.patientId(), l.patientId()));
        boolean from = q.fromDate().isEmpty() || l.studyDate().compareTo(q.fromDate()) >= 0;
        boolean to = q.toDate().isEmpty() || !l.studyDate().isEmpty() && l.studyDate().compareTo(q.toDate()) <= 0;
        return id && from && to && (q.patientName().isEmpty() || wildcard(q.patientName(), l.patientName()))
                && (q.modality().isEmpty() || List.of(l.modality().split("\\\\")).contains(q.modality()))
                && (q.description().isEmpty() || wildcard(q.description(), l.studyDescription()));
    }

    /** DICOM wildcard matching ({@code *}, {@code ?}), case-insensitive; without a wildcard, a prefix match. */
    private static boolean wildcard(String pattern, String value) {
        String p = pattern.contains("*") || pattern.contains("?") ? pattern : pattern + "*";
        StringBuilder regex = new StringBuilder();
        for (char c : p.toCharArray()) {
            regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL)
                .matcher(value.toLowerCase(Locale.ROOT)).matches();
    }
}
