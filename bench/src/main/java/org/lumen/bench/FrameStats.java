package org.lumen.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * Frame times of one renderer.
 *
 * @param frames   how many frames were timed
 * @param medianMs median frame time, ms
 * @param p95Ms    95th percentile, ms (nearest rank)
 */
record FrameStats(int frames, double medianMs, double p95Ms) {
    static FrameStats of(long[] nanos) {
        if (nanos.length == 0) {
            throw new IllegalArgumentException("no frames timed");
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
        double p95 = sorted[Math.max(0, (int) Math.ceil(0.95 * n) - 1)];
        return new FrameStats(n, median / 1e6, p95 / 1e6);
    }

    double fps() {
        return 1000 / medianMs;
    }

    String json() {
        return String.format(Locale.ROOT, "{\"frames\":%d,\"medianMs\":%.3f,\"p95Ms\":%.3f,\"fps\":%.1f}", frames, medianMs, p95Ms, fps());
    }
}
