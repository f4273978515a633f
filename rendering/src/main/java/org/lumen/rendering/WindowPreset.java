package org.lumen.rendering;

import java.util.Locale;
import java.util.Optional;

/**
 * Standard CT windows in Hounsfield units, as reading rooms use them. Each has a key a viewer binds
 * (1 to 7) and a name a command line accepts ({@code --window lung}).
 */
public enum WindowPreset {
    LUNG("Lung", -600, 1500),
    MEDIASTINUM("Mediastinum", 50, 350),
    ABDOMEN("Abdomen", 50, 400),
    BONE("Bone", 400, 1800),
    BRAIN("Brain", 40, 80),
    LIVER("Liver", 30, 150),
    SUBDURAL("Subdural", 75, 215);

    private final String label;
    private final WindowLevel window;

    WindowPreset(String label, double center, double width) {
        this.label = label;
        this.window = new WindowLevel(center, width);
    }

    /** The name shown to a user, for example "Lung". */
    public String label() {
        return label;
    }

    public WindowLevel window() {
        return window;
    }

    /** The key a viewer binds: 1 for the first preset, and so on. */
    public int key() {
        return ordinal() + 1;
    }

    /** The preset with this name (case-insensitive), as a command line would accept it. */
    public static Optional<WindowPreset> named(String name) {
        for (WindowPreset preset : values()) {
            if (preset.name().equalsIgnoreCase(name.trim()) || preset.label.toLowerCase(Locale.ROOT).equals(name.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(preset);
            }
        }
        return Optional.empty();
    }

    /** The preset bound to a digit key, if any. */
    public static Optional<WindowPreset> forKey(int key) {
        return key >= 1 && key <= values().length ? Optional.of(values()[key - 1]) : Optional.empty();
    }
}
