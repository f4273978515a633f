package org.lumen.dicom;

import java.io.IOException;
import java.util.Objects;

/**
 * Input that is not valid DICOM, or that this toolkit cannot read: it names the problem and the
 * byte offset where it was found (-1 where no offset applies).
 */
public class DicomFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    /** What is wrong with the input. */
    public enum Problem {
        /** The input ends before a header or value it announces. */
        TRUNCATED,
        /** A length points past the end of its container (file, item or sequence). */
        LENGTH_PAST_END,
        /** Two bytes where an explicit VR belongs are not a VR. */
        BAD_VR,
        /** A length or count too large to be real, refused before allocating memory for it. */
        ABSURD_SIZE,
        /** Encapsulated pixel data whose items or delimiters are broken. */
        BAD_FRAGMENT,
        /** A sequence item or delimiter where none belongs, or an odd length where it must be even. */
        BAD_ITEM,
        /** The File Meta Information is missing what it must hold or is malformed. */
        BAD_META,
        /** A transfer syntax that is unknown or not supported for this operation. */
        UNSUPPORTED_TRANSFER_SYNTAX,
        /** Pixel data that contradicts the image pixel module, or a compressed bitstream that is broken. */
        BAD_PIXEL_DATA,
        /** A value that does not parse as its VR says (a DICOM JSON number that is not a number, say). */
        BAD_VALUE,
        /** DICOM JSON that is not valid JSON or not the model of PS3.18 Annex F. */
        BAD_JSON
    }

    private final Problem problem;
    private final long offset;

    public DicomFormatException(Problem problem, long offset, String detail) {
        this(problem, offset, detail, null);
    }

    public DicomFormatException(Problem problem, long offset, String detail, Throwable cause) {
        super(format(problem, offset, detail), cause);
        this.problem = Objects.requireNonNull(problem, "problem");
        this.offset = offset;
    }

    private static String format(Problem problem, long offset, String detail) {
        String where = offset >= 0 ? " at byte offset " + offset : "";
        return problem.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + where + ": " + detail;
    }

    public Problem problem() {
        return problem;
    }

    /** Byte offset in the input where the problem was found, or -1. */
    public long offset() {
        return offset;
    }
}
