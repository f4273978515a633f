package org.lumen.dicom.sr;

import java.util.List;
import java.util.Objects;

/** The measurements a reader made in a study, as an Imaging Measurement Report (TID 1500). */
public record MeasurementReport(StudyHeader study, DocumentOrigin origin, List<Measurement> measurements) {
    public MeasurementReport {
        Objects.requireNonNull(study, "study");
        Objects.requireNonNull(origin, "origin");
        measurements = List.copyOf(measurements);
        if (measurements.isEmpty()) {
            throw new IllegalArgumentException("a measurement report needs at least one measurement");
        }
    }
}
