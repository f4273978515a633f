package org.lumen.dicom.lut;

import org.lumen.dicom.DicomFormatException;
import org.lumen.dicom.DicomFormatException.Problem;

/**
 * Expands Segmented Palette Color Lookup Table Data (PS3.3 C.7.9.2) into a full table. Segments are
 * discrete (opcode 0: length, then that many entries), linear (opcode 1: length, end value; the values
 * from the previous entry to the end value on a straight line, rounded half up) and indirect (opcode 2:
 * number of segments to copy, then a 32-bit offset, low word first, the byte offset from the start of
 * the segmented data of the first segment to copy; pydicom reads it as a word index instead).
 *
 * <p>Expansion always ends: an indirect segment may only point before itself and copies only
 * segments that lie before it, and the number of segments expanded in all is bounded.
 */
public final class SegmentedPalette {
    /** Segments expanded at most (indirect segments re-expand earlier ones); more is refused as absurd. */
    static final int MAX_SEGMENTS = 1 << 20;

    private final int[] words;
    private final int bytesPerWord;
    private final int[] out;
    private int filled;
    private int segmentsExpanded;

    private SegmentedPalette(int[] words, int bytesPerWord, int entries) {
        this.words = words;
        this.bytesPerWord = bytesPerWord;
        this.out = new int[entries];
    }

    /**
     * @param words        the segmented data as 16-bit words (for 8-bit data, each byte widened to a word)
     * @param entries      the number of entries the expanded table must have
     * @param bytesPerWord 2 for 16-bit segmented data, 1 for 8-bit: turns indirect byte offsets into indices
     * @throws DicomFormatException {@code BAD_VALUE} for an unknown opcode, a segment past the data, an
     *                              indirect segment pointing forward, or an expansion that does not give
     *                              {@code entries} values
     */
    public static int[] expand(int[] words, int entries, int bytesPerWord) throws DicomFormatException {
        if (bytesPerWord != 1 && bytesPerWord != 2) {
            throw new IllegalArgumentException("bytes per word must be 1 or 2: " + bytesPerWord);
        }
        SegmentedPalette expansion = new SegmentedPalette(words.clone(), bytesPerWord, entries);
        expansion.run(0, Integer.MAX_VALUE, words.length);
        if (expansion.filled != entries) {
            throw new DicomFormatException(Problem.BAD_VALUE, -1, "segmented palette data expands to " + expansion.filled
                    + " entries, the descriptor says " + entries);
        }
        return expansion.out;
    }

    private void run(int start, int segments, int limit) throws DicomFormatException {
        int at = start;
        for (int s = 0; s < segments && at + 1 < limit; s++) {
            if (++segmentsExpanded > MAX_SEGMENTS) {
                throw new DicomFormatException(Problem.BAD_VALUE, -1, "segmented palette data expands more than "
                        + MAX_SEGMENTS + " segments");
            }
            int segmentStart = at;
            int opcode = words[at];
            int length = words[at + 1];
            at += 2;
            switch (opcode) {
                case 0 -> {
                    need(segmentStart, at, length, limit);
                    room(length);
                    System.arraycopy(words, at, out, filled, length);
                    filled += length;
                    at += length;
                }
                case 1 -> {
                    need(segmentStart, at, 1, limit);
                    if (filled == 0) {
                        throw new DicomFormatException(Problem.BAD_VALUE, -1, "a linear segment cannot come first");
                    }
                    room(length);
                    int y0 = out[filled - 1];
                    int y1 = words[at++];
                    for (int i = 1; i <= length; i++) {
                        out[filled++] = (int) Math.floor(y0 + (double) (y1 - y0) * i / length + 0.5);
                    }
                }
                case 2 -> {
                    need(segmentStart, at, 2, limit);
                    long byteOffset = (words[at] & 0xFFFFL) | (words[at + 1] & 0xFFFFL) << 16;
                    at += 2;
                    if (filled == 0) {
                        throw new DicomFormatException(Problem.BAD_VALUE, -1, "an indirect segment cannot come first");
                    }
                    if (byteOffset % bytesPerWord != 0 || byteOffset / bytesPerWord >= segmentStart) {
                        throw new DicomFormatException(Problem.BAD_VALUE, -1, "indirect segment at word " + segmentStart
                                + " points to byte offset " + byteOffset + ", not to an earlier segment");
                    }
                    run((int) (byteOffset / bytesPerWord), length, segmentStart);
                }
                default -> throw new DicomFormatException(Problem.BAD_VALUE, -1, "unknown segment opcode " + opcode
                        + " at word " + segmentStart);
            }
        }
    }

    private void need(int segmentStart, int at, int length, int limit) throws DicomFormatException {
        if (at + (long) length > Math.min(limit, words.length)) {
            throw new DicomFormatException(Problem.BAD_VALUE, -1, "segment at word " + segmentStart + " runs past the data");
        }
    }

    private void room(int length) throws DicomFormatException {
        if (filled + (long) length > out.length) {
            throw new DicomFormatException(Problem.BAD_VALUE, -1, "segmented palette data expands past " + out.length + " entries");
        }
    }
}
