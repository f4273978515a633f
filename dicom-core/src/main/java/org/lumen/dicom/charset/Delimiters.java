package org.lumen.dicom.charset;

import org.lumen.dicom.VR;

/**
 * The characters at which ISO 2022 designations return to their initial state (PS3.5 section
 * 6.1.2.5.3): CR, LF, FF and TAB always; the backslash between values of the string VRs; and
 * '^' and '=' between the components and groups of a person name.
 */
enum Delimiters {
    TEXT, STRING, PERSON_NAME;

    static Delimiters of(VR vr) {
        if (vr == VR.PN) {
            return PERSON_NAME;
        }
        return vr.kind() == VR.Kind.TEXT ? TEXT : STRING;
    }

    boolean resetsAt(int c) {
        return switch (c) {
            case '\r', '\n', '\f', '\t' -> true;
            case '\\' -> this != TEXT;
            case '^', '=' -> this == PERSON_NAME;
            default -> false;
        };
    }
}
