package org.lumen.viewer.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;

class StreamedSeriesTest {
    private final SeriesPlan plan = StreamFixtures.plan(5);
    private final StreamedSeries series = new StreamedSeries(plan);

    private void arrive(int slice, boolean lossy) throws IOException {
        StreamedFrame f = StreamFixtures.frame(plan, slice, lossy);
        series.sliceReady(f, StreamFixtures.decoded(f));
    }

    @Test
    void aMissingSliceShowsNoImageAndSaysSo() {
        SliceView v = series.view(2);
        assertThat(v.state()).isEqualTo(SliceState.MISSING);
        assertThat(v.frame()).isEmpty();
        assertThat(v.preview()).isEmpty();
        assertThat(v.marker()).isEqualTo("NOT YET RECEIVED");
    }

    @Test
    void theMarkerIsSetExactlyWhileThePreviewIsShown() throws IOException {
        series.previewArrived(2, StreamFixtures.preview(2));
        SliceView shown = series.view(2);
        assertThat(shown.preview()).isPresent();
        assertThat(shown.frame()).isEmpty();
        assertThat(shown.marker()).isEqualTo("PREVIEW / LOSSY");

        arrive(2, false);
        SliceView replaced = series.view(2);
        assertThat(replaced.preview()).as("the preview is dropped").isEmpty();
        assertThat(replaced.frame()).isPresent();
        assertThat(replaced.marker()).isEmpty();

        series.previewArrived(2, StreamFixtures.preview(2)); // late: ignored
        assertThat(series.view(2).preview()).isEmpty();
        assertThat(series.view(2).marker()).isEmpty();
    }

    @Test
    void aLossyFrameStaysMarkedLossyAndTheVolumeIsNotComplete() throws IOException {
        for (int s = 0; s < 5; s++) {
            arrive(s, s == 3);
        }
        assertThat(series.view(3).marker()).startsWith("LOSSY (1.2.840.10008.1.2.4.50");
        assertThat(series.losslessCount()).isEqualTo(4);
        assertThat(series.complete()).isFalse();
        arrive(3, false);
        assertThat(series.complete()).isTrue();
    }

    @Test
    void aFailedSliceIsMissingButAnArrivedOneStays() throws IOException {
        arrive(1, false);
        series.sliceFailed(plan.seriesUid(), 1, new IOException("x"));
        series.sliceFailed(plan.seriesUid(), 0, new IOException("x"));
        assertThat(series.view(1).state()).isEqualTo(SliceState.LOSSLESS);
        assertThat(series.view(0).marker()).isEqualTo("MISSING (could not be retrieved)");
        assertThat(series.view(0).frame()).isEmpty();
    }

    @Test
    void decodedPixelsAreTheStoredOnes() throws IOException {
        StreamedFrame f = StreamFixtures.frame(plan, 4, false);
        var d = StreamFixtures.decoded(f);
        assertThat(d.sample(0)).isEqualTo(StreamFixtures.stored(0, 0, 4));
        assertThat(d.sample(64 * 128 + 64)).isEqualTo(3000);
    }
}
