package org.lumen.viewer.keys;

import java.util.List;
import java.util.Optional;

import org.lumen.dicom.DataSet;

/**
 * What the workstation holds of one study, as a save needs it. Every method is called on the FX thread
 * and must not block.
 */
public interface StudyContent {
    /** The header of any open image of the study (for its patient and study modules); empty when none is open. */
    Optional<DataSet> anyImage(String studyUid);

    /** The reader's own measurements on open images of the study, in a stable order. */
    List<UserMeasurement> measurements(String studyUid);

    /**
     * Takes these measurements (now saved, and shown as archived) out of the reader's own; one that was
     * changed since it was saved stays.
     */
    void forget(List<UserMeasurement> saved);
}
