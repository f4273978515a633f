package org.lumen.rendering.geometry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrientationLabelsTest {

    @ParameterizedTest
    @CsvSource({
            "1, 0, 0, L", "-1, 0, 0, R", "0, 1, 0, P", "0, -1, 0, A", "0, 0, 1, H", "0, 0, -1, F",
            // oblique: largest first, minor components at or above 0.25 shown
            "0.8, 0.5, 0.33, LPH", "-0.3, -0.9, 0.3, ARH", "0.2, 0, -0.98, F", "0.26, 0, -0.96, FL",
            "0.7071, 0.7071, 0, LP", "0, -0.6, 0.8, HA", "3, 0, 0, L"})
    void lettersForDirections(double x, double y, double z, String expected) {
        assertThat(OrientationLabels.of(new Vec3(x, y, z))).isEqualTo(expected);
    }

    @Test
    void axialViewedFromTheFeetShowsThePatientsRightOnTheScreensLeft() {
        OrientationLabels.EdgeLabels e = OrientationLabels.edges(Vec3.LEFT, Vec3.POSTERIOR);
        assertThat(e).isEqualTo(new OrientationLabels.EdgeLabels("R", "L", "A", "P"));
    }

    @Test
    void coronalViewedFromTheFrontHasTheHeadAtTheTop() {
        OrientationLabels.EdgeLabels e = OrientationLabels.edges(Vec3.LEFT, Vec3.HEAD.negated());
        assertThat(e).isEqualTo(new OrientationLabels.EdgeLabels("R", "L", "H", "F"));
    }

    @Test
    void sagittalViewedFromTheLeftHasAnteriorOnTheLeft() {
        OrientationLabels.EdgeLabels e = OrientationLabels.edges(Vec3.POSTERIOR, Vec3.HEAD.negated());
        assertThat(e).isEqualTo(new OrientationLabels.EdgeLabels("A", "P", "H", "F"));
    }

    @Test
    void obliqueAxialTiltedTowardsTheHeadShowsTheMinorLetterOnlyPastTheThreshold() {
        double small = Math.toRadians(10);
        OrientationLabels.EdgeLabels slight = OrientationLabels.edges(Vec3.LEFT, new Vec3(0, Math.cos(small), -Math.sin(small)));
        assertThat(slight).isEqualTo(new OrientationLabels.EdgeLabels("R", "L", "A", "P"));
        double big = Math.toRadians(30);
        OrientationLabels.EdgeLabels tilted = OrientationLabels.edges(Vec3.LEFT, new Vec3(0, Math.cos(big), -Math.sin(big)));
        assertThat(tilted).isEqualTo(new OrientationLabels.EdgeLabels("R", "L", "AH", "PF"));
    }

    @Test
    void rotatedPlaneGetsThreeLetterObliqueLabels() {
        Vec3 right = new Vec3(1, 1, 1).normalized().rotatedAbout(Vec3.HEAD, 0.2);
        String label = OrientationLabels.of(right);
        // (0.451, 0.680, 0.577): posterior most, then head, then left
        assertThat(label).isEqualTo("PHL");
        assertThat(OrientationLabels.of(right.negated())).isEqualTo("AFR");
    }
}
