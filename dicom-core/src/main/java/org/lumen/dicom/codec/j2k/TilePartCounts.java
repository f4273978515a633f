package org.lumen.dicom.codec.j2k;

import java.util.HashMap;
import java.util.Map;

/**
 * Repairs a code stream whose SOT markers understate the number of tile-parts of a tile (TNsot
 * smaller than a tile-part index TPsot it holds, against ISO 15444-1 A.4.2). Some writers do
 * this (GDCMJ2K_TextGBR.dcm has six tile-parts per tile, each saying there are five); OpenJPEG
 * reads every tile-part regardless, while jai-imageio (JJ2000) stops after TNsot of them and so
 * loses the last quality layers of a lossless stream. The repair rewrites TNsot in a copy.
 */
final class TilePartCounts {
    private static final int SOT = 0xFF90;

    private TilePartCounts() {
    }

    /** The code stream itself when its tile-part counts are consistent, else a repaired copy. */
    static byte[] repair(byte[] codestream) {
        int first = firstTilePart(codestream);
        if (first < 0 || consistent(codestream, first)) {
            return codestream;
        }
        Map<Integer, Integer> parts = new HashMap<>();
        for (int pos = first; pos >= 0; pos = next(codestream, pos)) {
            parts.merge(u16(codestream, pos + 4), (codestream[pos + 10] & 0xFF) + 1, Math::max);
        }
        byte[] copy = codestream.clone();
        for (int pos = first; pos >= 0; pos = next(codestream, pos)) {
            copy[pos + 11] = (byte) (int) parts.get(u16(codestream, pos + 4));
        }
        return copy;
    }

    private static boolean consistent(byte[] d, int first) {
        for (int pos = first; pos >= 0; pos = next(d, pos)) {
            int index = d[pos + 10] & 0xFF;
            int count = d[pos + 11] & 0xFF;
            if (count != 0 && index >= count) {
                return false;
            }
        }
        return true;
    }

    /** Offset of the first SOT after the main header, or -1. */
    private static int firstTilePart(byte[] d) {
        int pos = 2;
        while (pos + 4 <= d.length) {
            int marker = u16(d, pos);
            if (marker == SOT) {
                return isTilePart(d, pos) ? pos : -1;
            }
            if ((marker & 0xFF00) != 0xFF00) {
                return -1;
            }
            pos += 2 + u16(d, pos + 2);
        }
        return -1;
    }

    /** Offset of the SOT after the one at {@code pos}, or -1 at the end or on anything unexpected. */
    private static int next(byte[] d, int pos) {
        long length = (long) u16(d, pos + 6) << 16 | u16(d, pos + 8);
        long next = pos + length;
        if (length < 14 || next + 12 > d.length || !isTilePart(d, (int) next)) {
            return -1;
        }
        return (int) next;
    }

    private static boolean isTilePart(byte[] d, int pos) {
        return pos + 12 <= d.length && u16(d, pos) == SOT && u16(d, pos + 2) == 10;
    }

    private static int u16(byte[] d, int at) {
        return (d[at] & 0xFF) << 8 | (d[at + 1] & 0xFF);
    }
}
