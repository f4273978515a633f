package org.lumen.dicom.lut;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Exact values of the formulas of PS3.3 C.11.2.1.2.1, C.11.2.1.3.1 and C.11.2.1.3.2 (center 40, width 400). */
class WindowTransformTest {
    private static final WindowTransform LINEAR = new WindowTransform(40, 400, VoiFunction.LINEAR);
    private static final WindowTransform EXACT = new WindowTransform(40, 400, VoiFunction.LINEAR_EXACT);
    private static final WindowTransform SIGMOID = new WindowTransform(40, 400, VoiFunction.SIGMOID);

    @Test
    void linearUsesCenterMinusHalfAndWidthMinusOne() {
        // x <= c - 0.5 - (w-1)/2 = -160 -> ymin; x > c - 0.5 + (w-1)/2 = 239 -> ymax
        assertThat(LINEAR.apply(-160, 0, 255)).isEqualTo(0.0);
        assertThat(LINEAR.apply(-159, 0, 255)).isCloseTo(0.6390977443609023, within(1e-12));
        assertThat(LINEAR.apply(40, 0, 255)).isCloseTo(127.81954887218045, within(1e-12));
        assertThat(LINEAR.apply(239, 0, 255)).isCloseTo(255.0, within(1e-12));
        assertThat(LINEAR.apply(239.001, 0, 255)).isEqualTo(255.0);
        assertThat(LINEAR.apply(40, 10, 20)).isCloseTo(((40 - 39.5) / 399 + 0.5) * 10 + 10, within(1e-12));
    }

    @Test
    void linearWidthOneIsAThreshold() {
        WindowTransform threshold = new WindowTransform(100, 1, VoiFunction.LINEAR);
        assertThat(threshold.apply(99.5, 0, 255)).isEqualTo(0.0);
        assertThat(threshold.apply(99.6, 0, 255)).isEqualTo(255.0);
    }

    @Test
    void linearExactUsesCenterAndWidthAsGiven() {
        assertThat(EXACT.apply(-160, 0, 255)).isEqualTo(0.0);
        assertThat(EXACT.apply(0, 0, 255)).isCloseTo(102.0, within(1e-12));
        assertThat(EXACT.apply(40, 0, 255)).isCloseTo(127.5, within(1e-12));
        assertThat(EXACT.apply(240, 0, 255)).isCloseTo(255.0, within(1e-12));
        assertThat(EXACT.apply(240.5, 0, 255)).isEqualTo(255.0);
    }

    @Test
    void sigmoidFollowsTheLogisticFormula() {
        assertThat(SIGMOID.apply(40, 0, 255)).isCloseTo(127.5, within(1e-12));
        assertThat(SIGMOID.apply(140, 0, 255)).isCloseTo(186.41993755065124, within(1e-9));
        assertThat(SIGMOID.apply(-60, 0, 255)).isCloseTo(68.58006244934876, within(1e-9));
    }

    @Test
    void widthsTheFunctionsDoNotAllowAreRefused() {
        assertThatThrownBy(() -> new WindowTransform(0, 0.5, VoiFunction.LINEAR)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WindowTransform(0, 0, VoiFunction.SIGMOID)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new WindowTransform(0, 0.5, VoiFunction.LINEAR_EXACT).width()).isEqualTo(0.5);
        assertThat(VoiFunction.fromCode("sigmoid ")).contains(VoiFunction.SIGMOID);
        assertThat(VoiFunction.fromCode("CUBIC")).isEmpty();
    }
}
