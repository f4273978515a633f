package org.lumen.viewer.priors;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Offsets the user set between two frames of reference: after "align" on two slices showing the
 * same anatomy, a position {@code p} in the first frame corresponds to {@code p + offset} in the
 * second, along the second stack's normal. Kept for the session, in both directions. Not thread-safe.
 */
public final class FrameOffsets {
    private final Map<String, Double> offsets = new HashMap<>();

    /** Remembers that {@code from}'s position {@code p} is {@code p + offsetMm} in {@code to}, and the reverse. */
    public void set(String from, String to, double offsetMm) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!Double.isFinite(offsetMm)) {
            throw new IllegalArgumentException("offset must be finite: " + offsetMm);
        }
        offsets.put(key(from, to), offsetMm);
        offsets.put(key(to, from), -offsetMm);
    }

    /** The offset from {@code from} to {@code to}: 0 within one frame, empty when never aligned. */
    public OptionalDouble get(String from, String to) {
        if (from.equals(to) && !from.isEmpty()) {
            return OptionalDouble.of(0);
        }
        Double d = offsets.get(key(from, to));
        return d == null ? OptionalDouble.empty() : OptionalDouble.of(d);
    }

    /** Forgets the offset between the two frames. */
    public void clear(String from, String to) {
        offsets.remove(key(from, to));
        offsets.remove(key(to, from));
    }

    private static String key(String from, String to) {
        return from + "\u0000" + to;
    }
}
