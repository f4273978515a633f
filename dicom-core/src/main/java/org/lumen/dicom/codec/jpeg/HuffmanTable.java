package org.lumen.dicom.codec.jpeg;

import org.lumen.dicom.DicomFormatException;

/**
 * One Huffman table of a DHT segment (T.81 Annex C), with a 9-bit lookahead table for the
 * short codes and the canonical max-code arrays (T.81 F.2.2.3) for the long ones.
 */
final class HuffmanTable {
    static final int LOOKAHEAD = 9;
    /** Bits looked ahead by the fused code-plus-extra-bits tables. */
    static final int FAST_BITS = 12;

    /** Indexed by the next 9 bits: (code length << 8) | symbol, or 0 when the code is longer. */
    final int[] lookup = new int[1 << LOOKAHEAD];
    /** Largest code of each length 1..16, or -1 when that length has no code. */
    final int[] maxCode = new int[17];
    /** Added to a code of each length to index {@link #symbols}. */
    final int[] valueOffset = new int[17];
    final int[] symbols;
    /**
     * Indexed by the next 12 bits, for tables of size categories (DC, lossless): when the code and
     * its extra bits fit in 12 bits, (difference << 8) | total length; otherwise 0.
     */
    final int[] fastDifference = new int[1 << FAST_BITS];
    /**
     * The same for AC tables: when a run/size code with size 1..15 and its extra bits fit in 12
     * bits, (coefficient << 16) | (run << 8) | total length; otherwise 0.
     */
    final int[] fastCoefficient = new int[1 << FAST_BITS];

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
        for (int look = 0; look < (1 << FAST_BITS); look++) {
            int len = 1;
            while (len <= FAST_BITS && (look >>> (FAST_BITS - len)) > maxCode[len]) {
                len++;
            }
            if (len > FAST_BITS) {
                continue;
            }
            int symbol = symbols[(look >>> (FAST_BITS - len)) + valueOffset[len]];
            if (symbol <= 15 && len + symbol <= FAST_BITS) {
                fastDifference[look] = (extended(look, len, symbol) << 8) | (len + symbol);
            }
            int size = symbol & 15;
            if (size != 0 && len + size <= FAST_BITS) {
                fastCoefficient[look] = (extended(look, len, size) << 16) | ((symbol >> 4) << 8) | (len + size);
            }
        }
    }

    /** The {@code size} bits after a code of {@code len} bits in a 12-bit lookahead, sign-extended (F.2.2.1). */
    private static int extended(int look, int len, int size) {
        if (size == 0) {
            return 0;
        }
        int v = (look >> (FAST_BITS - len - size)) & ((1 << size) - 1);
        return v < (1 << (size - 1)) ? v - (1 << size) + 1 : v;
    }
}
