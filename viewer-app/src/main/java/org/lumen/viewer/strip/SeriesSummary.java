package org.lumen.viewer.strip;

import java.util.Objects;

import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;

/**
 * One series of a study, from a QIDO-RS series search.
 *
 * @param seriesUid Series Instance UID
 * @param number Series Number, 0 when absent
 * @param modality modality, e.g. {@code CT}
 * @param description series description, may be empty
 * @param instanceCount Number of Series Related Instances, -1 when the server does not say
 * @param bodyPart Body Part Examined (0018,0015), empty when the archive does not return it at the series level
 */
public record SeriesSummary(String seriesUid, int number, String modality, String description, int instanceCount, String bodyPart) {
    public SeriesSummary {
        Objects.requireNonNull(seriesUid, "seriesUid");
        if (seriesUid.isEmpty()) {
            throw new IllegalArgumentException("a series needs its UID");
        }
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(bodyPart, "bodyPart");
    }

    /** A series whose body part is not known. */
    public SeriesSummary(String seriesUid, int number, String modality, String description, int instanceCount) {
        this(seriesUid, number, modality, description, instanceCount, "");
    }

    static SeriesSummary of(DataSet ds) {
        return new SeriesSummary(ds.getString(Tag.SeriesInstanceUID, ""), ds.getInt(Tag.SeriesNumber, 0),
                ds.getString(Tag.Modality, ""), ds.getString(Tag.SeriesDescription, ""),
                ds.getInt(Tag.NumberOfSeriesRelatedInstances, -1), ds.getString(Tag.BodyPartExamined, "").trim());
    }
}
