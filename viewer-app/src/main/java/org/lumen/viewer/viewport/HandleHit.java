package org.lumen.viewer.viewport;

import java.util.List;
import java.util.Optional;

import org.lumen.viewer.measure.ImagePoint;
import org.lumen.viewer.measure.Measurement;

/**
 * A handle of a measurement under the pointer.
 *
 * @param measurement index of the measurement in its list
 * @param handle      index of the handle in {@link Measurement#handles()}
 */
public record HandleHit(int measurement, int handle) {
    /**
     * The handle nearest to screen point {@code (x, y)} within {@code tolerance} screen pixels; the
     * newest measurement wins a tie, as it is drawn on top.
     */
    public static Optional<HandleHit> find(List<Measurement> measurements, ViewGeometry geometry, double x, double y,
                                           double tolerance) {
        HandleHit best = null;
        double bestDistance = tolerance;
        for (int m = measurements.size() - 1; m >= 0; m--) {
            List<ImagePoint> handles = measurements.get(m).handles();
            for (int h = 0; h < handles.size(); h++) {
                double[] s = geometry.toScreen(handles.get(h));
                double d = Math.hypot(s[0] - x, s[1] - y);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = new HandleHit(m, h);
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
