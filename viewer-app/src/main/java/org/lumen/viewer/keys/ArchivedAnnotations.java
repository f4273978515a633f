package org.lumen.viewer.keys;

import java.util.List;

import org.lumen.dicom.sr.ImageRef;
import org.lumen.dicom.sr.KeyObjectSelection;
import org.lumen.dicom.sr.MeasurementReport;

/**
 * What the archive holds for a study: its key object selections and measurement reports (each with its
 * origin: author, station, date), and a line for each KO or SR document that could not be read
 * (another system's report that is not TID 1500, a damaged document).
 */
public record ArchivedAnnotations(List<KeyObjectSelection> keyObjects, List<MeasurementReport> reports,
                                  List<String> unreadable) {
    public static final ArchivedAnnotations NONE = new ArchivedAnnotations(List.of(), List.of(), List.of());

    public ArchivedAnnotations {
        keyObjects = List.copyOf(keyObjects);
        reports = List.copyOf(reports);
        unreadable = List.copyOf(unreadable);
    }

    /** These and the documents of a save that just succeeded (what the archive holds now). */
    public ArchivedAnnotations with(PendingSave saved) {
        List<KeyObjectSelection> k = new java.util.ArrayList<>(keyObjects);
        saved.keyObjects().ifPresent(k::add);
        List<MeasurementReport> r = new java.util.ArrayList<>(reports);
        saved.report().ifPresent(r::add);
        return new ArchivedAnnotations(k, r, unreadable);
    }

    /** Whether any stored key object selection marks this image. */
    public boolean isKeyImage(String sopInstanceUid, int frame) {
        return keyObjects.stream().flatMap(k -> k.images().stream())
                .anyMatch(i -> i.sopInstanceUid().equals(sopInstanceUid) && (i.frame() == 0 || i.frame() == frame));
    }

    /** All key images, in document then selection order, each once. */
    public List<ImageRef> keyImages() {
        return keyObjects.stream().flatMap(k -> k.images().stream()).distinct().toList();
    }
}
