package org.lumen.dicom.codec.jpegls;

import org.lumen.dicom.DicomFormatException;
import org.lumen.dicom.DicomFormatException.Problem;

/**
 * Reads the entropy-coded bits of one scan segment, between its header and the next marker,
 * dropping the 0 bit stuffed after each 0xFF byte (T.87 A.1). Reading past the segment end yields
 * zero bits, counted: more than a few dozen of them, or any left consumed at the end, is an error.
 */
final class ScanBitReader {
    private static final int MAX_PADDING_BITS = 256;

    private final byte[] data;
    private final int end;
    private int pos;
    private boolean afterFF;
    /** Unread bits, left aligned at bit 63. */
    private long cache;
    private int cached;
    private int paddingBits;

    ScanBitReader(byte[] data, int start, int end) {
        this.data = data;
        this.pos = start;
        this.end = end;
    }

    private void fill() throws DicomFormatException {
        while (cached <= 55) {
            if (pos < end) {
                int b = data[pos++] & 0xFF;
                if (afterFF) {
                    cache |= (long) b << (57 - cached);
                    cached += 7;
                } else {
                    cache |= (long) b << (56 - cached);
                    cached += 8;
                }
                afterFF = b == 0xFF;
            } else {
                paddingBits += 8;
                cached += 8;
                if (paddingBits > MAX_PADDING_BITS) {
                    throw new DicomFormatException(Problem.BAD_PIXEL_DATA, end,
                            "JPEG-LS scan data ends before the image is complete");
                }
            }
        }
    }

    boolean readBit() throws DicomFormatException {
        if (cached == 0) {
            fill();
        }
        boolean bit = cache < 0;
        cache <<= 1;
        cached--;
        return bit;
    }

    /** Reads {@code n} bits, 0 to 31, most significant first. */
    int readBits(int n) throws DicomFormatException {
        if (n == 0) {
            return 0;
        }
        if (cached < n) {
            fill();
        }
        int value = (int) (cache >>> (64 - n));
        cache <<= n;
        cached -= n;
        return value;
    }

    /**
     * Counts 0 bits up to and including the next 1 bit; returns the count of zeros.
     *
     * @throws DicomFormatException when more than {@code max} zeros come
     */
    int readUnary(int max) throws DicomFormatException {
        int zeros = 0;
        while (true) {
            if (cached == 0) {
                fill();
            }
            int lead = Long.numberOfLeadingZeros(cache);
            if (lead < cached) {
                zeros += lead;
                cache <<= lead + 1;
                cached -= lead + 1;
                if (zeros > max) {
                    throw corrupt();
                }
                return zeros;
            }
            zeros += cached;
            cache = 0;
            cached = 0;
            if (zeros > max) {
                throw corrupt();
            }
        }
    }

    /** Fails when the decoder consumed bits beyond the segment's data. */
    void checkComplete() throws DicomFormatException {
        if (paddingBits > cached) {
            throw new DicomFormatException(Problem.BAD_PIXEL_DATA, end,
                    "JPEG-LS scan data ends before the image is complete");
        }
    }

    private DicomFormatException corrupt() {
        return error("JPEG-LS scan data holds a Golomb code longer than LIMIT");
    }

    /** An error at the byte the reader has reached. */
    DicomFormatException error(String detail) {
        return new DicomFormatException(Problem.BAD_PIXEL_DATA, Math.max(0, pos - (cached + 7) / 8), detail);
    }
}
