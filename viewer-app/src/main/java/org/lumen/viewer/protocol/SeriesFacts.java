package org.lumen.viewer.protocol;

import java.util.Objects;

/**
 * What a viewport rule looks at in one series.
 *
 * @param uid Series Instance UID (what the workspace opens)
 * @param prior 0 for the current study, 1 for the newest prior, 2 for the one before...
 * @param modality modality
 * @param description series description
 * @param orientation plane of its images
 * @param number Series Number (0 when absent)
 */
public record SeriesFacts(String uid, int prior, String modality, String description, PlaneOrientation orientation, int number) {
    public SeriesFacts {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(orientation, "orientation");
        if (prior < 0) {
            throw new IllegalArgumentException("prior must be >= 0");
        }
    }
}
