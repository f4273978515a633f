package org.lumen.viewer.tools;

/** What a left-button drag does in a viewport. */
public enum Tool {
    WINDOW("Window/level", false),
    PAN("Pan", false),
    ZOOM("Zoom", false),
    SCROLL("Scroll", false),
    LENGTH("Length", true),
    ANGLE("Angle", true),
    RECTANGLE("Rectangle ROI", true),
    ELLIPSE("Ellipse ROI", true),
    PROBE("Point value", true);

    private final String label;
    private final boolean measures;

    Tool(String label, boolean measures) {
        this.label = label;
        this.measures = measures;
    }

    /** The name shown to a user. */
    public String label() {
        return label;
    }

    /** Whether the tool draws a measurement. */
    public boolean measures() {
        return measures;
    }
}
