package org.lumen.dicom.codec.jpeg;

import org.lumen.dicom.DicomFormatException;

/**
 * One Huffman table of a DHT segment (T.81 Annex C), with a 9-bit lookahead table for the
 * short codes and the canonical max-code arrays (T.81 F.2.2.3) for the long ones.
 */
final class HuffmanTable {
    static final int LOOKAHEAD = 9;

    /** Indexed by the next 9 bits: (code length << 8) | symbol, or 0 when the code is longer. */
    final int[] lookup = new int[1 << LOOKAHEAD];
    /** Largest code of each length 1..16, or -1 when that length has no code. */
    final int[] maxCode = new int[17];
    /** Added to a code of each length to index {@link #symbols}. */
    final int[] valueOffset = new int[17];
    final int[] symbols;

    /**
     * @param counts  BITS: the number of codes of each length 1..16 (index 0 unused)
     * @param symbols HUFFVAL in code order
     * @param offset  where the table starts in the bitstream, for errors
     */
    HuffmanTable(int[] counts, int[] symbols, long offset) throws DicomFormatException {
        this.symbols = symbols;
        int code = 0;
        int k = 0;
        for (int len = 1; len <= 16; len++) {
            int n = counts[len];
            if (n == 0) {
                maxCode[len] = -1;
            } else {
                valueOffset[len] = k - code;
                for (int i = 0; i < n; i++, k++, code++) {
                    if (len <= LOOKAHEAD) {
                        int shift = LOOKAHEAD - len;
                        int first = code << shift;
                        int entry = (len << 8) | symbols[k];
                        for (int j = 0; j < (1 << shift); j++) {
                            lookup[first + j] = entry;
                        }
                    }
                }
                maxCode[len] = code - 1;
            }
            if (code > (1 << len)) {
                throw JpegCodestream.broken(offset, "Huffman table has more codes of length " + len + " than fit");
            }
            code <<= 1;
        }
    }
}
