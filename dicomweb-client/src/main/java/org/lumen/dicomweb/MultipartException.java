package org.lumen.dicomweb;

/**
 * A {@code multipart/related} body is malformed or was cut off. Names the zero-based index of the
 * part being read ({@code -1} before the first delimiter) and the byte offset in the body where
 * the problem was found.
 */
public final class MultipartException extends DicomWebException {
    private static final long serialVersionUID = 1L;

    private final int partIndex;
    private final long offset;

    public MultipartException(Problem problem, int partIndex, long offset, String detail) {
        super(problem, -1, "part " + partIndex + " at byte " + offset + ": " + detail, null);
        this.partIndex = partIndex;
        this.offset = offset;
    }

    /** Zero-based index of the part being read, or {@code -1} in the preamble. */
    public int partIndex() {
        return partIndex;
    }

    /** Byte offset in the multipart body. */
    public long offset() {
        return offset;
    }
}
