package org.lumen.dicom.codec.jpeg;

import java.io.ByteArrayOutputStream;

/**
 * A small lossless-JPEG (process 14) encoder for tests, to make what dcmcjpeg cannot: restart
 * intervals and one scan per component. One fixed Huffman table (17 codes of length 5, categories
 * 0..16); predictions as T.81 H.1.2.1, reset to the first-row rule after each restart marker.
 */
final class LosslessTestEncoder {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private long bits;
    private int count;

    private LosslessTestEncoder() {
    }

    /**
     * @param planes          one int plane (width * height) per component
     * @param restartInterval MCUs per restart interval (0 for none), a multiple of the width
     * @param scanPerComponent one scan per component instead of one interleaved scan
     */
    static byte[] encode(int[][] planes, int width, int height, int precision, int predictor, int restartInterval,
            boolean scanPerComponent) {
        LosslessTestEncoder e = new LosslessTestEncoder();
        int n = planes.length;
        e.marker(0xD8);
        e.marker(0xC4);
        e.u16(2 + 17 + 17);
        e.out.write(0x00);
        for (int len = 1; len <= 16; len++) {
            e.out.write(len == 5 ? 17 : 0);
        }
        for (int s = 0; s <= 16; s++) {
            e.out.write(s);
        }
        if (restartInterval > 0) {
            e.marker(0xDD);
            e.u16(4);
            e.u16(restartInterval);
        }
        e.marker(0xC3);
        e.u16(8 + 3 * n);
        e.out.write(precision);
        e.u16(height);
        e.u16(width);
        e.out.write(n);
        for (int c = 0; c < n; c++) {
            e.out.write(c + 1);
            e.out.write(0x11);
            e.out.write(0);
        }
        if (scanPerComponent) {
            for (int c = 0; c < n; c++) {
                e.scan(new int[][] {planes[c]}, new int[] {c}, width, height, precision, predictor, restartInterval);
            }
        } else {
            int[] ids = new int[n];
            for (int c = 0; c < n; c++) {
                ids[c] = c;
            }
            e.scan(planes, ids, width, height, precision, predictor, restartInterval);
        }
        e.marker(0xD9);
        return e.out.toByteArray();
    }

    private void scan(int[][] planes, int[] ids, int width, int height, int precision, int predictor, int interval) {
        marker(0xDA);
        u16(6 + 2 * ids.length);
        out.write(ids.length);
        for (int id : ids) {
            out.write(id + 1);
            out.write(0x00);
        }
        out.write(predictor);
        out.write(0);
        out.write(0);
        int mcu = 0;
        int restarts = 0;
        int firstRow = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++, mcu++) {
                if (interval > 0 && mcu > 0 && mcu % interval == 0) {
                    flush();
                    marker(0xD0 + (restarts++ & 7));
                    firstRow = y;
                }
                for (int[] p : planes) {
                    int at = y * width + x;
                    int prediction;
                    if (y == firstRow) {
                        prediction = x == 0 ? 1 << (precision - 1) : p[at - 1];
                    } else if (x == 0) {
                        prediction = p[at - width];
                    } else {
                        int ra = p[at - 1];
                        int rb = p[at - width];
                        int rc = p[at - width - 1];
                        prediction = switch (predictor) {
                            case 1 -> ra;
                            case 2 -> rb;
                            case 3 -> rc;
                            case 4 -> ra + rb - rc;
                            case 5 -> ra + ((rb - rc) >> 1);
                            case 6 -> rb + ((ra - rc) >> 1);
                            default -> (ra + rb) >> 1;
                        };
                    }
                    difference((short) (p[at] - prediction));
                }
            }
        }
        flush();
    }

    private void difference(int diff) {
        if (diff == -32768) {
            put(16, 5);
            return;
        }
        int magnitude = Math.abs(diff);
        int s = 32 - Integer.numberOfLeadingZeros(magnitude);
        put(s, 5);
        if (s > 0) {
            put(diff < 0 ? diff - 1 + (1 << s) : diff, s);
        }
    }

    private void put(int value, int n) {
        bits = (bits << n) | (value & ((1L << n) - 1));
        count += n;
        while (count >= 8) {
            int b = (int) (bits >>> (count - 8)) & 0xFF;
            out.write(b);
            if (b == 0xFF) {
                out.write(0);
            }
            count -= 8;
        }
    }

    private void flush() {
        if (count > 0) {
            put((1 << (8 - count)) - 1, 8 - count);
        }
    }

    private void marker(int m) {
        out.write(0xFF);
        out.write(m);
    }

    private void u16(int v) {
        out.write(v >> 8);
        out.write(v & 0xFF);
    }
}
