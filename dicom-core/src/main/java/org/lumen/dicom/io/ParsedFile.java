package org.lumen.dicom.io;

import java.util.Map;
import java.util.Objects;

import org.lumen.dicom.DataSet;

/** A file as read, with the byte offset of each sequence item (by identity), for DICOMDIR navigation. */
record ParsedFile(DicomFile file, Map<DataSet, Long> itemOffsets) {
    ParsedFile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(itemOffsets, "itemOffsets");
    }
}
