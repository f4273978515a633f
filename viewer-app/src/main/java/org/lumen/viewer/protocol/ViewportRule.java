package org.lumen.viewer.protocol;

import java.util.Objects;

/**
 * Which series goes into one viewport: the first series (by prior, then Series Number) not yet placed
 * that passes every test set; empty texts, orientation ANY and series number 0 are "any".
 *
 * @param prior 0: the current study; 1: the newest prior; 2: the one before...
 * @param modality modality ("CR/DX" for either)
 * @param description regular expression found in the series description (case-insensitive)
 * @param orientation plane of the images
 * @param seriesNumber Series Number, 0 for any
 */
public record ViewportRule(int prior, String modality, String description, PlaneOrientation orientation, int seriesNumber) {
    public ViewportRule {
        modality = Objects.requireNonNullElse(modality, "");
        description = Objects.requireNonNullElse(description, "");
        orientation = Objects.requireNonNullElse(orientation, PlaneOrientation.ANY);
        if (prior < 0 || seriesNumber < 0) {
            throw new IllegalArgumentException("prior and seriesNumber must be >= 0");
        }
        if (!description.isBlank()) {
            Patterns.compile(description);
        }
    }

    public boolean matches(SeriesFacts series) {
        return series.prior() == prior
                && (Patterns.any(modality) || StudyRule.modalityMatches(modality, series.modality()))
                && (Patterns.any(description) || Patterns.finds(description, series.description()))
                && (orientation == PlaneOrientation.ANY || orientation == series.orientation())
                && (seriesNumber == 0 || seriesNumber == series.number());
    }
}
