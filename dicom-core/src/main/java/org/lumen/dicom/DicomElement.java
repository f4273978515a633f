package org.lumen.dicom;

import java.util.Objects;

/** One attribute of a data set: its tag, its value representation and its value. */
public record DicomElement(int tag, VR vr, Value value) {
    public DicomElement {
        Objects.requireNonNull(vr, "vr");
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return Tag.toString(tag) + " " + vr + " " + value.getClass().getSimpleName()
                + (value.length() >= 0 ? " length " + value.length() : "");
    }
}
