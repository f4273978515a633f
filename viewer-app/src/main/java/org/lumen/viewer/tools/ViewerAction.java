package org.lumen.viewer.tools;

/** Every action the workstation binds to a key, with the description the help panel shows. */
public enum ViewerAction {
    PREVIOUS_IMAGE("Navigation", "Previous image"),
    NEXT_IMAGE("Navigation", "Next image"),
    BACK_TEN("Navigation", "Ten images back"),
    FORWARD_TEN("Navigation", "Ten images forward"),
    FIRST_IMAGE("Navigation", "First image"),
    LAST_IMAGE("Navigation", "Last image"),
    CINE_PLAY_PAUSE("Cine", "Play / pause cine"),
    CINE_FASTER("Cine", "Cine faster (+1 fps)"),
    CINE_SLOWER("Cine", "Cine slower (\u22121 fps)"),
    CINE_LOOP("Cine", "Cine loop on / off"),
    PRESET_1("Window", "CT preset: Lung"),
    PRESET_2("Window", "CT preset: Mediastinum"),
    PRESET_3("Window", "CT preset: Abdomen"),
    PRESET_4("Window", "CT preset: Bone"),
    PRESET_5("Window", "CT preset: Brain"),
    PRESET_6("Window", "CT preset: Liver"),
    PRESET_7("Window", "CT preset: Subdural"),
    HEADER_WINDOW("Window", "Next window from the header (with its explanation)"),
    INVERT("Window", "Invert grey scale"),
    ZOOM_IN("View", "Zoom in"),
    ZOOM_OUT("View", "Zoom out"),
    FIT("View", "Fit to viewport"),
    ACTUAL_SIZE("View", "1:1 (one image pixel per screen pixel)"),
    ROTATE_CLOCKWISE("View", "Rotate 90\u00B0 clockwise"),
    ROTATE_COUNTER_CLOCKWISE("View", "Rotate 90\u00B0 counter-clockwise"),
    FLIP_HORIZONTAL("View", "Flip horizontally"),
    FLIP_VERTICAL("View", "Flip vertically"),
    RESET("View", "Reset window, zoom, pan, rotation and flips"),
    TOOL_WINDOW("Tools", "Tool: window/level (left drag)"),
    TOOL_PAN("Tools", "Tool: pan (also middle drag or Shift+drag)"),
    TOOL_ZOOM("Tools", "Tool: zoom (also Ctrl+wheel or Ctrl+drag)"),
    TOOL_SCROLL("Tools", "Tool: scroll (also the wheel)"),
    TOOL_LENGTH("Measure", "Measure a length"),
    TOOL_ANGLE("Measure", "Measure an angle (drag the first ray, click the third point)"),
    TOOL_RECTANGLE("Measure", "Rectangle ROI"),
    TOOL_ELLIPSE("Measure", "Ellipse ROI"),
    TOOL_PROBE("Measure", "Point value"),
    DELETE_MEASUREMENT("Measure", "Delete the selected measurement"),
    CANCEL("Measure", "Cancel the measurement in progress, deselect"),
    LAYOUT_1X1("Layout", "Layout 1x1"),
    LAYOUT_1X2("Layout", "Layout 1x2"),
    LAYOUT_2X1("Layout", "Layout 2x1"),
    LAYOUT_2X2("Layout", "Layout 2x2"),
    LAYOUT_3X3("Layout", "Layout 3x3"),
    LAYOUT_CUSTOM("Layout", "Custom layout (rows x columns)"),
    NEXT_VIEWPORT("Layout", "Activate the next viewport"),
    MPR("MPR", "MPR of the active series: axial, coronal, sagittal (again: back to the grid)"),
    MPR_SLAB_MODE("MPR", "MPR: next slab mode of the active view (thin, MIP, MinIP, average)"),
    MPR_SLAB_THICKER("MPR", "MPR: thicker slab (+2 mm)"),
    MPR_SLAB_THINNER("MPR", "MPR: thinner slab (\u22122 mm)"),
    TAG_BROWSER("QC", "DICOM tag browser of the shown image"),
    HEADER_DIFF("QC", "Header diff of two images or series"),
    SERIES_QC("QC", "Completeness and geometry of the shown series"),
    KEY_IMAGE("Key images", "Mark / unmark the shown image as a key image"),
    NEXT_KEY_IMAGE("Key images", "Go to the next key image of the open series"),
    SAVE_ANNOTATIONS("Key images", "Save key images and measurements to the study's server"),
    CLOSE_STUDY("Study", "Close the study (frees its memory, cancels downloads)"),
    HELP("Help", "Show this list of keys");

    private final String group;
    private final String description;

    ViewerAction(String group, String description) {
        this.group = group;
        this.description = description;
    }

    /**
     * Whether holding the key down repeats the action, as stepping through images or zooming should.
     * Toggles (MPR, invert, cine, key image), cycles (slab mode, header window), deletions and actions
     * that open or close something happen once per press: the keyboard's auto-repeat, or a key held a
     * little long, must not flip MPR off again or unmark the key image just marked.
     */
    public boolean repeatsWhileHeld() {
        return switch (this) {
            case PREVIOUS_IMAGE, NEXT_IMAGE, BACK_TEN, FORWARD_TEN, CINE_FASTER, CINE_SLOWER, ZOOM_IN, ZOOM_OUT,
                    MPR_SLAB_THICKER, MPR_SLAB_THINNER, NEXT_KEY_IMAGE -> true;
            default -> false;
        };
    }

    /** The heading the help panel lists the action under. */
    public String group() {
        return group;
    }

    public String description() {
        return description;
    }
}
