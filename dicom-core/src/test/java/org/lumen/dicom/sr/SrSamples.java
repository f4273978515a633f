package org.lumen.dicom.sr;

import java.time.LocalDateTime;
import java.util.List;

import org.lumen.dicom.UID;

/** A study with two CT series and the key images and measurements a reader made in it. */
final class SrSamples {
    private SrSamples() {}

    static final String STUDY = "2.25.1000001";
    static final ImageRef AXIAL_12 = new ImageRef("2.25.2000001", UID.CTImageStorage, "2.25.3000012", 0);
    static final ImageRef AXIAL_40 = new ImageRef("2.25.2000001", UID.CTImageStorage, "2.25.3000040", 0);
    static final ImageRef CORONAL_7 = new ImageRef("2.25.2000002", UID.EnhancedCTImageStorage, "2.25.3100000", 7);

    static StudyHeader study() {
        return new StudyHeader(STUDY, "Doe^Jane", "PID-42", "19610203", "F", "20261201", "101500",
                "ACC-7", "S1", "Smith^John");
    }

    static DocumentOrigin origin(int seriesNumber) {
        return new DocumentOrigin(UID.generate(), UID.generate(), seriesNumber, 1, "Reader^Anna", "LUMEN-WS2",
                LocalDateTime.of(2026, 12, 4, 13, 20, 5));
    }

    static KeyObjectSelection keyImages() {
        return new KeyObjectSelection(study(), origin(901), KeyObjectSelection.OF_INTEREST, "nodule, right upper lobe",
                List.of(AXIAL_12, AXIAL_40, CORONAL_7));
    }

    static MeasurementReport measurements() {
        Measurement length = new Measurement(UID.generate(), "Length 1", AXIAL_12, GraphicType.POLYLINE,
                List.of(new ImagePoint(100.5f, 120.25f), new ImagePoint(180.5f, 160.75f)),
                List.of(new NumericValue(Concepts.LENGTH, 62.37, Concepts.MM)));
        Measurement ellipse = new Measurement(UID.generate(), "ROI 2", AXIAL_40, GraphicType.ELLIPSE,
                List.of(new ImagePoint(200f, 250f), new ImagePoint(260f, 250f),
                        new ImagePoint(230f, 230f), new ImagePoint(230f, 270f)),
                List.of(new NumericValue(Concepts.AREA, 1884.96, Concepts.MM2),
                        new NumericValue(Concepts.MEAN, 43.2, Concepts.HOUNSFIELD),
                        new NumericValue(Concepts.STANDARD_DEVIATION, 12.75, Concepts.HOUNSFIELD)));
        Measurement angle = new Measurement(UID.generate(), "Angle 3", CORONAL_7, GraphicType.POLYLINE,
                List.of(new ImagePoint(10f, 10f), new ImagePoint(50f, 50f), new ImagePoint(90f, 10f)),
                List.of(new NumericValue(Concepts.ANGLE, 90, Concepts.DEGREE)));
        Measurement probe = new Measurement(UID.generate(), "Probe 4", AXIAL_40, GraphicType.POINT,
                List.of(new ImagePoint(300.5f, 310.5f)),
                List.of(new NumericValue(Concepts.MEAN, -1000, Concepts.HOUNSFIELD)));
        return new MeasurementReport(study(), origin(902), List.of(length, ellipse, angle, probe));
    }
}
