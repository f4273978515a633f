package org.lumen.viewer.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Where the next key image is: the key images of the open series in order (the catalog's series, each
 * from its first image), the next one after the image shown, wrapping around. Pure; FX thread by use.
 */
final class KeyImageNavigation {
    /** One key image: its series, its index there, and its place among all key images (1-based) of {@code total}. */
    record Stop(OpenedSeries series, int index, int number, int total) {}

    private KeyImageNavigation() {}

    /**
     * The key image after image {@code index} of {@code shown} (none shown: the first key image); empty
     * when no open image is a key image.
     */
    static Optional<Stop> next(List<OpenedSeries> series, Optional<OpenedSeries> shown, int index,
                               Predicate<OpenedSeries.Image> isKey) {
        List<Stop> stops = new ArrayList<>();
        List<Integer> seriesOfStop = new ArrayList<>();
        int seriesAt = -1;
        for (int n = 0; n < series.size(); n++) {
            OpenedSeries s = series.get(n);
            if (shown.isPresent() && shown.get() == s) {
                seriesAt = n;
            }
            for (int i = 0; i < s.images().size(); i++) {
                if (isKey.test(s.images().get(i))) {
                    stops.add(new Stop(s, i, 0, 0));
                    seriesOfStop.add(n);
                }
            }
        }
        if (stops.isEmpty()) {
            return Optional.empty();
        }
        int at = 0; // none after the image shown: back to the first
        for (int k = 0; k < stops.size(); k++) {
            int n = seriesOfStop.get(k);
            if (n > seriesAt || n == seriesAt && stops.get(k).index() > index) {
                at = k;
                break;
            }
        }
        Stop s = stops.get(at);
        return Optional.of(new Stop(s.series(), s.index(), at + 1, stops.size()));
    }
}
