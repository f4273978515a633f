package org.lumen.viewer.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class SliceOrderTest {
    @Test
    void focusThenNeighboursAheadThenBehindThenBisection() {
        int[] order = SliceOrder.of(17, 5, 1, 3, 1);
        assertThat(Arrays.copyOf(order, 5)).containsExactly(5, 6, 7, 8, 4);
        // then both ends, the middle, the quarters
        assertThat(Arrays.copyOfRange(order, 5, 10)).containsExactly(0, 16, 12, 2, 10);
        assertThat(order).hasSize(17).doesNotHaveDuplicates();
    }

    @Test
    void scrollingDownFetchesLowerNeighboursFirst() {
        int[] order = SliceOrder.of(10, 5, -1, 2, 1);
        assertThat(Arrays.copyOf(order, 4)).containsExactly(5, 4, 3, 6);
    }

    @Test
    void neighboursStopAtTheEnds() {
        int[] order = SliceOrder.of(4, 3, 1, 5, 1);
        assertThat(order).containsExactly(3, 2, 0, 1);
    }

    @Test
    void bisectionSpreadsEarlySlicesEvenly() {
        int[] order = SliceOrder.of(200, 0, 1, 0, 0);
        // after 9 slices the largest gap is at most a quarter of the series... and after 17 an eighth
        assertThat(largestGap(Arrays.copyOf(order, 9), 200)).isLessThanOrEqualTo(200 / 8 + 1);
        assertThat(largestGap(Arrays.copyOf(order, 17), 200)).isLessThanOrEqualTo(200 / 16 + 1);
        assertThat(order).hasSize(200).doesNotHaveDuplicates();
    }

    @Test
    void everySliceOnceForAnySize() {
        for (int n = 1; n < 70; n++) {
            for (int f = 0; f < n; f += 3) {
                int[] order = SliceOrder.of(n, f, f % 2 == 0 ? 1 : -1, 4, 2);
                assertThat(Arrays.stream(order).sorted().toArray()).isEqualTo(java.util.stream.IntStream.range(0, n).toArray());
            }
        }
    }

    @Test
    void focusOutsideTheSeriesIsRefused() {
        assertThatThrownBy(() -> SliceOrder.of(10, 10, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static int largestGap(int[] taken, int count) {
        int[] sorted = taken.clone();
        Arrays.sort(sorted);
        int gap = sorted[0];
        for (int i = 1; i < sorted.length; i++) {
            gap = Math.max(gap, sorted[i] - sorted[i - 1]);
        }
        return Math.max(gap, count - 1 - sorted[sorted.length - 1]);
    }
}
