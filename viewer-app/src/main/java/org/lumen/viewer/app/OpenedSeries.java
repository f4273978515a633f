package org.lumen.viewer.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;
import org.lumen.dicom.TransferSyntax;

/**
 * A series opened in the viewer, its images in display order (one entry per frame). A series streaming from
 * its server has a {@link StreamedSlices} source: its images then hold the headers, and what is drawn is the
 * slice as received ({@link #drawable}).
 */
record OpenedSeries(List<Image> images, Optional<StreamedSlices> streaming) {
    OpenedSeries {
        images = List.copyOf(images);
        if (images.isEmpty()) {
            throw new IllegalArgumentException("a series has at least one image");
        }
        Objects.requireNonNull(streaming, "streaming");
    }

    /** A series whose images are all here (files, or Part 10 bytes in memory). */
    OpenedSeries(List<Image> images) {
        this(images, Optional.empty());
    }

    /** One frame of one file. */
    record Image(Path file, DataSet dataSet, TransferSyntax transferSyntax, int frame, int framesInFile) {
        Image {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(dataSet, "dataSet");
            Objects.requireNonNull(transferSyntax, "transferSyntax");
        }
    }

    /** The image to draw at {@code index}: empty for a streaming slice not yet received. */
    Optional<Image> drawable(int index) {
        return streaming.isEmpty() ? Optional.of(images.get(index)) : streaming.get().received(index);
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
