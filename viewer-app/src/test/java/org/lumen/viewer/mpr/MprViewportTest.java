package org.lumen.viewer.mpr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.lumen.rendering.geometry.OrientationLabels;
import org.lumen.rendering.geometry.Vec3;

class MprViewportTest {
    private static final Vec3 CENTRE = new Vec3(5, 6, 7);

    private static MprViewport view(MprState s, MprPlane p, double scale) {
        return MprViewport.of(s, p, new MprFraming(CENTRE.plus(new Vec3(3, 4, 5)), 0.8), 401, 300, scale);
    }

    @Test
    void screenAndPatientPointsMapBothWaysAndMatchTheRendererPixelCentres() {
        MprState s = MprState.initial(CENTRE).rotated(MprPlane.CORONAL, 0.3);
        for (double scale : new double[] {1, 1.5, 2}) {
            MprViewport v = view(s, MprPlane.SAGITTAL, scale);
            Vec3 p = v.toPatient(123.25, 77.5);
            double[] back = v.toScreen(p);
            assertThat(back[0]).isCloseTo(123.25, within(1e-9));
            assertThat(back[1]).isCloseTo(77.5, within(1e-9));
            Vec3 pixel = v.plane().pixelCenter(v.width(), v.height(), 10, 20);
            assertThat(v.toPatient(10.5 / scale, 20.5 / scale).closeTo(pixel, 1e-9)).isTrue();
            assertThat(v.mmPerScreenPixel()).isCloseTo(0.8, within(1e-12));
        }
    }

    @Test
    void theViewsPlanePassesThroughTheCrosshairCentre() {
        MprState s = MprState.initial(CENTRE).rotated(MprPlane.AXIAL, 0.7).rotated(MprPlane.SAGITTAL, -0.2).scrolled(MprPlane.AXIAL, 4);
        for (MprPlane p : MprPlane.values()) {
            MprViewport v = view(s, p, 1);
            assertThat(s.centre().minus(v.plane().center()).dot(s.normal(p))).isCloseTo(0, within(1e-9));
            assertThat(v.plane().normal().closeTo(s.normal(p), 1e-12)).isTrue();
        }
    }

    @Test
    void orientationLabelsFollowObliquePlanes() {
        MprState s = MprState.initial(CENTRE);
        assertThat(view(s, MprPlane.AXIAL, 1).labels()).isEqualTo(new OrientationLabels.EdgeLabels("R", "L", "A", "P"));
        assertThat(view(s, MprPlane.CORONAL, 1).labels()).isEqualTo(new OrientationLabels.EdgeLabels("R", "L", "H", "F"));
        assertThat(view(s, MprPlane.SAGITTAL, 1).labels()).isEqualTo(new OrientationLabels.EdgeLabels("A", "P", "H", "F"));
        MprState turned = s.rotated(MprPlane.AXIAL, Math.toRadians(30));
        // coronal's right turned 30 degrees from the patient's left towards posterior
        assertThat(view(turned, MprPlane.CORONAL, 1).labels()).isEqualTo(new OrientationLabels.EdgeLabels("RA", "LP", "H", "F"));
        assertThat(view(turned, MprPlane.AXIAL, 1).labels()).isEqualTo(new OrientationLabels.EdgeLabels("R", "L", "A", "P"));
    }

    @Test
    void crosshairLinesTurnOnScreenWithTheRotation() {
        MprState s = MprState.initial(CENTRE);
        MprViewport axial = view(s, MprPlane.AXIAL, 1);
        MprViewport.CrossLine coronal = axial.line(s, MprPlane.CORONAL);
        assertThat(Math.abs(coronal.dx())).isCloseTo(1, within(1e-12));
        double[] c = axial.toScreen(CENTRE);
        assertThat(coronal.x()).isCloseTo(c[0], within(1e-12));
        MprState turned = s.rotated(MprPlane.AXIAL, 0.25);
        MprViewport.CrossLine after = view(turned, MprPlane.AXIAL, 1).line(turned, MprPlane.CORONAL);
        double before = Math.atan2(coronal.dy(), coronal.dx());
        double angle = Math.atan2(after.dy(), after.dx());
        assertThat(Math.IEEEremainder(angle - before, Math.PI)).isCloseTo(0.25, within(1e-12));
        MprState slab = s.withSlab(MprPlane.CORONAL, new Slab(org.lumen.rendering.SlabMode.MIP, 8));
        assertThat(view(slab, MprPlane.AXIAL, 1).line(slab, MprPlane.CORONAL).slabHalfPx()).isCloseTo(5, within(1e-12));
    }

    @Test
    void handlesRotateLinesMoveAndElsewhereNothingIsGrabbed() {
        MprState s = MprState.initial(CENTRE);
        MprViewport v = MprViewport.of(s, MprPlane.AXIAL, new MprFraming(CENTRE, 1), 400, 400, 1);
        double[] c = v.toScreen(CENTRE);
        double h = v.handleDistance();
        assertThat(h).isCloseTo(120, within(1e-12));
        // the coronal line is horizontal, the sagittal vertical
        assertThat(v.grab(s, c[0] + h + 2, c[1] + 3)).contains(new MprViewport.Grab(MprViewport.Grab.Kind.ROTATE, MprPlane.CORONAL));
        assertThat(v.grab(s, c[0] - 2, c[1] - h)).contains(new MprViewport.Grab(MprViewport.Grab.Kind.ROTATE, MprPlane.SAGITTAL));
        assertThat(v.grab(s, c[0] + 60, c[1] + 4)).contains(new MprViewport.Grab(MprViewport.Grab.Kind.MOVE_PLANE, MprPlane.CORONAL));
        assertThat(v.grab(s, c[0] + 60, c[1] + 40)).isEmpty();
    }
}
