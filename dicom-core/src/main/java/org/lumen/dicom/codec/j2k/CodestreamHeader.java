package org.lumen.dicom.codec.j2k;

import org.lumen.dicom.DicomFormatException;
import org.lumen.dicom.DicomFormatException.Problem;

/**
 * What the main header of a JPEG 2000 code stream (ISO 15444-1 A.5.1 SIZ, A.6.1 COD) says about
 * the image: read before decoding, to check it against the data set and to refuse absurd sizes.
 *
 * @param width              image width (Xsiz - XOsiz)
 * @param height             image height (Ysiz - YOsiz)
 * @param components         Csiz
 * @param precision          bits of component 0
 * @param signed             sign bit of Ssiz of component 0
 * @param colourTransform    whether COD asks for the multiple component transform (RCT or ICT)
 * @param reversible         whether COD names the reversible 5-3 wavelet
 */
record CodestreamHeader(int width, int height, int components, int precision, boolean signed,
        boolean colourTransform, boolean reversible) {

    CodestreamHeader {
        if (width <= 0 || height <= 0 || components <= 0 || precision < 1 || precision > 31) {
            throw new IllegalArgumentException("code stream header " + width + " x " + height + " x " + components
                    + ", " + precision + " bits");
        }
    }

    static CodestreamHeader read(byte[] data) throws DicomFormatException {
        if (data.length < 4 || u16(data, 0) != 0xFF4F) {
            throw bad(0, "JPEG 2000 code stream does not start with SOC (FF4F)");
        }
        if (u16(data, 2) != 0xFF51) {
            throw bad(2, "JPEG 2000 code stream has no SIZ marker after SOC");
        }
        int siz = 2;
        int lsiz = u16(data, siz + 2);
        if (siz + 2 + lsiz > data.length || lsiz < 41) {
            throw bad(siz + 2, "JPEG 2000 SIZ segment length " + lsiz + " passes the end or is too short");
        }
        long xsiz = u32(data, siz + 6);
        long ysiz = u32(data, siz + 10);
        long xo = u32(data, siz + 14);
        long yo = u32(data, siz + 18);
        int components = u16(data, siz + 38);
        if (xo >= xsiz || yo >= ysiz || xsiz - xo > Integer.MAX_VALUE || ysiz - yo > Integer.MAX_VALUE) {
            throw bad(siz + 6, "JPEG 2000 SIZ image area " + xsiz + " x " + ysiz + " from " + xo + ", " + yo);
        }
        if (components < 1 || lsiz != 38 + 3 * components) {
            throw bad(siz + 38, "JPEG 2000 SIZ with " + components + " components and length " + lsiz);
        }
        int ssiz = data[siz + 40] & 0xFF;
        int precision = (ssiz & 0x7F) + 1;
        if (precision > 31) {
            throw bad(siz + 40, "JPEG 2000 component precision " + precision);
        }
        boolean mct = false;
        boolean reversible = false;
        int pos = siz + 2 + lsiz;
        while (pos + 4 <= data.length) {
            int marker = u16(data, pos);
            if (marker == 0xFF90 || marker == 0xFF93 || (marker & 0xFF00) != 0xFF00) {
                break;
            }
            int length = u16(data, pos + 2);
            if (length < 2 || pos + 2 + length > data.length) {
                throw bad(pos + 2, "JPEG 2000 marker segment length " + length + " passes the end");
            }
            if (marker == 0xFF52 && length >= 12) {
                mct = (data[pos + 8] & 0xFF) != 0;
                reversible = (data[pos + 13] & 0xFF) == 1;
            }
            pos += 2 + length;
        }
        return new CodestreamHeader((int) (xsiz - xo), (int) (ysiz - yo), components, precision, (ssiz & 0x80) != 0,
                mct, reversible);
    }

    private static int u16(byte[] d, int at) throws DicomFormatException {
        if (at + 1 >= d.length) {
            throw bad(at, "JPEG 2000 code stream ends inside its main header");
        }
        return (d[at] & 0xFF) << 8 | (d[at + 1] & 0xFF);
    }

    private static long u32(byte[] d, int at) throws DicomFormatException {
        return (long) u16(d, at) << 16 | u16(d, at + 2);
    }

    static DicomFormatException bad(long at, String detail) {
        return new DicomFormatException(Problem.BAD_PIXEL_DATA, at, detail);
    }
}
