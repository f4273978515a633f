package org.lumen.viewer.browser;

import java.util.Objects;

import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;

/**
 * One study found on one server, as the browser lists it; text fields are empty when absent.
 *
 * @param server the configured server's name
 * @param studyUid Study Instance UID
 * @param patientName patient name as stored (components separated by {@code ^})
 * @param patientId patient ID
 * @param birthDate patient's birth date (yyyyMMdd)
 * @param studyDate study date (yyyyMMdd)
 * @param accession accession number
 * @param modalities modalities in the study, e.g. {@code CT\SR}
 * @param description study description
 * @param seriesCount number of series, -1 when the server does not say
 * @param instanceCount number of instances, -1 when the server does not say
 */
public record StudyRow(String server, String studyUid, String patientName, String patientId, String birthDate,
        String studyDate, String accession, String modalities, String description, int seriesCount, int instanceCount) {
    public StudyRow {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(studyUid, "studyUid");
        Objects.requireNonNull(patientName, "patientName");
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(studyDate, "studyDate");
        Objects.requireNonNull(accession, "accession");
        Objects.requireNonNull(modalities, "modalities");
        Objects.requireNonNull(description, "description");
    }

    /** A row from a QIDO-RS study result. */
    public static StudyRow of(String server, DataSet ds) {
        return new StudyRow(server, ds.getString(Tag.StudyInstanceUID, ""), ds.getString(Tag.PatientName, ""),
                ds.getString(Tag.PatientID, ""), ds.getString(Tag.PatientBirthDate, ""), ds.getString(Tag.StudyDate, ""),
                ds.getString(Tag.AccessionNumber, ""), String.join("\\", ds.getStrings(Tag.ModalitiesInStudy)),
                ds.getString(Tag.StudyDescription, ""), ds.getInt(Tag.NumberOfStudyRelatedSeries, -1),
                ds.getInt(Tag.NumberOfStudyRelatedInstances, -1));
    }

    /** The patient name for reading: {@code Smith^John} becomes {@code Smith, John}. */
    public String displayName() {
        String[] parts = patientName.split("\\^", -1);
        if (parts.length == 1) {
            return patientName;
        }
        String given = String.join(" ", java.util.Arrays.copyOfRange(parts, 1, parts.length)).strip();
        return given.isEmpty() ? parts[0] : parts[0] + ", " + given;
    }

    /** The study date as yyyy-MM-dd, or as stored when it is not 8 digits. */
    public String displayDate() {
        return studyDate.matches("\\d{8}")
                ? studyDate.substring(0, 4) + "-" + studyDate.substring(4, 6) + "-" + studyDate.substring(6) : studyDate;
    }
}
