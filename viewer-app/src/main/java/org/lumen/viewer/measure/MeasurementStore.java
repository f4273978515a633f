package org.lumen.viewer.measure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The measurements of every image, keyed by image (SOP Instance UID and frame), in drawing order.
 * Confined to one thread (the FX thread in the workstation); not thread-safe.
 */
public final class MeasurementStore {
    private final Map<String, List<Measurement>> byImage = new HashMap<>();

    /** The key of one frame of one instance. */
    public static String key(String sopInstanceUid, int frame) {
        return sopInstanceUid + "#" + frame;
    }

    /** The measurements of an image, oldest first (a copy). */
    public List<Measurement> on(String image) {
        return List.copyOf(byImage.getOrDefault(image, List.of()));
    }

    /** Adds a measurement; returns its index. */
    public int add(String image, Measurement m) {
        List<Measurement> list = byImage.computeIfAbsent(image, k -> new ArrayList<>());
        list.add(Objects.requireNonNull(m, "measurement"));
        return list.size() - 1;
    }

    /** Replaces measurement {@code index} (after a handle moved). */
    public void replace(String image, int index, Measurement m) {
        list(image, index).set(index, Objects.requireNonNull(m, "measurement"));
    }

    /** Removes measurement {@code index}. */
    public void remove(String image, int index) {
        list(image, index).remove(index);
    }

    /** Forgets every measurement (when the study closes). */
    public void clear() {
        byImage.clear();
    }

    /** How many measurements all images hold together. */
    public int count() {
        return byImage.values().stream().mapToInt(List::size).sum();
    }

    private List<Measurement> list(String image, int index) {
        List<Measurement> list = byImage.get(image);
        if (list == null || index < 0 || index >= list.size()) {
            throw new IndexOutOfBoundsException("measurement " + index + " of image " + image);
        }
        return list;
    }
}
