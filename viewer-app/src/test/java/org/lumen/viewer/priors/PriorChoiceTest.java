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

    @Test
    void aPriorSeriesMatchesByModalityAndBodyRegionThenDescription() {
        PriorChoice.Described axial = new PriorChoice.Described(new SeriesSummary("a", 2, "CT", "Axial", 40, "CHEST"), "CT routine");
        List<SeriesSummary> head = List.of(new SeriesSummary("h", 1, "CT", "Axial", 40, "HEAD"));
        assertThat(PriorChoice.match(axial, head, "CT routine")).as("another region").isEmpty();
        List<SeriesSummary> chest = List.of(new SeriesSummary("scout", 1, "CT", "Scout", 2, "CHEST"),
                new SeriesSummary("mr", 2, "MR", "Axial", 40, "CHEST"), new SeriesSummary("soft", 3, "CT", "Axial", 40, "THORAX"),
                new SeriesSummary("cor", 4, "CT", "Coronal", 40, "CHEST"));
        assertThat(PriorChoice.match(axial, chest, "CT routine")).map(SeriesSummary::seriesUid).contains("soft");
        // No body part in the prior: its description, else its study's, names the region.
        SeriesSummary bare = new SeriesSummary("x", 1, "CT", "Axial", 40);
        assertThat(PriorChoice.match(axial, List.of(bare), "CT thorax")).isPresent();
        assertThat(PriorChoice.match(axial, List.of(bare), "CT head")).isEmpty();
        assertThat(PriorChoice.match(axial, List.of(new SeriesSummary("y", 1, "CT", "Brain axial", 40)), "CT")).isEmpty();
        assertThat(PriorChoice.match(axial, List.of(bare), "CT")).as("no region known: modality and description").isPresent();
    }

    @Test
    void thePriorsSeriesToPrefetchFollowTheCurrentSeriesOnceEachOrNoneWhenTheShownOneHasNoMatch() {
        List<PriorChoice.Described> current = List.of(
                new PriorChoice.Described(new SeriesSummary("c-axial", 2, "CT", "Axial", 40, "CHEST"), ""),
                new PriorChoice.Described(new SeriesSummary("c-lung", 3, "CT", "Axial lung", 40, "CHEST"), ""),
                new PriorChoice.Described(new SeriesSummary("c-scout", 1, "CT", "Scout", 2, "CHEST"), ""));
        List<SeriesSummary> prior = List.of(new SeriesSummary("scout", 1, "CT", "Scout", 2, "CHEST"),
                new SeriesSummary("soft", 2, "CT", "Axial", 40, "CHEST"), new SeriesSummary("cor", 3, "CT", "Coronal", 40, "CHEST"));
        assertThat(PriorChoice.matches(current, prior, "", 4)).extracting(SeriesSummary::seriesUid).containsExactly("soft", "scout");
        assertThat(PriorChoice.matches(current, prior, "", 1)).extracting(SeriesSummary::seriesUid).containsExactly("soft");
        List<SeriesSummary> head = List.of(new SeriesSummary("h", 1, "CT", "Axial", 40, "HEAD"));
        assertThat(PriorChoice.matches(current, head, "", 4)).isEmpty();
        assertThat(Anatomy.of("CHESTABDPELVIS")).containsExactly("ABDOMEN", "CHEST", "PELVIS");
        assertThat(Anatomy.compatible(Anatomy.of("LUNG"), Anatomy.of("THORAX"))).isTrue();
    }
}
