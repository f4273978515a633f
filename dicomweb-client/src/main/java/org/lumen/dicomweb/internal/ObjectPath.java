package org.lumen.dicomweb.internal;

import java.util.Optional;

/**
 * A study, series or instance addressed by UIDs; empty strings stand for the absent lower levels.
 *
 * @param studyUid study instance UID
 * @param seriesUidOrEmpty series instance UID, or empty for a study
 * @param instanceUidOrEmpty SOP instance UID, or empty for a study or series
 */
public record ObjectPath(String studyUid, String seriesUidOrEmpty, String instanceUidOrEmpty) {
    public ObjectPath {
        check(studyUid);
        if (!seriesUidOrEmpty.isEmpty()) {
            check(seriesUidOrEmpty);
        }
        if (!instanceUidOrEmpty.isEmpty()) {
            if (seriesUidOrEmpty.isEmpty()) {
                throw new IllegalArgumentException("an instance needs its series");
            }
            check(instanceUidOrEmpty);
        }
    }

    public static ObjectPath study(String study) {
        return new ObjectPath(study, "", "");
    }

    public static ObjectPath series(String study, String series) {
        return new ObjectPath(study, series, "");
    }

    public static ObjectPath instance(String study, String series, String instance) {
        return new ObjectPath(study, series, instance);
    }

    public Optional<String> seriesUid() {
        return seriesUidOrEmpty.isEmpty() ? Optional.empty() : Optional.of(seriesUidOrEmpty);
    }

    public Optional<String> instanceUid() {
        return instanceUidOrEmpty.isEmpty() ? Optional.empty() : Optional.of(instanceUidOrEmpty);
    }

    private static void check(String uid) {
        if (!isUid(uid)) {
            throw new IllegalArgumentException("not a UID: " + uid);
        }
    }

    /**
     * Whether the text is a UID: at most 64 characters, digit groups separated by single dots
     * ({@code [0-9]+(\.[0-9]+)*}). A loop rather than a regular expression: it runs several times per
     * frame request.
     */
    static boolean isUid(String text) {
        int n = text.length();
        if (n == 0 || n > 64) {
            return false;
        }
        boolean digitBefore = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digitBefore = true;
            } else if (c == '.' && digitBefore) {
                digitBefore = false;
            } else {
                return false;
            }
        }
        return digitBefore;
    }
}
