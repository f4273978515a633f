package org.lumen.dicom.codec.jpeg;

import org.lumen.dicom.DicomFormatException;

/**
 * Reads the entropy-coded segments of one scan bit by bit: removes the stuffed zero byte after
 * 0xFF, stops at the next marker and refuses to hand out bits beyond it, so a code that runs
 * past the data fails with its offset instead of decoding invented bits.
 */
final class EntropyReader {
    private final byte[] data;
    private int pos;
    private long buffer;
    private int count;
    /** The lowest {@code fake} bits of the buffer are zero fill past a marker or the end. */
    private int fake;
    private boolean stopped;

    EntropyReader(byte[] data, int start) {
        this.data = data;
        this.pos = start;
    }

    /** Offset of the next byte not yet read into the bit buffer. */
    int position() {
        return pos;
    }

    private void fill() {
        while (count <= 56) {
            int b = 0;
            if (stopped || pos >= data.length) {
                stopped = true;
                fake += 8;
            } else {
                b = data[pos] & 0xFF;
                if (b == 0xFF) {
                    if (pos + 1 < data.length && data[pos + 1] == 0) {
                        pos += 2;
                    } else {
                        stopped = true;
                        b = 0;
                        fake += 8;
                    }
                } else {
                    pos++;
                }
            }
            buffer = (buffer << 8) | b;
            count += 8;
        }
    }

    private void consume(int n) throws DicomFormatException {
        if (n > count - fake) {
            throw JpegCodestream.broken(pos, "entropy-coded data ends inside a code (truncated or bad marker)");
        }
        count -= n;
    }

    /** Reads {@code n} (0..16) raw bits. */
    int bits(int n) throws DicomFormatException {
        if (n == 0) {
            return 0;
        }
        if (count < n) {
            fill();
        }
        int v = (int) (buffer >>> (count - n)) & ((1 << n) - 1);
        consume(n);
        return v;
    }

    /** Reads {@code s} bits and sign-extends them as T.81 F.2.2.1 EXTEND does. */
    int receiveExtend(int s) throws DicomFormatException {
        int v = bits(s);
        return v < (1 << (s - 1)) ? v - (1 << s) + 1 : v;
    }

    int decode(HuffmanTable table) throws DicomFormatException {
        if (count < 16) {
            fill();
        }
        return symbolNoFill(table);
    }

    /**
     * Decodes a Huffman symbol and, when it is a size category 1..15 in its low four bits, the
     * extra bits that follow, sign-extended: returns (run << 16) | (value & 0xFFFF) with run = the
     * symbol's high four bits, and for size 0 just the symbol. One buffer fill covers both parts.
     * For sequential AC coefficients; DC and lossless use {@link #difference}.
     */
    int runAndValue(HuffmanTable table) throws DicomFormatException {
        if (count < 32) {
            fill();
        }
        int fast = table.fastCoefficient[(int) (buffer >>> (count - HuffmanTable.FAST_BITS)) & 0xFFF];
        if (fast != 0) {
            consume(fast & 0xFF);
            return ((fast >>> 8) & 0xF) << 16 | ((fast >> 16) & 0xFFFF) | 0x100000;
        }
        int rs = symbolNoFill(table);
        int size = rs & 15;
        if (size == 0) {
            return rs;
        }
        int v = (int) (buffer >>> (count - size)) & ((1 << size) - 1);
        consume(size);
        if (v < (1 << (size - 1))) {
            v += 1 - (1 << size);
        }
        return ((rs >> 4) << 16) | (v & 0xFFFF) | 0x100000;
    }

    /**
     * Decodes a difference: a size category 0..16 then that many extra bits (T.81 F.2.2.1, H.1.2.2);
     * category 16 reads no bits and means 32768 (lossless only). Used for DC and lossless samples.
     */
    int difference(HuffmanTable table) throws DicomFormatException {
        if (count < 32) {
            fill();
        }
        int fast = table.fastDifference[(int) (buffer >>> (count - HuffmanTable.FAST_BITS)) & 0xFFF];
        if (fast != 0) {
            consume(fast & 0xFF);
            return fast >> 8;
        }
        int s = symbolNoFill(table);
        if (s == 0) {
            return 0;
        }
        if (s >= 16) {
            if (s == 16) {
                return 32768;
            }
            throw JpegCodestream.broken(pos, "difference category " + s);
        }
        int v = (int) (buffer >>> (count - s)) & ((1 << s) - 1);
        consume(s);
        return v < (1 << (s - 1)) ? v - (1 << s) + 1 : v;
    }

    private int symbolNoFill(HuffmanTable table) throws DicomFormatException {
        int entry = table.lookup[(int) (buffer >>> (count - HuffmanTable.LOOKAHEAD)) & 0x1FF];
        if (entry != 0) {
            consume(entry >>> 8);
            return entry & 0xFF;
        }
        int code16 = (int) (buffer >>> (count - 16)) & 0xFFFF;
        for (int len = HuffmanTable.LOOKAHEAD + 1; len <= 16; len++) {
            int code = code16 >>> (16 - len);
            if (code <= table.maxCode[len]) {
                consume(len);
                return table.symbols[code + table.valueOffset[len]];
            }
        }
        throw JpegCodestream.broken(pos, "bits that are no code of the Huffman table");
    }

    /**
     * Ends the current restart interval: drops the padding bits and expects marker RST{@code n}
     * (fill bytes before it are allowed).
     */
    void restart(int n) throws DicomFormatException {
        int at = nextMarker();
        if (at + 1 >= data.length || (data[at + 1] & 0xFF) != 0xD0 + n) {
            throw JpegCodestream.broken(at, "expected restart marker RST" + n);
        }
        pos = at + 2;
        buffer = 0;
        count = 0;
        fake = 0;
        stopped = false;
    }

    /** Offset of the 0xFF of the next marker at or after {@link #position()}, or the data length. */
    int nextMarker() {
        int p = pos;
        while (p + 1 < data.length) {
            if (data[p] == (byte) 0xFF) {
                int next = data[p + 1] & 0xFF;
                if (next != 0 && next != 0xFF) {
                    return p;
                }
            }
            p++;
        }
        return data.length;
    }
}
