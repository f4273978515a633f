package org.lumen.viewer.mpr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.lumen.rendering.SlabMode;
import org.lumen.rendering.SlicePlane;
import org.lumen.rendering.geometry.Vec3;
import org.lumen.rendering.geometry.VolumeGeometry;

class MprStateTest {
    private static final Vec3 CENTRE = new Vec3(10, -20, 30);

    @Test
    void initialPlanesAreTheStandardAxialCoronalAndSagittal() {
        MprState s = MprState.initial(CENTRE);
        assertPlane(s, MprPlane.AXIAL, SlicePlane.axial(CENTRE, 1));
        assertPlane(s, MprPlane.CORONAL, SlicePlane.coronal(CENTRE, 1));
        assertPlane(s, MprPlane.SAGITTAL, SlicePlane.sagittal(CENTRE, 1));
        assertThat(s.oblique()).isFalse();
    }

    private static void assertPlane(MprState s, MprPlane p, SlicePlane expected) {
        assertThat(s.right(p)).isEqualTo(expected.rowDirection());
        assertThat(s.down(p).closeTo(expected.columnDirection(), 1e-15)).as("%s down", p).isTrue();
        assertThat(s.normal(p).closeTo(expected.normal(), 1e-15)).as("%s normal", p).isTrue();
    }

    @Test
    void planesStayMutuallyPerpendicularAfterManyRotations() {
        Random random = new Random(20261204L);
        MprState s = MprState.initial(CENTRE);
        for (int n = 0; n < 20_000; n++) {
            MprPlane about = MprPlane.values()[random.nextInt(3)];
            s = s.rotated(about, (random.nextDouble() - 0.5) * 0.7);
            if (n % 7 == 0) {
                s = s.scrolled(MprPlane.values()[random.nextInt(3)], random.nextGaussian());
            }
        }
        for (MprPlane a : MprPlane.values()) {
            assertThat(s.normal(a).length()).isCloseTo(1, within(1e-9));
            assertThat(s.right(a).length()).isCloseTo(1, within(1e-9));
            assertThat(s.right(a).dot(s.normal(a))).isCloseTo(0, within(1e-9));
            for (MprPlane b : MprPlane.values()) {
                if (a != b) {
                    assertThat(s.normal(a).dot(s.normal(b))).as("%s . %s", a, b).isCloseTo(0, within(1e-9));
                }
            }
        }
        assertThat(s.xAxis().cross(s.yAxis()).dot(s.zAxis())).isCloseTo(1, within(1e-9));
        assertThat(s.oblique()).isTrue();
    }

    @Test
    void rotatingInAViewTurnsTheOtherPlanesAboutItsNormalAndLeavesItOnScreen() {
        MprState s = MprState.initial(CENTRE).rotated(MprPlane.AXIAL, Math.toRadians(30));
        assertThat(s.normal(MprPlane.AXIAL).closeTo(Vec3.HEAD, 1e-15)).isTrue();
        assertThat(s.right(MprPlane.AXIAL).closeTo(Vec3.LEFT, 1e-15)).isTrue();
        double c = Math.cos(Math.toRadians(30));
        double sn = Math.sin(Math.toRadians(30));
        // posterior turned 30 degrees towards the patient's right about the head-ward axis
        assertThat(s.normal(MprPlane.CORONAL).closeTo(new Vec3(-sn, c, 0), 1e-12)).isTrue();
        assertThat(s.right(MprPlane.CORONAL).closeTo(new Vec3(c, sn, 0), 1e-12)).isTrue();
        assertThat(s.down(MprPlane.CORONAL).closeTo(Vec3.HEAD.negated(), 1e-12)).isTrue();
        assertThat(s.obliquityDegrees(MprPlane.CORONAL)).isCloseTo(30, within(1e-9));
        assertThat(s.obliquityDegrees(MprPlane.SAGITTAL)).isCloseTo(30, within(1e-9));
        assertThat(s.obliquityDegrees(MprPlane.AXIAL)).isCloseTo(0, within(1e-9));
        assertThat(s.centre()).isEqualTo(CENTRE);
    }

    @Test
    void aRotationAndItsInverseGiveTheStartBack() {
        MprState start = MprState.initial(CENTRE).rotated(MprPlane.SAGITTAL, 0.4);
        MprState back = start.rotated(MprPlane.CORONAL, 1.1).rotated(MprPlane.CORONAL, -1.1);
        for (MprPlane p : MprPlane.values()) {
            assertThat(back.normal(p).closeTo(start.normal(p), 1e-12)).isTrue();
            assertThat(back.right(p).closeTo(start.right(p), 1e-12)).isTrue();
        }
    }

    @Test
    void scrollingMovesTheCentreAlongThePlaneNormalOnly() {
        MprState s = MprState.initial(CENTRE).rotated(MprPlane.AXIAL, 0.5).scrolled(MprPlane.CORONAL, 7);
        Vec3 moved = s.centre().minus(CENTRE);
        assertThat(moved.length()).isCloseTo(7, within(1e-12));
        assertThat(moved.dot(s.normal(MprPlane.AXIAL))).isCloseTo(0, within(1e-12));
        assertThat(moved.dot(s.normal(MprPlane.SAGITTAL))).isCloseTo(0, within(1e-12));
        assertThat(s.scrolled(MprPlane.CORONAL, -7).centre().closeTo(CENTRE, 1e-12)).isTrue();
    }

    @Test
    void scrollStepIsOneVoxelAlongTheFastestAxis() {
        VolumeGeometry g = new VolumeGeometry(Vec3.ZERO, Vec3.LEFT, Vec3.POSTERIOR, Vec3.HEAD, 0.7, 0.7, 2.5, 10, 10, 10);
        MprState s = MprState.initial(g);
        assertThat(s.scrollStepMm(MprPlane.AXIAL, g)).isCloseTo(2.5, within(1e-12));
        assertThat(s.scrollStepMm(MprPlane.CORONAL, g)).isCloseTo(0.7, within(1e-12));
        assertThat(s.scrollStepMm(MprPlane.SAGITTAL, g)).isCloseTo(0.7, within(1e-12));
    }

    @Test
    void slabsArePerViewAndValidated() {
        MprState s = MprState.initial(CENTRE).withSlab(MprPlane.CORONAL, new Slab(SlabMode.MIP, 12));
        assertThat(s.slab(MprPlane.CORONAL).text()).isEqualTo("MIP 12.0 mm");
        assertThat(s.slab(MprPlane.AXIAL)).isEqualTo(Slab.THIN);
        assertThatThrownBy(() -> new Slab(SlabMode.AVERAGE, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Slab(SlabMode.NONE, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MprState.initial(CENTRE).rotated(MprPlane.AXIAL, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
