package org.lumen.viewer.priors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.lumen.viewer.strip.SeriesSummary;

/**
 * Which priors a radiologist reads beside the current study, as a PACS prefetch rule chooses them (ADR 0016): the
 * newest earlier studies of the patient holding the current series' modality, newest first; in each, the series
 * like the current study's: same modality, the same body region ({@link Anatomy}: Body Part Examined, else the
 * descriptions), then the closest description. A prior none of whose series shows the region of the series on the
 * screen is not relevant (a head CT is no prior for a chest CT). Pure functions.
 */
public final class PriorChoice {
    private PriorChoice() {}

    /** A series of a study, with its study's description (the last clue to its region). */
    public record Described(SeriesSummary series, String studyDescription) {
        Set<String> regions() {
            return Anatomy.ofSeries(series.bodyPart(), series.description(), studyDescription);
        }
    }

    /** The priors of {@code currentStudyUid} whose modalities include {@code modality}, newest first. */
    public static List<TimelineEntry> candidates(PatientTimeline timeline, String currentStudyUid, String modality) {
        return timeline.priorsOf(currentStudyUid).stream()
                .filter(e -> modality.isBlank() || Arrays.stream(e.modalities().split("\\\\")).anyMatch(m -> m.trim().equalsIgnoreCase(modality)))
                .toList();
    }

    /** The newest prior of {@code currentStudyUid} whose modalities include {@code modality}; empty when none. */
    public static Optional<TimelineEntry> relevantPrior(PatientTimeline timeline, String currentStudyUid, String modality) {
        return candidates(timeline, currentStudyUid, modality).stream().findFirst();
    }

    /**
     * The prior's series that matches {@code current}: same modality and a compatible region, the shared region and
     * the closest description first (then the lowest Series Number); empty when none matches.
     */
    public static Optional<SeriesSummary> match(Described current, List<SeriesSummary> prior, String priorStudyDescription) {
        Set<String> regions = current.regions();
        return prior.stream()
                .filter(s -> current.series().modality().isBlank() || s.modality().equalsIgnoreCase(current.series().modality()))
                .filter(s -> Anatomy.compatible(regions, new Described(s, priorStudyDescription).regions()))
                .max(Comparator.comparingInt((SeriesSummary s) -> score(current, regions, s, priorStudyDescription))
                        .thenComparing(s -> -s.number()));
    }

    /**
     * The prior's series to prefetch: the match of each current series, in the order given (the one on the screen
     * first), each once, at most {@code max}; empty when the first (the series on the screen) has no match: then the
     * prior is not relevant.
     */
    public static List<SeriesSummary> matches(List<Described> current, List<SeriesSummary> prior, String priorStudyDescription, int max) {
        List<SeriesSummary> chosen = new ArrayList<>();
        for (int i = 0; i < current.size() && chosen.size() < max; i++) {
            Optional<SeriesSummary> m = match(current.get(i), prior, priorStudyDescription);
            if (m.isEmpty() && i == 0) {
                return List.of();
            }
            m.filter(s -> chosen.stream().noneMatch(c -> c.seriesUid().equals(s.seriesUid()))).ifPresent(chosen::add);
        }
        return List.copyOf(chosen);
    }

    /**
     * The prior's series to open beside {@code current} (Compare): its {@linkplain #match match}, else the same
     * modality and description, else the same modality, else the first.
     */
    public static SeriesSummary bestSeries(Described current, List<SeriesSummary> series, String priorStudyDescription) {
        if (series.isEmpty()) {
            throw new IllegalStateException("the prior study has no series");
        }
        return match(current, series, priorStudyDescription).orElseGet(() -> bestSeries(series, current.series().modality(),
                current.series().description()));
    }

    /** The series most like a modality and description: same modality and description, else same modality, else the first. */
    public static SeriesSummary bestSeries(List<SeriesSummary> series, String modality, String description) {
        if (series.isEmpty()) {
            throw new IllegalStateException("the prior study has no series");
        }
        return series.stream().max(Comparator.comparingInt((SeriesSummary s) -> (s.modality().equalsIgnoreCase(modality) ? 2 : 0)
                + (s.description().equalsIgnoreCase(description) ? 1 : 0)).thenComparing(s -> -s.number())).orElseThrow();
    }

    private static int score(Described current, Set<String> regions, SeriesSummary s, String priorStudyDescription) {
        Set<String> theirs = new Described(s, priorStudyDescription).regions();
        boolean sameRegion = !regions.isEmpty() && regions.stream().anyMatch(theirs::contains);
        String mine = current.series().description();
        Set<String> common = words(mine);
        common.retainAll(words(s.description()));
        return (sameRegion ? 8 : 0) + (s.description().equalsIgnoreCase(mine) ? 4 : 0) + Math.min(3, common.size());
    }

    private static Set<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty())
                .collect(Collectors.toCollection(java.util.HashSet::new));
    }
}
