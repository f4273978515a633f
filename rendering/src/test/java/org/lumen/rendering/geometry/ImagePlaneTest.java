package org.lumen.rendering.geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ImagePlaneTest {
    private static final double EPS = 1e-9;

    @Test
    void pixelSpacingFirstValueIsTheDistanceBetweenRows() {
        // axial, rows 0.5 mm apart (along +y), columns 0.8 mm apart (along +x)
        ImagePlane plane = ImagePlane.fromDicom(new double[] {-100, -50, 20}, new double[] {1, 0, 0, 0, 1, 0}, new double[] {0.5, 0.8});
        assertThat(plane.toPatient(10, 0).closeTo(new Vec3(-92, -50, 20), EPS)).isTrue();
        assertThat(plane.toPatient(0, 10).closeTo(new Vec3(-100, -45, 20), EPS)).isTrue();
        assertThat(plane.toPatient(3, 4).closeTo(new Vec3(-97.6, -48, 20), EPS)).isTrue();
    }

    @Test
    void toPixelInvertsToPatientAndGivesTheOffsetAlongTheNormal() {
        double c = Math.cos(0.3);
        double s = Math.sin(0.3);
        ImagePlane plane = ImagePlane.fromDicom(new double[] {12, -7, 33}, new double[] {c, s, 0, 0, 0, -1}, new double[] {0.7, 0.6});
        Vec3 p = plane.toPatient(17.25, 3.5).plusScaled(plane.normal(), 4.0);
        ImagePlane.PlanePoint back = plane.toPixel(p);
        assertThat(back.column()).isCloseTo(17.25, org.assertj.core.data.Offset.offset(EPS));
        assertThat(back.row()).isCloseTo(3.5, org.assertj.core.data.Offset.offset(EPS));
        assertThat(back.offsetMm()).isCloseTo(4.0, org.assertj.core.data.Offset.offset(EPS));
    }

    @Test
    void normalsOfTheStandardOrientations() {
        assertThat(plane(1, 0, 0, 0, 1, 0).normal().closeTo(new Vec3(0, 0, 1), EPS)).isTrue();   // axial: towards head
        assertThat(plane(1, 0, 0, 0, 0, -1).normal().closeTo(new Vec3(0, 1, 0), EPS)).isTrue();  // coronal: towards posterior
        assertThat(plane(0, 1, 0, 0, 0, -1).normal().closeTo(new Vec3(-1, 0, 0), EPS)).isTrue(); // sagittal: towards right
    }

    @Test
    void rejectsBadCosinesAndSpacings() {
        assertThatThrownBy(() -> plane(1, 0, 0, 1, 0, 0)).hasMessageContaining("perpendicular");
        assertThatThrownBy(() -> plane(2, 0, 0, 0, 1, 0)).hasMessageContaining("unit");
        assertThatThrownBy(() -> ImagePlane.fromDicom(new double[3], new double[] {1, 0, 0, 0, 1, 0}, new double[] {0, 1}))
                .hasMessageContaining("spacing");
        assertThatThrownBy(() -> ImagePlane.fromDicom(new double[2], new double[6], new double[2])).hasMessageContaining("need 3");
    }

    @Test
    void slightlyNonUnitCosinesFromTextAreNormalized() {
        ImagePlane plane = plane(0.99999, 0, 0, 0, 1.00001, 0);
        assertThat(plane.rowDirection().length()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-15));
    }

    private static ImagePlane plane(double... iop) {
        return ImagePlane.fromDicom(new double[] {0, 0, 0}, iop, new double[] {1, 1});
    }
}
