package org.lumen.viewer.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;
import org.lumen.dicom.VR;

class CalibrationTest {
    @Test
    void pixelSpacingIsCalibratedRowSpacingFirst() {
        DataSet ds = new DataSet().setDouble(Tag.PixelSpacing, VR.DS, 0.7, 0.5);
        Calibration c = Calibration.of(ds);
        assertThat(c).isEqualTo(new Calibration(0.7, 0.5, Calibration.Kind.CALIBRATED));
        assertThat(c.formatLength(12.34)).isEqualTo("12.3 mm");
    }

    @Test
    void imagerPixelSpacingAloneIsEstimatedAndCorrectedByMagnification() {
        DataSet ds = new DataSet().setDouble(Tag.ImagerPixelSpacing, VR.DS, 0.2, 0.2)
                .setDouble(Calibration.ESTIMATED_MAGNIFICATION, VR.DS, 1.25);
        Calibration c = Calibration.of(ds);
        assertThat(c.kind()).isEqualTo(Calibration.Kind.ESTIMATED);
        assertThat(c.rowSpacingMm()).isCloseTo(0.16, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(c.formatLength(10)).isEqualTo("10.0 mm (estimated)");
    }

    @Test
    void pixelSpacingRepeatingImagerSpacingIsEstimatedUnlessACalibrationTypeIsGiven() {
        DataSet ds = new DataSet().setDouble(Tag.ImagerPixelSpacing, VR.DS, 0.2, 0.2).setDouble(Tag.PixelSpacing, VR.DS, 0.2, 0.2);
        assertThat(Calibration.of(ds).kind()).isEqualTo(Calibration.Kind.ESTIMATED);
        ds.setString(Calibration.PIXEL_SPACING_CALIBRATION_TYPE, VR.CS, "GEOMETRY");
        assertThat(Calibration.of(ds).kind()).isEqualTo(Calibration.Kind.CALIBRATED);
    }

    @Test
    void noSpacingMeansPixelsWithANotice() {
        Calibration c = Calibration.of(new DataSet().setDouble(Tag.PixelSpacing, VR.DS, 0, 0.5));
        assertThat(c).isEqualTo(Calibration.NONE);
        assertThat(c.formatLength(3)).isEqualTo("3.0 px (no pixel spacing)");
        assertThat(c.formatArea(4)).isEqualTo("4.0 px\u00B2 (no pixel spacing)");
    }

    @Test
    void rejectsNonPositiveSpacing() {
        assertThatThrownBy(() -> new Calibration(0, 1, Calibration.Kind.CALIBRATED)).isInstanceOf(IllegalArgumentException.class);
    }
}
