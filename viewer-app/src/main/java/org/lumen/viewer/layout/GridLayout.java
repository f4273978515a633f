package org.lumen.viewer.layout;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A grid of viewports.
 *
 * @param rows    1..{@value #MAX}
 * @param columns 1..{@value #MAX}
 */
public record GridLayout(int rows, int columns) {
    /** Largest number of rows or columns. */
    public static final int MAX = 6;
    /** The layouts offered in the menu and on keys: 1x1, 1x2, 2x1, 2x2, 3x3. */
    public static final List<GridLayout> STANDARD = List.of(new GridLayout(1, 1), new GridLayout(1, 2),
            new GridLayout(2, 1), new GridLayout(2, 2), new GridLayout(3, 3));
    private static final Pattern TEXT = Pattern.compile("\\s*(\\d+)\\s*[xX\u00D7]\\s*(\\d+)\\s*");

    public GridLayout {
        if (rows < 1 || columns < 1 || rows > MAX || columns > MAX) {
            throw new IllegalArgumentException("layout must be 1.." + MAX + " rows and columns: " + rows + "x" + columns);
        }
    }

    /** Viewports in the grid. */
    public int cells() {
        return rows * columns;
    }

    /** Parses "rows x columns", for example "2x3"; empty when the text is not a valid layout. */
    public static Optional<GridLayout> parse(String text) {
        Matcher m = TEXT.matcher(text);
        if (!m.matches() || m.group(1).length() > 2 || m.group(2).length() > 2) {
            return Optional.empty();
        }
        int r = Integer.parseInt(m.group(1));
        int c = Integer.parseInt(m.group(2));
        return r >= 1 && c >= 1 && r <= MAX && c <= MAX ? Optional.of(new GridLayout(r, c)) : Optional.empty();
    }

    @Override
    public String toString() {
        return rows + "x" + columns;
    }
}
