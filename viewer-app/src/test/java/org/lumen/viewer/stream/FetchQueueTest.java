package org.lumen.viewer.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lumen.dicom.DataSet;

class FetchQueueTest {
    private static SeriesPlan singleFrames(String uid, int n) {
        List<SliceRef> slices = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            slices.add(new SliceRef(uid + ".i" + i, 1, new DataSet()));
        }
        return new SeriesPlan("1.2", uid, slices);
    }

    private static List<Integer> take(FetchQueue q, String seriesUid, int n) {
        List<Integer> got = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            FetchQueue.Batch b = q.next().orElseThrow();
            assertThat(b.series().seriesUid()).isEqualTo(seriesUid);
            for (int s : b.slices()) {
                got.add(s);
            }
        }
        return got;
    }

    @Test
    void focusedSliceComesFirstThenItsNeighboursInTheScrollDirection() {
        FetchQueue q = new FetchQueue(3, 1, 16);
        q.add(singleFrames("A", 20), Tier.CURRENT);
        q.focus("A", 10, 1);
        assertThat(take(q, "A", 5)).containsExactly(10, 11, 12, 13, 9);
    }

    @Test
    void refocusChangesWhatComesNextAndSkipsWhatIsInFlight() {
        FetchQueue q = new FetchQueue(2, 0, 16);
        q.add(singleFrames("A", 20), Tier.CURRENT);
        q.focus("A", 10, 1);
        assertThat(take(q, "A", 2)).containsExactly(10, 11);
        q.focus("A", 11, -1); // scrolled back: 11 already claimed
        assertThat(take(q, "A", 2)).containsExactly(9, 0); // its neighbour below, then the bisection order
    }

    @Test
    void otherSeriesWaitForTheFocusedOneByTier() {
        FetchQueue q = new FetchQueue(0, 0, 16);
        q.add(singleFrames("P", 2), Tier.PRIOR);
        q.add(singleFrames("N", 2), Tier.NEXT);
        q.add(singleFrames("A", 3), Tier.CURRENT);
        q.focus("A", 0, 1);
        List<String> order = new ArrayList<>();
        for (FetchQueue.Batch b; (b = q.next().orElse(null)) != null; ) {
            order.add(b.series().seriesUid());
        }
        assertThat(order).containsExactly("A", "A", "A", "N", "N", "P", "P");
        assertThat(q.remaining()).isEqualTo(7);
    }

    @Test
    void framesOfOneMultiFrameInstanceGoInOneRequest() {
        List<SliceRef> slices = new ArrayList<>();
        for (int f = 1; f <= 40; f++) {
            slices.add(new SliceRef("1.9.1", f, new DataSet()));
        }
        FetchQueue q = new FetchQueue(4, 0, 16);
        q.add(new SeriesPlan("1.2", "M", slices), Tier.CURRENT);
        q.focus("M", 20, 1);
        FetchQueue.Batch first = q.next().orElseThrow();
        assertThat(first.frames()).hasSize(16).startsWith(21, 22, 23, 24, 25);
        int total = first.frames().length;
        for (FetchQueue.Batch b; (b = q.next().orElse(null)) != null; ) {
            total += b.frames().length;
        }
        assertThat(total).isEqualTo(40);
    }

    @Test
    void aReleasedSliceIsHandedOutAgainAndADoneOneIsNot() {
        FetchQueue q = new FetchQueue(0, 0, 1);
        q.add(singleFrames("A", 3), Tier.CURRENT);
        q.focus("A", 1, 1);
        FetchQueue.Batch b = q.next().orElseThrow();
        q.release("A", b.slices()[0]);
        assertThat(q.next().orElseThrow().slices()).containsExactly(1);
        q.done("A", 1);
        assertThat(q.remaining()).isEqualTo(2);
        assertThat(take(q, "A", 2)).containsExactly(0, 2);
        assertThat(q.next()).isEmpty();
    }
}
