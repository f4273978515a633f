package org.lumen.viewer.protocol;

import java.util.List;
import java.util.Objects;

import org.lumen.viewer.layout.GridLayout;

/**
 * A named layout for studies that match a rule: the grid, and per viewport (row by row) the rule
 * choosing its series. Fewer viewport rules than cells leave the last viewports empty.
 *
 * @param name shown in the Protocol menu; unique within the protocols loaded
 * @param match which studies it fits
 * @param layout rows x columns, e.g. "1x2"
 * @param viewports one rule per viewport, row by row
 */
public record HangingProtocol(String name, StudyRule match, String layout, List<ViewportRule> viewports) {
    public HangingProtocol {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a protocol needs a name");
        }
        match = Objects.requireNonNullElse(match, new StudyRule("", "", "", "", 0, -1));
        String given = Objects.requireNonNullElse(layout, "");
        GridLayout grid = GridLayout.parse(given).orElseThrow(() -> new IllegalArgumentException("layout \"" + given
                + "\" is not rows x columns, 1 to " + GridLayout.MAX + " each"));
        viewports = List.copyOf(Objects.requireNonNullElse(viewports, List.of()));
        if (viewports.size() > grid.cells()) {
            throw new IllegalArgumentException("protocol \"" + name + "\" has " + viewports.size() + " viewport rules for a "
                    + layout + " layout (" + grid.cells() + " viewports)");
        }
        layout = grid.toString();
    }

    /** The grid. */
    public GridLayout grid() {
        return GridLayout.parse(layout).orElseThrow();
    }
}
