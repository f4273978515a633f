package org.lumen.dicomweb;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A QIDO-RS search: the level (studies, series, instances), optional study/series scope, and the
 * query parameters in order. Values are kept as DICOM matching strings (wildcards {@code *} and
 * {@code ?}, ranges {@code 20200101-20201231}, UID lists {@code a,b}); the client encodes them
 * per the server's {@link QueryEncoding}. Immutable; build with {@link #studies()} and friends.
 */
public final class QidoQuery {
    /** The level searched. */
    public enum Level { STUDIES, SERIES, INSTANCES }

    private static final Pattern KEYWORD = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,63}");
    private static final Pattern UID = Pattern.compile("[0-9]+(\\.[0-9]+)*");

    private final Level level;
    private final String studyUid;
    private final String seriesUid;
    private final List<Map.Entry<String, String>> parameters;

    private QidoQuery(Builder b) {
        this.level = b.level;
        this.studyUid = b.studyUid;
        this.seriesUid = b.seriesUid;
        this.parameters = List.copyOf(b.parameters);
    }

    public static Builder studies() {
        return new Builder(Level.STUDIES, "", "");
    }

    /** Series of all studies. */
    public static Builder series() {
        return new Builder(Level.SERIES, "", "");
    }

    public static Builder seriesOfStudy(String studyUid) {
        return new Builder(Level.SERIES, uid(studyUid), "");
    }

    /** Instances of all studies. */
    public static Builder instances() {
        return new Builder(Level.INSTANCES, "", "");
    }

    public static Builder instancesOfStudy(String studyUid) {
        return new Builder(Level.INSTANCES, uid(studyUid), "");
    }

    public static Builder instancesOfSeries(String studyUid, String seriesUid) {
        return new Builder(Level.INSTANCES, uid(studyUid), uid(seriesUid));
    }

    public Level level() {
        return level;
    }

    public Optional<String> studyUid() {
        return studyUid.isEmpty() ? Optional.empty() : Optional.of(studyUid);
    }

    public Optional<String> seriesUid() {
        return seriesUid.isEmpty() ? Optional.empty() : Optional.of(seriesUid);
    }

    /** Query parameters (name, unencoded value) in the order added. */
    public List<Map.Entry<String, String>> parameters() {
        return parameters;
    }

    /** This query with limit and offset replaced (for paging). */
    public QidoQuery page(int offset, int limit) {
        Builder b = new Builder(level, studyUid, seriesUid);
        parameters.stream().filter(e -> !e.getKey().equals("limit") && !e.getKey().equals("offset"))
                .forEach(b.parameters::add);
        return b.offset(offset).limit(limit).build();
    }

    @Override
    public String toString() {
        return "QidoQuery[" + level + (studyUid.isEmpty() ? "" : " study=" + studyUid)
                + (seriesUid.isEmpty() ? "" : " series=" + seriesUid) + " " + parameters + "]";
    }

    private static String uid(String uid) {
        if (!UID.matcher(Objects.requireNonNull(uid, "uid")).matches() || uid.length() > 64) {
            throw new IllegalArgumentException("not a UID: " + uid);
        }
        return uid;
    }

    /** Builds a {@link QidoQuery}; not thread-safe. */
    public static final class Builder {
        private final Level level;
        private final String studyUid;
        private final String seriesUid;
        private final List<Map.Entry<String, String>> parameters = new ArrayList<>();

        private Builder(Level level, String studyUid, String seriesUid) {
            this.level = level;
            this.studyUid = studyUid;
            this.seriesUid = seriesUid;
        }

        /** Matches an attribute by tag, e.g. {@code match(Tag.PatientName, "Phantom^*")}. */
        public Builder match(int tag, String value) {
            return add(attribute(tag), value);
        }

        /** Matches an attribute by keyword, e.g. {@code match("PatientName", "Phantom^CT")}. */
        public Builder match(String keyword, String value) {
            return add(keyword(keyword), value);
        }

        /** Date range matching; either bound may be absent for an open range. */
        public Builder dateRange(int tag, Optional<LocalDate> from, Optional<LocalDate> to) {
            if (from.isEmpty() && to.isEmpty()) {
                throw new IllegalArgumentException("a date range needs at least one bound");
            }
            DateTimeFormatter f = DateTimeFormatter.BASIC_ISO_DATE;
            return add(attribute(tag), from.map(f::format).orElse("") + "-" + to.map(f::format).orElse(""));
        }

        /** UID list matching: any of the UIDs. */
        public Builder uids(int tag, List<String> uids) {
            if (uids.isEmpty()) {
                throw new IllegalArgumentException("empty UID list");
            }
            return add(attribute(tag), String.join(",", uids.stream().map(QidoQuery::uid).toList()));
        }

        public Builder fuzzyMatching(boolean fuzzy) {
            return add("fuzzymatching", Boolean.toString(fuzzy));
        }

        public Builder includeField(int tag) {
            return add("includefield", attribute(tag));
        }

        public Builder includeField(String keyword) {
            return add("includefield", keyword(keyword));
        }

        public Builder includeAllFields() {
            return add("includefield", "all");
        }

        public Builder limit(int limit) {
            if (limit < 1) {
                throw new IllegalArgumentException("limit must be positive: " + limit);
            }
            return add("limit", Integer.toString(limit));
        }

        public Builder offset(int offset) {
            if (offset < 0) {
                throw new IllegalArgumentException("offset must not be negative: " + offset);
            }
            return add("offset", Integer.toString(offset));
        }

        public QidoQuery build() {
            return new QidoQuery(this);
        }

        private Builder add(String name, String value) {
            Objects.requireNonNull(value, "value");
            parameters.add(Map.entry(name, value));
            return this;
        }

        private static String attribute(int tag) {
            return String.format("%08X", tag);
        }

        private static String keyword(String keyword) {
            if (!KEYWORD.matcher(Objects.requireNonNull(keyword, "keyword")).matches()) {
                throw new IllegalArgumentException("not an attribute keyword: " + keyword);
            }
            return keyword;
        }
    }
}
