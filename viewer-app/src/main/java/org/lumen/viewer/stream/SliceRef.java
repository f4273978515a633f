package org.lumen.viewer.stream;

import java.util.Objects;

import org.lumen.dicom.DataSet;

/**
 * One slice of a series on the server: the instance, the frame within it (one-based), and the instance's
 * metadata (WADO-RS metadata, without pixel data).
 */
public record SliceRef(String instanceUid, int frameNumber, DataSet metadata) {
    public SliceRef {
        Objects.requireNonNull(instanceUid, "instanceUid");
        Objects.requireNonNull(metadata, "metadata");
        if (frameNumber < 1) {
            throw new IllegalArgumentException("frame numbers start at 1: " + frameNumber);
        }
    }
}
