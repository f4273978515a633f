package org.lumen.viewer.protocol;

import java.util.Objects;

/**
 * Which studies a protocol fits; an empty text is "any". Each text that is set must match, and the
 * number of open priors must lie between {@code minPriors} and {@code maxPriors} (-1: no limit).
 *
 * @param modality a modality the study holds (CR and DX written "CR/DX" match either)
 * @param bodyPart Body Part Examined of a series, ignoring case
 * @param studyDescription regular expression found in the study description (case-insensitive)
 * @param seriesDescription regular expression found in some series' description
 * @param minPriors at least this many priors open
 * @param maxPriors at most this many priors open, -1 for no limit
 */
public record StudyRule(String modality, String bodyPart, String studyDescription, String seriesDescription,
        int minPriors, int maxPriors) {
    public StudyRule {
        modality = Objects.requireNonNullElse(modality, "");
        bodyPart = Objects.requireNonNullElse(bodyPart, "");
        studyDescription = Objects.requireNonNullElse(studyDescription, "");
        seriesDescription = Objects.requireNonNullElse(seriesDescription, "");
        if (minPriors < 0 || (maxPriors != -1 && maxPriors < minPriors)) {
            throw new IllegalArgumentException("priors range " + minPriors + ".." + maxPriors
                    + " is not valid (minPriors >= 0, maxPriors -1 or >= minPriors)");
        }
        if (!studyDescription.isBlank()) {
            Patterns.compile(studyDescription);
        }
        if (!seriesDescription.isBlank()) {
            Patterns.compile(seriesDescription);
        }
    }

    /** How many conditions are set: more is more specific. */
    public int specificity() {
        int n = 0;
        for (String s : new String[] {modality, bodyPart, studyDescription, seriesDescription}) {
            n += s.isBlank() ? 0 : 1;
        }
        return n + (minPriors > 0 ? 1 : 0) + (maxPriors >= 0 ? 1 : 0);
    }

    public boolean matches(StudyFacts study) {
        return (Patterns.any(modality) || study.modalities().stream().anyMatch(m -> modalityMatches(modality, m)))
                && (Patterns.any(bodyPart) || study.bodyParts().stream().anyMatch(b -> Patterns.sameWord(bodyPart, b)))
                && (Patterns.any(studyDescription) || Patterns.finds(studyDescription, study.description()))
                && (Patterns.any(seriesDescription) || study.seriesDescriptions().stream().anyMatch(d -> Patterns.finds(seriesDescription, d)))
                && study.priors() >= minPriors && (maxPriors < 0 || study.priors() <= maxPriors);
    }

    /** Whether a rule's modality ("CT", or alternatives "CR/DX") names {@code modality}. */
    static boolean modalityMatches(String rule, String modality) {
        for (String alternative : rule.split("[/\\\\,|]")) {
            if (!alternative.isBlank() && Patterns.sameWord(alternative, modality)) {
                return true;
            }
        }
        return false;
    }
}
