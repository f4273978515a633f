package org.lumen.dicom.io;

import java.util.Objects;

import org.lumen.dicom.DataSet;
import org.lumen.dicom.TransferSyntax;

/**
 * A DICOM file as PS3.10 lays it out: its File Meta Information (group 0002; empty for a file
 * written without one), the data set, and the transfer syntax the data set is encoded in.
 */
public record DicomFile(DataSet fileMeta, DataSet dataSet, TransferSyntax transferSyntax) {
    public DicomFile {
        Objects.requireNonNull(fileMeta, "fileMeta");
        Objects.requireNonNull(dataSet, "dataSet");
        Objects.requireNonNull(transferSyntax, "transferSyntax");
    }

    /** A file for a data set to be written: the writer fills in the meta information. */
    public static DicomFile of(DataSet dataSet, TransferSyntax transferSyntax) {
        return new DicomFile(new DataSet(), dataSet, transferSyntax);
    }
}
