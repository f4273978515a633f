package org.lumen.viewer.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PluralTest {
    @Test
    void oneTakesTheSingularEveryOtherCountThePlural() {
        assertThat(Plural.of(1, "slice is", "slices are")).isEqualTo("1 slice is");
        assertThat(Plural.of(0, "slice is", "slices are")).isEqualTo("0 slices are");
        assertThat(Plural.of(2, "slice", "slices")).isEqualTo("2 slices");
        assertThat(Plural.of(-1, "slice", "slices")).isEqualTo("-1 slices");
    }
}
