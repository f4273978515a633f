package org.lumen.viewer.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GridLayoutTest {
    @Test
    void standardLayouts() {
        assertThat(GridLayout.STANDARD).extracting(GridLayout::toString).containsExactly("1x1", "1x2", "2x1", "2x2", "3x3");
        assertThat(new GridLayout(2, 3).cells()).isEqualTo(6);
    }

    @Test
    void parsesCustomLayouts() {
        assertThat(GridLayout.parse(" 2 x 3 ")).contains(new GridLayout(2, 3));
        assertThat(GridLayout.parse("4X1")).contains(new GridLayout(4, 1));
        assertThat(GridLayout.parse("2\u00D72")).contains(new GridLayout(2, 2));
        assertThat(GridLayout.parse("0x2")).isEmpty();
        assertThat(GridLayout.parse("7x1")).isEmpty();
        assertThat(GridLayout.parse("99999999999x1")).isEmpty();
        assertThat(GridLayout.parse("two by two")).isEmpty();
        assertThatThrownBy(() -> new GridLayout(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
