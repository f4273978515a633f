package org.lumen.rendering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WindowLevelTest {
    @Test
    void followsTheLinearFunctionOfPs33() {
        WindowLevel w = new WindowLevel(40, 400);
        // lower edge c - 0.5 - (w-1)/2 = -160, upper edge c - 0.5 + (w-1)/2 = 239
        assertThat(w.apply(-160)).isZero();
        assertThat(w.apply(-159.5)).isCloseTo(((-159.5 - 39.5) / 399 + 0.5) * 255, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(w.apply(239)).isCloseTo(255, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(w.apply(239.01)).isEqualTo(255);
        assertThat(w.grey(39.5, false)).isEqualTo(128); // the middle: 127.5 rounds up
        // INVERSE applies before rounding (dicom-core GreyscalePipeline): 255 - 127.5 = 127.5 rounds up
        assertThat(w.grey(39.5, true)).isEqualTo(128);
        assertThat(w.grey(40, true)).isEqualTo(255 - w.grey(40, false));
    }

    @Test
    void width256CentredAt128IsTheIdentityOnGreyLevels() {
        WindowLevel w = new WindowLevel(128, 256);
        for (int x = 0; x <= 255; x++) {
            assertThat(w.grey(x, false)).isEqualTo(x);
        }
    }

    @Test
    void widthOneIsAThreshold() {
        WindowLevel w = new WindowLevel(100, 1);
        assertThat(w.grey(99.5, false)).isZero();
        assertThat(w.grey(99.51, false)).isEqualTo(255);
        assertThatThrownBy(() -> new WindowLevel(0, 0.5)).hasMessageContaining("width");
    }
}
