package org.lumen.dicom.lut;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.lumen.dicom.DicomFormatException;

class SegmentedPaletteTest {

    @Test
    void discreteThenLinearSegments() throws DicomFormatException {
        int[] words = {0, 3, 10, 20, 30, 1, 2, 50};
        assertThat(SegmentedPalette.expand(words, 5, 2)).containsExactly(10, 20, 30, 40, 50);
    }

    @Test
    void linearSegmentRoundsHalfUp() throws DicomFormatException {
        assertThat(SegmentedPalette.expand(new int[] {0, 1, 0, 1, 2, 5}, 3, 2)).containsExactly(0, 3, 5);
        assertThat(SegmentedPalette.expand(new int[] {0, 1, 9, 1, 3, 0}, 4, 2)).containsExactly(9, 6, 3, 0);
    }

    @Test
    void indirectSegmentCopiesEarlierSegmentsByByteOffset() throws DicomFormatException {
        // segments: discrete at word 0, linear at word 4 (byte 8), indirect at word 7
        int[] fromStart = {0, 2, 5, 6, 1, 2, 10, 2, 1, 0, 0};
        assertThat(SegmentedPalette.expand(fromStart, 6, 2)).containsExactly(5, 6, 8, 10, 5, 6);
        int[] toLinear = {0, 2, 5, 6, 1, 2, 10, 2, 1, 8, 0};
        assertThat(SegmentedPalette.expand(toLinear, 6, 2)).containsExactly(5, 6, 8, 10, 10, 10);
        int[] eightBit = {0, 2, 5, 6, 1, 2, 10, 2, 1, 4, 0};
        assertThat(SegmentedPalette.expand(eightBit, 6, 1)).containsExactly(5, 6, 8, 10, 10, 10);
    }

    @Test
    void malformedSegmentsAreRefused() {
        assertThatThrownBy(() -> SegmentedPalette.expand(new int[] {0, 2, 5, 6, 2, 1, 8, 0}, 4, 2))
                .isInstanceOf(DicomFormatException.class).hasMessageContaining("not to an earlier segment");
        assertThatThrownBy(() -> SegmentedPalette.expand(new int[] {3, 1, 0}, 1, 2)).hasMessageContaining("opcode 3");
        assertThatThrownBy(() -> SegmentedPalette.expand(new int[] {1, 2, 5}, 2, 2)).hasMessageContaining("cannot come first");
        assertThatThrownBy(() -> SegmentedPalette.expand(new int[] {0, 5, 1, 2}, 5, 2)).hasMessageContaining("past the data");
        assertThatThrownBy(() -> SegmentedPalette.expand(new int[] {0, 2, 1, 2}, 3, 2)).hasMessageContaining("expands to 2");
        assertThatThrownBy(() -> SegmentedPalette.expand(new int[] {0, 3, 1, 2, 3}, 2, 2)).hasMessageContaining("past 2 entries");
    }

    @Test
    void nestedIndirectSegmentsCannotExpandWithoutBound() {
        // a discrete entry, an empty discrete segment at word 3 (byte 6), then indirect segment k copying
        // the empty segment and the k - 1 indirect segments before it: the work doubles with each one
        int n = 40;
        int[] words = new int[5 + 4 * n];
        words[0] = 0;
        words[1] = 1;
        words[2] = 7;
        for (int k = 1; k <= n; k++) {
            int at = 5 + 4 * (k - 1);
            words[at] = 2;
            words[at + 1] = k;
            words[at + 2] = 6;
        }
        assertThatThrownBy(() -> SegmentedPalette.expand(words, 10, 2)).isInstanceOf(DicomFormatException.class)
                .hasMessageContaining("more than");
    }
}
