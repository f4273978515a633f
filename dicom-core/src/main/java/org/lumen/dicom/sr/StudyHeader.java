package org.lumen.dicom.sr;

import java.util.Objects;

import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;
import org.lumen.dicom.VR;

/**
 * The patient and study attributes a new document in a study copies from the study's images
 * (Patient and General Study modules); empty strings for what the images do not say.
 */
public record StudyHeader(String studyInstanceUid, String patientName, String patientId, String patientBirthDate,
                          String patientSex, String studyDate, String studyTime, String accessionNumber,
                          String studyId, String referringPhysicianName) {
    public StudyHeader {
        Objects.requireNonNull(studyInstanceUid, "studyInstanceUid");
        if (studyInstanceUid.isBlank()) {
            throw new IllegalArgumentException("a study needs its Study Instance UID");
        }
        patientName = Objects.requireNonNullElse(patientName, "");
        patientId = Objects.requireNonNullElse(patientId, "");
        patientBirthDate = Objects.requireNonNullElse(patientBirthDate, "");
        patientSex = Objects.requireNonNullElse(patientSex, "");
        studyDate = Objects.requireNonNullElse(studyDate, "");
        studyTime = Objects.requireNonNullElse(studyTime, "");
        accessionNumber = Objects.requireNonNullElse(accessionNumber, "");
        studyId = Objects.requireNonNullElse(studyId, "");
        referringPhysicianName = Objects.requireNonNullElse(referringPhysicianName, "");
    }

    /** The header of the study an image (or any instance of the study) belongs to. */
    public static StudyHeader of(DataSet instance) throws StructuredReportException {
        String study = instance.getString(Tag.StudyInstanceUID)
                .orElseThrow(() -> new StructuredReportException("no Study Instance UID (0020,000D)"));
        return new StudyHeader(study, instance.getString(Tag.PatientName, ""), instance.getString(Tag.PatientID, ""),
                instance.getString(Tag.PatientBirthDate, ""), instance.getString(Tag.PatientSex, ""),
                instance.getString(Tag.StudyDate, ""), instance.getString(Tag.StudyTime, ""),
                instance.getString(Tag.AccessionNumber, ""), instance.getString(Tag.StudyID, ""),
                instance.getString(Tag.ReferringPhysicianName, ""));
    }

    /** Writes the Patient and General Study modules (type 2 attributes present, possibly empty). */
    void writeTo(DataSet ds) {
        ds.setString(Tag.StudyInstanceUID, VR.UI, studyInstanceUid);
        ds.setString(Tag.PatientName, VR.PN, patientName);
        ds.setString(Tag.PatientID, VR.LO, patientId);
        ds.setString(Tag.PatientBirthDate, VR.DA, patientBirthDate);
        ds.setString(Tag.PatientSex, VR.CS, patientSex);
        ds.setString(Tag.StudyDate, VR.DA, studyDate);
        ds.setString(Tag.StudyTime, VR.TM, studyTime);
        ds.setString(Tag.AccessionNumber, VR.SH, accessionNumber);
        ds.setString(Tag.StudyID, VR.SH, studyId);
        ds.setString(Tag.ReferringPhysicianName, VR.PN, referringPhysicianName);
    }
}
