package org.lumen.dicom.codec.j2k;

import org.lumen.dicom.DicomFormatException;

/**
 * Finds the code stream inside a JP2 file (ISO 15444-1 Annex I), which some writers (old GDCM)
 * put into Pixel Data against PS3.5 A.4.4: the contents of the top-level contiguous code stream
 * box {@code jp2c}.
 */
final class Jp2Boxes {
    private static final int JP2C = 0x6A703263;

    private Jp2Boxes() {
    }

    /** Whether the bytes start with the JP2 signature box. */
    static boolean isJp2(byte[] data) {
        return data.length >= 12 && u32(data, 0) == 12 && u32(data, 4) == 0x6A502020 && u32(data, 8) == 0x0D0A870AL;
    }

    /** The code stream of a JP2 file: a copy of the contents of its first {@code jp2c} box. */
    static byte[] codestream(byte[] data) throws DicomFormatException {
        long pos = 0;
        while (pos + 8 <= data.length) {
            long length = u32(data, (int) pos);
            int type = (int) u32(data, (int) pos + 4);
            long header = 8;
            if (length == 1) {
                if (pos + 16 > data.length) {
                    break;
                }
                length = u32(data, (int) pos + 8) << 32 | u32(data, (int) pos + 12);
                header = 16;
            } else if (length == 0) {
                length = data.length - pos;
            }
            if (length < header || pos + length > data.length) {
                throw CodestreamHeader.bad(pos, "JP2 box of " + length + " bytes passes the end of the data ("
                        + data.length + " bytes)");
            }
            if (type == JP2C) {
                byte[] out = new byte[(int) (length - header)];
                System.arraycopy(data, (int) (pos + header), out, 0, out.length);
                return out;
            }
            pos += length;
        }
        throw CodestreamHeader.bad(pos, "JP2 data holds no contiguous code stream box (jp2c)");
    }

    private static long u32(byte[] d, int at) {
        return (d[at] & 0xFFL) << 24 | (d[at + 1] & 0xFFL) << 16 | (d[at + 2] & 0xFFL) << 8 | (d[at + 3] & 0xFFL);
    }
}
