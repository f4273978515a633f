package org.lumen.viewer.text;

/** A count with its noun in the right number, for what the user reads: "1 slice", "0 slices", "3 slices". */
public final class Plural {
    private Plural() {}

    /** {@code n} and {@code one} when {@code n} is 1, else {@code n} and {@code many}. */
    public static String of(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
