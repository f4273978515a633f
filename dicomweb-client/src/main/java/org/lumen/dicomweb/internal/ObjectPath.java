package org.lumen.dicomweb.internal;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A study, series or instance addressed by UIDs; empty strings stand for the absent lower levels.
 *
 * @param studyUid study instance UID
 * @param seriesUidOrEmpty series instance UID, or empty for a study
 * @param instanceUidOrEmpty SOP instance UID, or empty for a study or series
 */
public record ObjectPath(String studyUid, String seriesUidOrEmpty, String instanceUidOrEmpty) {
    private static final Pattern UID = Pattern.compile("[0-9]+(\\.[0-9]+)*");

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
        if (uid.length() > 64 || !UID.matcher(uid).matches()) {
            throw new IllegalArgumentException("not a UID: " + uid);
        }
    }
}
