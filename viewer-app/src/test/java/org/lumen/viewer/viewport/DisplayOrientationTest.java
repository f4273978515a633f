package org.lumen.viewer.viewport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.lumen.rendering.geometry.OrientationLabels.EdgeLabels;
import org.lumen.rendering.geometry.Vec3;

class DisplayOrientationTest {
    private static final Vec3 ROW = new Vec3(1, 0, 0); // axial: rows run to the patient's left
    private static final Vec3 COLUMN = new Vec3(0, 1, 0); // columns run posterior

    private static EdgeLabels labels(DisplayOrientation o) {
        return o.edgeLabels(ROW, COLUMN);
    }

    @Test
    void axialAsStored() {
        assertThat(labels(DisplayOrientation.IDENTITY)).isEqualTo(new EdgeLabels("R", "L", "A", "P"));
    }

    @Test
    void clockwiseTurnMovesTheTopToTheRight() {
        DisplayOrientation turned = DisplayOrientation.IDENTITY.rotatedClockwise();
        assertThat(labels(turned)).isEqualTo(new EdgeLabels("P", "A", "R", "L"));
        assertThat(turned.swapsAxes()).isTrue();
        assertThat(labels(DisplayOrientation.IDENTITY.rotatedCounterClockwise())).isEqualTo(new EdgeLabels("A", "P", "L", "R"));
    }

    @Test
    void flipsMirrorTheScreenEvenAfterATurn() {
        assertThat(labels(DisplayOrientation.IDENTITY.flippedHorizontally())).isEqualTo(new EdgeLabels("L", "R", "A", "P"));
        assertThat(labels(DisplayOrientation.IDENTITY.flippedVertically())).isEqualTo(new EdgeLabels("R", "L", "P", "A"));
        // Turned (P left, A right), then flipped on screen: A left, P right, top and bottom kept.
        assertThat(labels(DisplayOrientation.IDENTITY.rotatedClockwise().flippedHorizontally()))
                .isEqualTo(new EdgeLabels("A", "P", "R", "L"));
    }

    @Test
    void fourTurnsOrTwoFlipsAreTheIdentity() {
        DisplayOrientation o = DisplayOrientation.IDENTITY;
        for (int i = 0; i < 4; i++) {
            o = o.rotatedClockwise();
        }
        assertThat(o).isEqualTo(DisplayOrientation.IDENTITY);
        assertThat(DisplayOrientation.IDENTITY.flippedVertically().flippedVertically()).isEqualTo(DisplayOrientation.IDENTITY);
        assertThat(DisplayOrientation.IDENTITY.rotatedClockwise().rotatedCounterClockwise()).isEqualTo(DisplayOrientation.IDENTITY);
        // Both flips are a half turn.
        assertThat(DisplayOrientation.IDENTITY.flippedHorizontally().flippedVertically())
                .isEqualTo(DisplayOrientation.IDENTITY.rotatedClockwise().rotatedClockwise());
    }

    @Test
    void rejectsMatricesThatAreNoTurnOrFlip() {
        assertThatThrownBy(() -> new DisplayOrientation(1, 1, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
