package org.lumen.viewer.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MeasurementResultTest {
    private static final Calibration ANISOTROPIC = new Calibration(0.5, 0.25, Calibration.Kind.CALIBRATED);

    /** A 20 x 10 image whose value is 10 * column + row. */
    private static ModalityPixels ramp() {
        double[] v = new double[200];
        for (int j = 0; j < 10; j++) {
            for (int i = 0; i < 20; i++) {
                v[j * 20 + i] = 10 * i + j;
            }
        }
        return new ModalityPixels(20, 10, v, "HU");
    }

    @Test
    void lengthUsesColumnSpacingAlongRowsAndRowSpacingDownColumns() {
        ImagePoint a = new ImagePoint(1, 1);
        assertThat(MeasurementResult.length(a, new ImagePoint(9, 1), ANISOTROPIC)).isCloseTo(2.0, within(1e-12));
        assertThat(MeasurementResult.length(a, new ImagePoint(1, 9), ANISOTROPIC)).isCloseTo(4.0, within(1e-12));
        assertThat(MeasurementResult.length(a, new ImagePoint(4, 5), Calibration.NONE)).isCloseTo(5.0, within(1e-12));
    }

    @Test
    void angleIsMeasuredInPhysicalSpace() {
        // 4 px right (1 mm) and 2 px down (1 mm): 45 degrees in mm, although not in pixels.
        double degrees = MeasurementResult.angleDegrees(new ImagePoint(4, 0), new ImagePoint(0, 0), new ImagePoint(4, 2), ANISOTROPIC);
        assertThat(degrees).isCloseTo(45, within(1e-9));
        assertThat(MeasurementResult.angleDegrees(new ImagePoint(1.5, 0.5), ImagePoint.pixelCenter(0, 0), new ImagePoint(0.5, 7), Calibration.NONE))
                .isCloseTo(90, within(1e-9));
        assertThat(MeasurementResult.angleDegrees(new ImagePoint(1, 1), new ImagePoint(1, 1), new ImagePoint(2, 2), Calibration.NONE)).isNaN();
    }

    @Test
    void rectangleCountsPixelsWhoseCentresLieInside() {
        // Columns 2..4, rows 1..2: values 10*i + j.
        Measurement.Roi roi = new Measurement.Roi(Measurement.Roi.Shape.RECTANGLE, new ImagePoint(5, 3), new ImagePoint(2, 1));
        RoiStatistics s = RoiStatistics.of(roi, ramp(), ANISOTROPIC);
        assertThat(s.count()).isEqualTo(6);
        assertThat(s.mean()).isCloseTo(31.5, within(1e-12));
        assertThat(s.min()).isEqualTo(21);
        assertThat(s.max()).isEqualTo(42);
        double expectedSd = Math.sqrt((2 * (100.0 + 0 + 100) + 6 * 0.25) / 6);
        assertThat(s.sd()).isCloseTo(expectedSd, within(1e-12));
        assertThat(s.area()).isCloseTo(3 * 0.25 * 2 * 0.5, within(1e-12));
    }

    @Test
    void ellipseOfAConstantRegionHasThatMeanNoSpreadAndTheEllipseArea() {
        double[] v = new double[100 * 100];
        java.util.Arrays.fill(v, 40);
        ModalityPixels flat = new ModalityPixels(100, 100, v, "HU");
        Measurement.Roi roi = new Measurement.Roi(Measurement.Roi.Shape.ELLIPSE, new ImagePoint(10, 20), new ImagePoint(90, 60));
        RoiStatistics s = RoiStatistics.of(roi, flat, new Calibration(0.5, 0.5, Calibration.Kind.CALIBRATED));
        assertThat(s.mean()).isEqualTo(40);
        assertThat(s.sd()).isEqualTo(0);
        assertThat(s.area()).isCloseTo(Math.PI * 20 * 10, within(1e-9));
        // Pixel count approximates the ellipse's area in pixels.
        assertThat((double) s.count()).isCloseTo(Math.PI * 40 * 20, within(40.0));
        assertThat(MeasurementResult.describe(roi, flat, new Calibration(0.5, 0.5, Calibration.Kind.CALIBRATED)))
                .containsExactly("mean 40.0  SD 0.0 HU", "min 40  max 40 HU", "area 628.3 mm\u00B2");
    }

    @Test
    void regionOutsideTheImageHasNoPixels() {
        Measurement.Roi roi = new Measurement.Roi(Measurement.Roi.Shape.RECTANGLE, new ImagePoint(30, 30), new ImagePoint(40, 40));
        RoiStatistics s = RoiStatistics.of(roi, ramp(), Calibration.NONE);
        assertThat(s.count()).isZero();
        assertThat(s.mean()).isNaN();
    }

    @Test
    void probeReadsThePixelUnderThePoint() {
        assertThat(MeasurementResult.probe(new ImagePoint(3.9, 2.1), ramp())).contains(32.0);
        assertThat(MeasurementResult.probe(new ImagePoint(-0.1, 2), ramp())).isEmpty();
        assertThat(MeasurementResult.describe(new Measurement.Probe(new ImagePoint(3.5, 2.5)), ramp(), Calibration.NONE))
                .containsExactly("32.0 HU");
    }

    @Test
    void handlesMoveOneAtATime() {
        Measurement.Angle a = new Measurement.Angle(new ImagePoint(0, 0), new ImagePoint(1, 1), new ImagePoint(2, 0));
        Measurement moved = a.withHandle(1, new ImagePoint(5, 5));
        assertThat(moved.handles()).containsExactly(new ImagePoint(0, 0), new ImagePoint(5, 5), new ImagePoint(2, 0));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> a.withHandle(3, new ImagePoint(0, 0)))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }
}
