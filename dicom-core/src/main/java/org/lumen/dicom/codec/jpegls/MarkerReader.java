package org.lumen.dicom.codec.jpegls;

import org.lumen.dicom.DicomFormatException;
import org.lumen.dicom.DicomFormatException.Problem;

/** Bounds-checked reads of marker segments in a JPEG-LS bitstream. */
final class MarkerReader {
    private final byte[] data;

    MarkerReader(byte[] data) {
        this.data = data;
    }

    int length() {
        return data.length;
    }

    byte[] data() {
        return data;
    }

    int u8(int at) throws DicomFormatException {
        if (at >= data.length) {
            throw truncated(at);
        }
        return data[at] & 0xFF;
    }

    int u16(int at) throws DicomFormatException {
        if (at + 1 >= data.length) {
            throw truncated(at);
        }
        return (data[at] & 0xFF) << 8 | (data[at + 1] & 0xFF);
    }

    boolean startsWith(int at, String ascii) {
        if (at + ascii.length() > data.length) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (data[at + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The length field of the marker segment at {@code marker}, checked to lie within the data.
     */
    int segmentLength(int marker) throws DicomFormatException {
        int length = u16(marker + 2);
        if (length < 2) {
            throw new DicomFormatException(Problem.BAD_PIXEL_DATA, marker + 2, "JPEG-LS marker segment length " + length);
        }
        if (marker + 2 + length > data.length) {
            throw new DicomFormatException(Problem.BAD_PIXEL_DATA, marker + 2, "JPEG-LS marker segment of " + length
                    + " bytes passes the end of the bitstream (" + data.length + " bytes)");
        }
        return length;
    }

    /** Offset of the marker at {@code pos}, after any 0xFF fill bytes; it must be there. */
    int findMarker(int pos) throws DicomFormatException {
        if (pos + 1 >= data.length) {
            throw new DicomFormatException(Problem.BAD_PIXEL_DATA, pos, "JPEG-LS bitstream ends without EOI");
        }
        if (data[pos] != (byte) 0xFF) {
            throw new DicomFormatException(Problem.BAD_PIXEL_DATA, pos,
                    "JPEG-LS marker expected, found byte " + (data[pos] & 0xFF));
        }
        int at = pos;
        while (at + 1 < data.length && data[at + 1] == (byte) 0xFF) {
            at++;
        }
        if (at + 1 >= data.length) {
            throw new DicomFormatException(Problem.BAD_PIXEL_DATA, at, "JPEG-LS bitstream ends without EOI");
        }
        return at;
    }

    DicomFormatException truncated(int at) {
        return new DicomFormatException(Problem.BAD_PIXEL_DATA, at, "JPEG-LS bitstream ends inside a marker segment");
    }
}
