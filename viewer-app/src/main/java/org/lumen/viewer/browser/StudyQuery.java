package org.lumen.viewer.browser;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

import org.lumen.dicom.Tag;
import org.lumen.dicomweb.QidoQuery;

/**
 * What the user searches for; empty strings are "any". A name, ID, accession or description
 * without a wildcard matches as a prefix (a {@code *} is appended); the patient ID of a history
 * search matches exactly.
 *
 * @param patientName patient name, e.g. {@code Smith^J}
 * @param patientId patient ID
 * @param accession accession number
 * @param fromDate first study date (yyyyMMdd) or empty
 * @param toDate last study date (yyyyMMdd) or empty
 * @param modality a modality in the study, e.g. {@code CT}
 * @param description study description
 * @param exactPatientId whether the patient ID must match exactly (patient history)
 */
public record StudyQuery(String patientName, String patientId, String accession, String fromDate, String toDate,
        String modality, String description, boolean exactPatientId) {
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    public StudyQuery {
        patientName = Objects.requireNonNull(patientName, "patientName").strip();
        patientId = Objects.requireNonNull(patientId, "patientId").strip();
        accession = Objects.requireNonNull(accession, "accession").strip();
        fromDate = checkDate("from", fromDate);
        toDate = checkDate("to", toDate);
        modality = Objects.requireNonNull(modality, "modality").strip().toUpperCase(java.util.Locale.ROOT);
        description = Objects.requireNonNull(description, "description").strip();
        if (!fromDate.isEmpty() && !toDate.isEmpty() && fromDate.compareTo(toDate) > 0) {
            throw new IllegalArgumentException("the first date " + fromDate + " is after the last " + toDate);
        }
    }

    /** Every study. */
    public static StudyQuery any() {
        return new StudyQuery("", "", "", "", "", "", "", false);
    }

    /** All studies of one patient ID (exact match), for the patient's history. */
    public static StudyQuery history(String patientId) {
        return new StudyQuery("", patientId, "", "", "", "", "", true);
    }

    public StudyQuery withPatientName(String name) {
        return new StudyQuery(name, patientId, accession, fromDate, toDate, modality, description, exactPatientId);
    }

    public StudyQuery withDates(Optional<LocalDate> from, Optional<LocalDate> to) {
        return new StudyQuery(patientName, patientId, accession, from.map(DATE::format).orElse(""),
                to.map(DATE::format).orElse(""), modality, description, exactPatientId);
    }

    /** The QIDO-RS study query, with the attributes the browser shows. */
    public QidoQuery.Builder toQido() {
        QidoQuery.Builder b = QidoQuery.studies();
        if (!patientName.isEmpty()) {
            b.match(Tag.PatientName, prefix(patientName));
        }
        if (!patientId.isEmpty()) {
            b.match(Tag.PatientID, exactPatientId ? patientId : prefix(patientId));
        }
        if (!accession.isEmpty()) {
            b.match(Tag.AccessionNumber, prefix(accession));
        }
        if (!fromDate.isEmpty() || !toDate.isEmpty()) {
            b.dateRange(Tag.StudyDate, parse(fromDate), parse(toDate));
        }
        if (!modality.isEmpty()) {
            b.match(Tag.ModalitiesInStudy, modality);
        }
        if (!description.isEmpty()) {
            b.match(Tag.StudyDescription, "*" + description + (hasWildcard(description) ? "" : "*"));
        }
        for (int tag : new int[] {Tag.PatientName, Tag.PatientID, Tag.PatientBirthDate, Tag.StudyDate, Tag.StudyTime,
                Tag.AccessionNumber, Tag.StudyDescription, Tag.ModalitiesInStudy, Tag.NumberOfStudyRelatedSeries,
                Tag.NumberOfStudyRelatedInstances}) {
            b.includeField(tag);
        }
        return b;
    }

    private static String prefix(String value) {
        return hasWildcard(value) ? value : value + "*";
    }

    private static boolean hasWildcard(String value) {
        return value.indexOf('*') >= 0 || value.indexOf('?') >= 0;
    }

    private static Optional<LocalDate> parse(String date) {
        return date.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(date, DATE));
    }

    private static String checkDate(String what, String date) {
        Objects.requireNonNull(date, what);
        if (!date.isEmpty()) {
            try {
                LocalDate.parse(date, DATE);
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("the " + what + " date must be yyyyMMdd: " + date, e);
            }
        }
        return date;
    }
}
