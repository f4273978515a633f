package org.lumen.dicom.sr;

import java.util.List;
import java.util.Objects;

/**
 * A Key Object Selection Document (PS3.3 A.35.4, TID 2010): the images a reader marked in a study,
 * under a title from CID 7010 ({@link #OF_INTEREST} unless the reader chose another) and an optional
 * free-text description.
 */
public record KeyObjectSelection(StudyHeader study, DocumentOrigin origin, Code title, String description,
                                 List<ImageRef> images) {
    public static final Code OF_INTEREST = new Code("113000", "DCM", "Of Interest");
    public static final Code FOR_TEACHING = new Code("113004", "DCM", "For Teaching");
    public static final Code FOR_REFERRING_PROVIDER = new Code("113002", "DCM", "For Referring Provider");
    public static final Code FOR_SURGERY = new Code("113003", "DCM", "For Surgery");

    public KeyObjectSelection {
        Objects.requireNonNull(study, "study");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(title, "title");
        description = Objects.requireNonNullElse(description, "");
        images = List.copyOf(images);
        if (images.isEmpty()) {
            throw new IllegalArgumentException("a key object selection needs at least one image");
        }
    }
}
