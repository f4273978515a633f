package org.lumen.viewer.viewport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ScaleBarTest {
    @Test
    void picksTheLongestRoundLengthThatFits() {
        ScaleBar bar = ScaleBar.fitting(0.125, 200); // 25 mm available
        assertThat(bar.length()).isEqualTo(20);
        assertThat(bar.pixels()).isEqualTo(160);
        assertThat(ScaleBar.fitting(1, 120).length()).isEqualTo(100);
        assertThat(ScaleBar.fitting(1, 60).length()).isEqualTo(50);
        assertThat(ScaleBar.fitting(0.01, 40).length()).isCloseTo(0.2, within(1e-12));
    }
}
