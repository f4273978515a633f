package org.lumen.viewer.keys;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.lumen.dicom.sr.DocumentOrigin;
import org.lumen.dicom.sr.ImageRef;
import org.lumen.dicom.sr.KeyObjectSelection;
import org.lumen.dicom.sr.Measurement;
import org.lumen.dicom.sr.MeasurementReport;
import org.lumen.dicom.sr.StudyHeader;

/**
 * The key images of one open study: those read from the archive (with their origin, read-only) and
 * those the reader marked in this session, not yet saved. Confined to one thread (the FX thread).
 */
public final class KeyImageSelection {
    /** Series numbers of the documents this workstation writes (high, apart from acquired series). */
    public static final int KEY_SERIES_NUMBER = 901;
    public static final int REPORT_SERIES_NUMBER = 902;

    private final Set<ImageRef> marked = new LinkedHashSet<>();
    private ArchivedAnnotations archived = ArchivedAnnotations.NONE;

    /** What the archive holds for the study (replaces what was read before). */
    public void setArchived(ArchivedAnnotations archived) {
        this.archived = Objects.requireNonNull(archived, "archived");
    }

    public ArchivedAnnotations archived() {
        return archived;
    }

    /** Marks or unmarks an image in this session; returns whether it is now marked here. */
    public boolean toggle(ImageRef image) {
        if (marked.remove(image)) {
            return false;
        }
        marked.add(image);
        return true;
    }

    /** Whether the image is a key image: marked here, or in a stored document. */
    public boolean isKey(String sopInstanceUid, int frame) {
        return marked.stream().anyMatch(i -> i.sopInstanceUid().equals(sopInstanceUid) && (i.frame() == 0 || i.frame() == frame))
                || archived.isKeyImage(sopInstanceUid, frame);
    }

    /** The images marked in this session and not yet saved, in marking order. */
    public List<ImageRef> unsaved() {
        return List.copyOf(marked);
    }

    /**
     * The documents for the unsaved key images and the given measurements, made now by this author
     * on this station; empty when there is nothing to save.
     */
    public Optional<PendingSave> prepare(StudyHeader study, String author, String station, List<Measurement> measurements) {
        Optional<KeyObjectSelection> kos = marked.isEmpty() ? Optional.empty()
                : Optional.of(new KeyObjectSelection(study, DocumentOrigin.createNow(author, station, KEY_SERIES_NUMBER),
                        KeyObjectSelection.OF_INTEREST, "", new ArrayList<>(marked)));
        Optional<MeasurementReport> report = measurements.isEmpty() ? Optional.empty()
                : Optional.of(new MeasurementReport(study, DocumentOrigin.createNow(author, station, REPORT_SERIES_NUMBER),
                        measurements));
        return kos.isEmpty() && report.isEmpty() ? Optional.empty() : Optional.of(new PendingSave(kos, report));
    }

    /** After a save succeeded: its key images are no longer unsaved (images marked since stay). */
    public void saved(PendingSave save) {
        save.keyObjects().ifPresent(k -> k.images().forEach(marked::remove));
    }
}
