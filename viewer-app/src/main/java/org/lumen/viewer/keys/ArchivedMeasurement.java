package org.lumen.viewer.keys;

import java.time.format.DateTimeFormatter;
import java.util.Objects;

import org.lumen.dicom.sr.DocumentOrigin;
import org.lumen.dicom.sr.ImageRef;
import org.lumen.viewer.measure.Measurement;

/**
 * A measurement read from a report in the archive (or just saved there): drawn read-only, apart from
 * the reader's own, with who made it, where and when.
 *
 * @param label the report's tracking identifier (e.g. "Length 1")
 */
public record ArchivedMeasurement(ImageRef image, Measurement measurement, String label, DocumentOrigin origin) {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public ArchivedMeasurement {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(measurement, "measurement");
        Objects.requireNonNull(origin, "origin");
        label = Objects.requireNonNullElse(label, "");
    }

    /** "Archived: A. Reader, LUMEN-WS2, 2026-12-04 13:20" (the parts the document has). */
    public String caption() {
        return "Archived: " + ArchiveWording.origin(origin);
    }

    /** Whether this measurement lies on that image (a whole-image reference matches every frame). */
    boolean on(ImageRef other) {
        return image.sopInstanceUid().equals(other.sopInstanceUid())
                && (image.frame() == 0 || other.frame() == 0 || image.frame() == other.frame());
    }

    static String when(DocumentOrigin origin) {
        return WHEN.format(origin.created());
    }
}
