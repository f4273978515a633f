package org.lumen.dicom.sr;

import java.util.Objects;

/** A coded concept (PS3.3 table 8.8-1): code value, coding scheme designator, code meaning. */
public record Code(String value, String scheme, String meaning) {
    public Code {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(meaning, "meaning");
        if (value.isBlank() || scheme.isBlank()) {
            throw new IllegalArgumentException("a code needs a value and a scheme: " + value + "/" + scheme);
        }
    }

    /** Same concept: value and scheme match (the meaning is only a label). */
    public boolean sameConcept(Code other) {
        return value.equals(other.value) && scheme.equals(other.scheme);
    }
}
