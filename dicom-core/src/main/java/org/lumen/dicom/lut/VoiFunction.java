package org.lumen.dicom.lut;

import java.util.Locale;
import java.util.Optional;

/** VOI LUT Function (0028,1056), PS3.3 C.11.2.1.3: how Window Center and Width are applied. */
public enum VoiFunction {
    /** C.11.2.1.2.1, the default. */
    LINEAR,
    /** C.11.2.1.3.2. */
    LINEAR_EXACT,
    /** C.11.2.1.3.1. */
    SIGMOID;

    /** The function a VOI LUT Function value names; LINEAR when absent. */
    public static Optional<VoiFunction> fromCode(String code) {
        String c = code.trim().toUpperCase(Locale.ROOT);
        if (c.isEmpty()) {
            return Optional.of(LINEAR);
        }
        for (VoiFunction f : values()) {
            if (f.name().equals(c)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
