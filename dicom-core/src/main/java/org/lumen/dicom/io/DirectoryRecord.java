package org.lumen.dicom.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.lumen.dicom.DataSet;

/**
 * One record of a DICOMDIR (PS3.3 F.3.2.2), with the records of the level below it.
 *
 * @param type           the Directory Record Type (0004,1430), such as PATIENT, STUDY, SERIES, IMAGE
 * @param dataSet        the record's item of the Directory Record Sequence
 * @param children       the records of the lower-level directory entity, in order
 * @param referencedFile the file named by Referenced File ID (0004,1500), resolved against the
 *                       folder of the DICOMDIR; empty when the record names none or names a
 *                       path outside that folder
 */
public record DirectoryRecord(String type, DataSet dataSet, List<DirectoryRecord> children,
        Optional<Path> referencedFile) {
    public DirectoryRecord {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(dataSet, "dataSet");
        children = List.copyOf(children);
        Objects.requireNonNull(referencedFile, "referencedFile");
    }

    /** This record and all below it, depth first. */
    public java.util.stream.Stream<DirectoryRecord> flatten() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(this),
                children.stream().flatMap(DirectoryRecord::flatten));
    }
}
