package org.lumen.viewer.keys;

import java.util.Optional;

import org.lumen.dicom.sr.KeyObjectSelection;
import org.lumen.dicom.sr.MeasurementReport;

/**
 * The documents of one save, built once: a retry after a failure sends these same documents (same
 * SOP Instance UIDs), so a server that kept part of the first attempt does not get duplicates.
 */
public record PendingSave(Optional<KeyObjectSelection> keyObjects, Optional<MeasurementReport> report) {
    public PendingSave {
        if (keyObjects.isEmpty() && report.isEmpty()) {
            throw new IllegalArgumentException("a save needs key images or measurements");
        }
    }

    /** Stores the documents; on failure nothing is lost, the caller keeps this object and may call again. */
    public void sendTo(AnnotationArchive archive) throws ArchiveSaveException {
        archive.save(keyObjects, report);
    }
}
