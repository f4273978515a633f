package org.lumen.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WindowPresetTest {
    @Test
    void lungWindowShowsAirBlackAndBoneWhite() {
        WindowLevel lung = WindowPreset.LUNG.window();
        assertThat(lung.grey(-1000, false)).isEqualTo(60); // ((-1000 + 600.5) / 1499 + 0.5) * 255 = 59.54
        assertThat(lung.grey(-1350, false)).isZero();
        assertThat(lung.grey(150, false)).isEqualTo(255);
        assertThat(WindowPreset.BRAIN.window().grey(40, false)).isEqualTo(129); // (0.5 / 79 + 0.5) * 255 = 129.11
    }

    @Test
    void presetsAreFoundByNameAndKey() {
        assertThat(WindowPreset.named("lung")).contains(WindowPreset.LUNG);
        assertThat(WindowPreset.named(" Mediastinum ")).contains(WindowPreset.MEDIASTINUM);
        assertThat(WindowPreset.named("liver ")).contains(WindowPreset.LIVER);
        assertThat(WindowPreset.named("kidney")).isEmpty();
        assertThat(WindowPreset.forKey(1)).contains(WindowPreset.LUNG);
        assertThat(WindowPreset.forKey(4)).contains(WindowPreset.BONE);
        assertThat(WindowPreset.forKey(0)).isEmpty();
        assertThat(WindowPreset.forKey(WindowPreset.values().length + 1)).isEmpty();
    }
}
