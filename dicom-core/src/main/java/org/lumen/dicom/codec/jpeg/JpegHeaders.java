package org.lumen.dicom.codec.jpeg;

import org.lumen.dicom.DicomFormatException;

/** Parsers of the frame, scan, DHT and DQT marker segments (T.81 B.2.2, B.2.3, B.2.4). */
final class JpegHeaders {
    /** Zig-zag position k -> natural (row-major) position in the 8x8 block. */
    static final int[] NATURAL_ORDER = {
        0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5,
        12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7, 14, 21, 28,
        35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51,
        58, 59, 52, 45, 38, 31, 39, 46, 53, 60, 61, 54, 47, 55, 62, 63,
    };

    private JpegHeaders() {
    }

    static JpegFrame frame(JpegCodestream cs, int marker, int start, int end) throws DicomFormatException {
        if (cs.frame != null) {
            throw JpegCodestream.broken(start - 4, "second frame header in one codestream");
        }
        int precision = cs.u8(start, end);
        int height = cs.u16(start + 1);
        int width = cs.u16(start + 3);
        int n = cs.u8(start + 5, end);
        boolean lossless = marker == 0xC3;
        boolean ok = lossless ? precision >= 2 && precision <= 16
                : marker == 0xC0 ? precision == 8 : precision == 8 || precision == 12;
        if (!ok) {
            throw JpegCodestream.broken(start, "sample precision " + precision + " not allowed for SOF 0x"
                    + Integer.toHexString(marker));
        }
        if (height == 0) {
            throw JpegCodestream.broken(start + 1, "frame height 0 (DNL) is not supported");
        }
        if (width == 0) {
            throw JpegCodestream.broken(start + 3, "frame width 0");
        }
        if (n < 1 || n > 4 || start + 6 + 3 * n > end) {
            throw JpegCodestream.broken(start + 5, "bad number of components " + n + " for the segment length");
        }
        JpegComponent[] comps = new JpegComponent[n];
        for (int i = 0; i < n; i++) {
            int p = start + 6 + 3 * i;
            int hv = cs.u8(p + 1, end);
            int h = hv >> 4;
            int v = hv & 15;
            int tq = cs.u8(p + 2, end);
            if (h < 1 || h > 4 || v < 1 || v > 4 || tq > 3) {
                throw JpegCodestream.broken(p, "bad sampling factors or quantisation table of component " + i);
            }
            comps[i] = new JpegComponent(cs.u8(p, end), h, v, tq);
        }
        JpegFrame frame = new JpegFrame(marker, precision, width, height, comps);
        int blocks = 0;
        for (JpegComponent c : comps) {
            if (frame.hmax % c.h != 0 || frame.vmax % c.v != 0) {
                throw JpegCodestream.broken(start, "fractional sampling factors are not supported");
            }
            blocks += c.h * c.v;
            if (lossless && n > 1 && (c.h != 1 || c.v != 1)) {
                throw JpegCodestream.broken(start, "lossless frames with subsampled components are not supported");
            }
        }
        if (n > 1 && blocks > 10) {
            throw JpegCodestream.broken(start, "more than 10 blocks per MCU");
        }
        return frame;
    }

    static JpegScan scan(JpegCodestream cs, int start, int end) throws DicomFormatException {
        int n = cs.u8(start, end);
        if (n < 1 || n > 4 || start + 1 + 2 * n + 3 > end) {
            throw JpegCodestream.broken(start, "bad number of components in scan: " + n);
        }
        JpegComponent[] comps = new JpegComponent[n];
        for (int i = 0; i < n; i++) {
            int p = start + 1 + 2 * i;
            int id = cs.u8(p, end);
            int tables = cs.u8(p + 1, end);
            JpegComponent found = null;
            for (JpegComponent c : cs.frame.components) {
                if (c.id == id) {
                    found = c;
                }
            }
            if (found == null) {
                throw JpegCodestream.broken(p, "scan names component " + id + " that the frame lacks");
            }
            found.dcSelector = tables >> 4;
            found.acSelector = tables & 15;
            if (found.dcSelector > 3 || found.acSelector > 3 || cs.dcTables[found.dcSelector] == null
                    || (!cs.frame.lossless() && cs.acTables[found.acSelector] == null)) {
                throw JpegCodestream.broken(p + 1, "scan uses a Huffman table that was not defined");
            }
            if (!cs.frame.lossless() && cs.quant[found.quantSelector] == null) {
                throw JpegCodestream.broken(p, "component uses a quantisation table that was not defined");
            }
            comps[i] = found;
        }
        int p = start + 1 + 2 * n;
        int ss = cs.u8(p, end);
        int se = cs.u8(p + 1, end);
        int a = cs.u8(p + 2, end);
        int ah = a >> 4;
        int al = a & 15;
        if (cs.frame.lossless()) {
            if (ss < 1 || ss > 7 || al >= cs.frame.precision) {
                throw JpegCodestream.broken(p, "bad lossless predictor " + ss + " or point transform " + al);
            }
        } else if (n > 1) {
            int blocks = 0;
            for (JpegComponent c : comps) {
                blocks += c.h * c.v;
            }
            if (blocks > 10) {
                throw JpegCodestream.broken(start, "more than 10 blocks per MCU");
            }
        }
        return new JpegScan(comps, ss, se, ah, al);
    }

    static void huffmanTables(JpegCodestream cs, int start, int end) throws DicomFormatException {
        int p = start;
        while (p < end) {
            int tcth = cs.u8(p, end);
            int tc = tcth >> 4;
            int th = tcth & 15;
            if (tc > 1 || th > 3) {
                throw JpegCodestream.broken(p, "bad Huffman table class/destination 0x" + Integer.toHexString(tcth));
            }
            int[] counts = new int[17];
            int total = 0;
            for (int i = 1; i <= 16; i++) {
                counts[i] = cs.u8(p + i, end);
                total += counts[i];
            }
            if (total > 256 || p + 17 + total > end) {
                throw JpegCodestream.broken(p, "Huffman table with " + total + " codes does not fit its segment");
            }
            int[] symbols = new int[total];
            for (int i = 0; i < total; i++) {
                symbols[i] = cs.u8(p + 17 + i, end);
            }
            HuffmanTable table = new HuffmanTable(counts, symbols, p);
            if (tc == 0) {
                cs.dcTables[th] = table;
            } else {
                cs.acTables[th] = table;
            }
            p += 17 + total;
        }
    }

    static void quantTables(JpegCodestream cs, int start, int end) throws DicomFormatException {
        int p = start;
        while (p < end) {
            int pqtq = cs.u8(p, end);
            int pq = pqtq >> 4;
            int tq = pqtq & 15;
            if (pq > 1 || tq > 3) {
                throw JpegCodestream.broken(p, "bad quantisation table precision/destination 0x" + Integer.toHexString(pqtq));
            }
            p++;
            int[] table = new int[64];
            for (int k = 0; k < 64; k++) {
                int q = pq == 0 ? cs.u8(p, end) : (cs.u8(p, end) << 8) | cs.u8(p + 1, end);
                p += pq + 1;
                table[NATURAL_ORDER[k]] = q;
            }
            cs.quant[tq] = table;
        }
    }
}
