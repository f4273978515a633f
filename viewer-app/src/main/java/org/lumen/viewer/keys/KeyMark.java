package org.lumen.viewer.keys;

import java.util.Objects;

/**
 * Why an image is a key image: marked here and not saved yet, or held by a key object selection in the
 * archive.
 *
 * @param description for the tooltip: who marked it, where and when, or that it is not saved yet
 */
public record KeyMark(boolean unsaved, String description) {
    public KeyMark {
        Objects.requireNonNull(description, "description");
    }
}
