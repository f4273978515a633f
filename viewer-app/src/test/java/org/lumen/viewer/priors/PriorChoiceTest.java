package org.lumen.viewer.priors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lumen.viewer.strip.SeriesSummary;

class PriorChoiceTest {
    private static final PatientTimeline TIMELINE = new PatientTimeline("P1", List.of(
            new TimelineEntry("now", "20260301", "CT chest", "CT", List.of("A")),
            new TimelineEntry("later", "20260401", "CT chest", "CT", List.of("A")),
            new TimelineEntry("mr", "20250601", "MR brain", "MR\\SR", List.of("A")),
            new TimelineEntry("ct", "20250101", "CT chest", "SR\\CT", List.of("B", "A")),
            new TimelineEntry("old", "20200101", "CT chest", "CT", List.of("A"))));

    @Test
    void theNewestEarlierStudyOfTheSameModalityIsTheRelevantPrior() {
        assertThat(PriorChoice.relevantPrior(TIMELINE, "now", "CT")).map(TimelineEntry::studyUid).contains("ct");
        assertThat(PriorChoice.relevantPrior(TIMELINE, "now", "MR")).map(TimelineEntry::studyUid).contains("mr");
        assertThat(PriorChoice.relevantPrior(TIMELINE, "now", "US")).isEmpty();
        assertThat(PriorChoice.relevantPrior(TIMELINE, "old", "CT")).isEmpty();
    }

    @Test
    void theSeriesLikeTheOneOnTheScreenIsChosen() {
        List<SeriesSummary> series = List.of(new SeriesSummary("scout", 1, "CT", "Scout", 2),
                new SeriesSummary("lung", 2, "CT", "Axial lung", 40), new SeriesSummary("soft", 3, "CT", "Axial", 40),
                new SeriesSummary("dose", 4, "OT", "Axial", 1));
        assertThat(PriorChoice.bestSeries(series, "CT", "axial").seriesUid()).isEqualTo("soft");
        assertThat(PriorChoice.bestSeries(series, "CT", "Coronal").seriesUid()).isEqualTo("scout");
        assertThat(PriorChoice.bestSeries(series, "MR", "Axial lung").seriesUid()).isEqualTo("lung");
    }
}
