package org.lumen.viewer.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.lumen.dicom.UID;
import org.lumen.dicom.sr.Concepts;
import org.lumen.dicom.sr.GraphicType;
import org.lumen.dicom.sr.ImageRef;
import org.lumen.dicom.sr.NumericValue;
import org.lumen.viewer.measure.Calibration;
import org.lumen.viewer.measure.ImagePoint;
import org.lumen.viewer.measure.Measurement;
import org.lumen.viewer.measure.ModalityPixels;

/** The workstation's measurements become report measurements with the right values and come back the same. */
class MeasurementConversionTest {
    private static final ImageRef IMAGE = new ImageRef("2.25.1", UID.CTImageStorage, "2.25.2", 0);
    private static final Calibration HALF_MM = new Calibration(0.5, 0.5, Calibration.Kind.CALIBRATED);

    private static ModalityPixels flat(double value) {
        double[] values = new double[64 * 64];
        java.util.Arrays.fill(values, value);
        return new ModalityPixels(64, 64, values, "HU");
    }

    private static org.lumen.dicom.sr.Measurement convert(Measurement m) {
        return MeasurementConversion.toReport(m, "M", IMAGE, Optional.of(flat(40)), HALF_MM);
    }

    @Test
    void eachKindComesBack() {
        List<Measurement> all = List.of(
                new Measurement.Length(new ImagePoint(1.5, 2.5), new ImagePoint(31.5, 42.5)),
                new Measurement.Angle(new ImagePoint(1, 1), new ImagePoint(10, 10), new ImagePoint(20, 1)),
                new Measurement.Roi(Measurement.Roi.Shape.RECTANGLE, new ImagePoint(30, 40), new ImagePoint(10, 20)),
                new Measurement.Roi(Measurement.Roi.Shape.ELLIPSE, new ImagePoint(10, 20), new ImagePoint(30, 44)),
                new Measurement.Probe(new ImagePoint(5.5, 6.5)));
        for (Measurement m : all) {
            Measurement back = MeasurementConversion.fromReport(convert(m)).orElseThrow();
            assertThat(back.getClass()).isEqualTo(m.getClass());
            if (m instanceof Measurement.Roi roi) {
                Measurement.Roi r = (Measurement.Roi) back;
                assertThat(List.of(r.minX(), r.minY(), r.maxX(), r.maxY()))
                        .isEqualTo(List.of(roi.minX(), roi.minY(), roi.maxX(), roi.maxY()));
            } else {
                assertThat(back).isEqualTo(m);
            }
        }
    }

    @Test
    void valuesAreInMillimetresDegreesAndHounsfield() {
        org.lumen.dicom.sr.Measurement length = convert(new Measurement.Length(new ImagePoint(0, 0), new ImagePoint(30, 40)));
        assertThat(length.graphicType()).isEqualTo(GraphicType.POLYLINE);
        assertThat(length.values()).containsExactly(new NumericValue(Concepts.LENGTH, 25, Concepts.MM));
        org.lumen.dicom.sr.Measurement angle = convert(new Measurement.Angle(
                new ImagePoint(10, 0), new ImagePoint(0, 0), new ImagePoint(0, 10)));
        assertThat(angle.values().get(0).value()).isCloseTo(90, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(angle.values().get(0).unit()).isEqualTo(Concepts.DEGREE);
        org.lumen.dicom.sr.Measurement roi = convert(new Measurement.Roi(Measurement.Roi.Shape.ELLIPSE,
                new ImagePoint(10, 10), new ImagePoint(30, 30)));
        assertThat(roi.graphicType()).isEqualTo(GraphicType.ELLIPSE);
        assertThat(roi.values()).extracting(NumericValue::concept)
                .containsExactly(Concepts.AREA, Concepts.MEAN, Concepts.STANDARD_DEVIATION, Concepts.MINIMUM, Concepts.MAXIMUM);
        assertThat(roi.values().get(0).unit()).isEqualTo(Concepts.MM2);
        assertThat(roi.values().get(1)).isEqualTo(new NumericValue(Concepts.MEAN, 40, Concepts.HOUNSFIELD));
        org.lumen.dicom.sr.Measurement uncalibrated = MeasurementConversion.toReport(
                new Measurement.Length(new ImagePoint(0, 0), new ImagePoint(3, 4)), "L", IMAGE, Optional.empty(), Calibration.NONE);
        assertThat(uncalibrated.values()).containsExactly(new NumericValue(Concepts.LENGTH, 5, Concepts.PIXEL));
    }

    @Test
    void anObliqueEllipseFromAnotherSystemIsNotDrawn() {
        org.lumen.dicom.sr.Measurement oblique = new org.lumen.dicom.sr.Measurement("2.25.9", "x", IMAGE, GraphicType.ELLIPSE,
                List.of(new org.lumen.dicom.sr.ImagePoint(0, 0), new org.lumen.dicom.sr.ImagePoint(10, 10),
                        new org.lumen.dicom.sr.ImagePoint(0, 10), new org.lumen.dicom.sr.ImagePoint(10, 0)), List.of());
        assertThat(MeasurementConversion.fromReport(oblique)).isEmpty();
    }
}
