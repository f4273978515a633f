package org.lumen.viewer.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;
import org.lumen.dicom.TransferSyntax;

/** A series opened from local files, its images in display order (one entry per frame). */
record OpenedSeries(List<Image> images) {
    OpenedSeries {
        images = List.copyOf(images);
        if (images.isEmpty()) {
            throw new IllegalArgumentException("a series has at least one image");
        }
    }

    /** One frame of one file. */
    record Image(Path file, DataSet dataSet, TransferSyntax transferSyntax, int frame, int framesInFile) {
        Image {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(dataSet, "dataSet");
            Objects.requireNonNull(transferSyntax, "transferSyntax");
        }
    }

    DataSet first() {
        return images.get(0).dataSet();
    }

    String description() {
        DataSet ds = first();
        return ds.getString(Tag.Modality, "") + " " + ds.getString(Tag.SeriesDescription, "")
                + " (" + org.lumen.viewer.text.Plural.of(images.size(), "image", "images") + ")";
    }
}
