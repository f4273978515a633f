package org.lumen.viewer.protocol;

import java.util.List;
import java.util.Objects;

/**
 * What a protocol's study rule looks at in the study being opened.
 *
 * @param modalities the modalities of its series, e.g. CT and SR
 * @param bodyParts Body Part Examined of its series (may be empty)
 * @param description study description
 * @param seriesDescriptions the descriptions of its series
 * @param priors how many earlier studies of the patient are open with it
 */
public record StudyFacts(List<String> modalities, List<String> bodyParts, String description, List<String> seriesDescriptions,
        int priors) {
    public StudyFacts {
        modalities = List.copyOf(modalities);
        bodyParts = List.copyOf(bodyParts);
        Objects.requireNonNull(description, "description");
        seriesDescriptions = List.copyOf(seriesDescriptions);
        if (priors < 0) {
            throw new IllegalArgumentException("priors must be >= 0");
        }
    }
}
