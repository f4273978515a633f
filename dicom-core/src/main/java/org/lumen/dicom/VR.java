package org.lumen.dicom;

import java.util.Optional;

/**
 * The value representations of PS3.5 section 6.2, with what an encoder and a decoder need to know
 * about each: how its length is written in explicit VR encodings, how values are padded and split,
 * how wide one binary value is, and whether the Specific Character Set applies.
 */
public enum VR {
    AE(Kind.STRING, 0, false, ' ', false),
    AS(Kind.STRING, 0, false, ' ', false),
    AT(Kind.BINARY, 4, false, 0, false),
    CS(Kind.STRING, 0, false, ' ', false),
    DA(Kind.STRING, 0, false, ' ', false),
    DS(Kind.STRING, 0, false, ' ', false),
    DT(Kind.STRING, 0, false, ' ', false),
    FD(Kind.BINARY, 8, false, 0, false),
    FL(Kind.BINARY, 4, false, 0, false),
    IS(Kind.STRING, 0, false, ' ', false),
    LO(Kind.STRING, 0, false, ' ', true),
    LT(Kind.TEXT, 0, false, ' ', true),
    OB(Kind.BINARY, 1, true, 0, false),
    OD(Kind.BINARY, 8, true, 0, false),
    OF(Kind.BINARY, 4, true, 0, false),
    OL(Kind.BINARY, 4, true, 0, false),
    OV(Kind.BINARY, 8, true, 0, false),
    OW(Kind.BINARY, 2, true, 0, false),
    PN(Kind.STRING, 0, false, ' ', true),
    SH(Kind.STRING, 0, false, ' ', true),
    SL(Kind.BINARY, 4, false, 0, false),
    SQ(Kind.SEQUENCE, 0, true, 0, false),
    SS(Kind.BINARY, 2, false, 0, false),
    ST(Kind.TEXT, 0, false, ' ', true),
    SV(Kind.BINARY, 8, true, 0, false),
    TM(Kind.STRING, 0, false, ' ', false),
    UC(Kind.STRING, 0, true, ' ', true),
    UI(Kind.STRING, 0, false, 0, false),
    UL(Kind.BINARY, 4, false, 0, false),
    UN(Kind.BINARY, 1, true, 0, false),
    UR(Kind.TEXT, 0, true, ' ', false),
    US(Kind.BINARY, 2, false, 0, false),
    UT(Kind.TEXT, 0, true, ' ', true),
    UV(Kind.BINARY, 8, true, 0, false);

    /** How the bytes of a value are interpreted. */
    public enum Kind {
        /** Character string, several values separated by a backslash. */
        STRING,
        /** Character text with one value: the backslash is an ordinary character. */
        TEXT,
        /** Fixed-width binary numbers (or bytes), in the byte order of the encoding. */
        BINARY,
        /** A sequence of items. */
        SEQUENCE
    }

    private final Kind kind;
    private final int bytesPerValue;
    private final boolean longExplicitLength;
    private final int paddingByte;
    private final boolean specificCharacterSet;

    VR(Kind kind, int bytesPerValue, boolean longExplicitLength, int paddingByte, boolean specificCharacterSet) {
        this.kind = kind;
        this.bytesPerValue = bytesPerValue;
        this.longExplicitLength = longExplicitLength;
        this.paddingByte = paddingByte;
        this.specificCharacterSet = specificCharacterSet;
    }

    public Kind kind() {
        return kind;
    }

    /** Width of one value in bytes for binary VRs (1 for OB and UN), 0 otherwise. */
    public int bytesPerValue() {
        return bytesPerValue;
    }

    /**
     * True when explicit VR encodings write this VR with two reserved bytes and a 32-bit length
     * (PS3.5 section 7.1.2), false when they write a 16-bit length.
     */
    public boolean hasLongExplicitLength() {
        return longExplicitLength;
    }

    /** The byte appended to make a value's length even: space for text, NUL for UI and binary. */
    public int paddingByte() {
        return paddingByte;
    }

    /** True for the VRs whose text is decoded with the Specific Character Set (0008,0005). */
    public boolean usesSpecificCharacterSet() {
        return specificCharacterSet;
    }

    public boolean isString() {
        return kind == Kind.STRING || kind == Kind.TEXT;
    }

    public boolean isBinary() {
        return kind == Kind.BINARY;
    }

    /** The VR spelled by two ASCII bytes, as in an explicit VR header. */
    public static Optional<VR> fromCode(int firstByte, int secondByte) {
        if (firstByte < 'A' || firstByte > 'Z' || secondByte < 'A' || secondByte > 'Z') {
            return Optional.empty();
        }
        return fromCode("" + (char) firstByte + (char) secondByte);
    }

    public static Optional<VR> fromCode(String code) {
        for (VR vr : values()) {
            if (vr.name().equals(code)) {
                return Optional.of(vr);
            }
        }
        return Optional.empty();
    }
}
