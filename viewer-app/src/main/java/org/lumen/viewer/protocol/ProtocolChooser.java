package org.lumen.viewer.protocol;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Picks a protocol for a study and places its series. The chosen protocol is the matching one with the
 * most conditions set; among equals, the first in the list (the user's protocols come before the
 * defaults).
 */
public final class ProtocolChooser {
    private ProtocolChooser() {}

    public static Optional<HangingProtocol> choose(List<HangingProtocol> protocols, StudyFacts study) {
        HangingProtocol best = null;
        for (HangingProtocol p : protocols) {
            if (p.match().matches(study) && (best == null || p.match().specificity() > best.match().specificity())) {
                best = p;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Where the series go: the grid, and the series UID of each of its viewports, row by row. */
    public record Hanging(org.lumen.viewer.layout.GridLayout grid, List<Optional<String>> cells) {
        public Hanging {
            cells = List.copyOf(cells);
            if (cells.size() != grid.cells()) {
                throw new IllegalArgumentException(cells.size() + " cells for a " + grid + " layout");
            }
        }
    }

    /**
     * The protocol's grid and placement, except that when its rules find series for only one to three
     * viewports of a larger grid, those series go side by side in one row (1x1 to 1x3) instead of
     * leaving viewports empty; no series found keeps the protocol's grid.
     */
    public static Hanging hang(HangingProtocol protocol, List<SeriesFacts> series) {
        List<Optional<String>> cells = assign(protocol, series);
        List<Optional<String>> found = cells.stream().filter(Optional::isPresent).toList();
        if (!found.isEmpty() && found.size() < cells.size() && found.size() <= 3) {
            return new Hanging(new org.lumen.viewer.layout.GridLayout(1, found.size()), found);
        }
        return new Hanging(protocol.grid(), cells);
    }

    /**
     * The series UID for each viewport of the protocol's grid, row by row (empty where no series fits):
     * each rule takes the first series not yet placed that it matches, series ordered by prior then
     * Series Number.
     */
    public static List<Optional<String>> assign(HangingProtocol protocol, List<SeriesFacts> series) {
        List<SeriesFacts> ordered = new ArrayList<>(series);
        ordered.sort(Comparator.comparingInt(SeriesFacts::prior).thenComparingInt(SeriesFacts::number));
        Set<String> placed = new HashSet<>();
        List<Optional<String>> cells = new ArrayList<>();
        for (int i = 0; i < protocol.grid().cells(); i++) {
            Optional<String> uid = Optional.empty();
            if (i < protocol.viewports().size()) {
                ViewportRule rule = protocol.viewports().get(i);
                uid = ordered.stream().filter(s -> !placed.contains(s.uid()) && rule.matches(s)).map(SeriesFacts::uid).findFirst();
                uid.ifPresent(placed::add);
            }
            cells.add(uid);
        }
        return cells;
    }
}
