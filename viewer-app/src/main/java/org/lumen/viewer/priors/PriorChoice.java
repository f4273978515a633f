package org.lumen.viewer.priors;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.lumen.viewer.strip.SeriesSummary;

/**
 * Which prior a radiologist reads beside the current study, as the "Current vs prior" hanging protocol hangs it
 * (its viewport "prior": 1, the newest prior): the newest earlier study of the patient holding the current
 * series' modality; and in it the series most like the one on the screen. Pure functions.
 */
public final class PriorChoice {
    private PriorChoice() {}

    /** The newest prior of {@code currentStudyUid} whose modalities include {@code modality}; empty when none. */
    public static Optional<TimelineEntry> relevantPrior(PatientTimeline timeline, String currentStudyUid, String modality) {
        return timeline.priorsOf(currentStudyUid).stream()
                .filter(e -> modality.isBlank() || Arrays.stream(e.modalities().split("\\\\")).anyMatch(m -> m.trim().equalsIgnoreCase(modality)))
                .findFirst();
    }

    /** The prior's series most like the current one: same modality and description, else same modality, else the first. */
    public static SeriesSummary bestSeries(List<SeriesSummary> series, String modality, String description) {
        if (series.isEmpty()) {
            throw new IllegalStateException("the prior study has no series");
        }
        return series.stream().max(Comparator.comparingInt((SeriesSummary s) -> (s.modality().equalsIgnoreCase(modality) ? 2 : 0)
                + (s.description().equalsIgnoreCase(description) ? 1 : 0)).thenComparing(s -> -s.number())).orElseThrow();
    }
}
