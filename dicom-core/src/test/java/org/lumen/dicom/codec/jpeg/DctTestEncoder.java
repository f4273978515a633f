package org.lumen.dicom.codec.jpeg;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * A small baseline-DCT encoder for tests, to make what neither dcmcjpeg nor the JDK writer makes:
 * one scan per component (non-interleaved) with subsampled components, optionally with restart
 * intervals. Plain floating-point FDCT, one flat-ish quantisation table, fixed Huffman tables
 * (every DC category on 4 bits, every AC symbol on 8 bits), no JFIF or Adobe marker.
 */
final class DctTestEncoder {
    private static final double[][] COS = new double[8][8];

    static {
        for (int x = 0; x < 8; x++) {
            for (int u = 0; u < 8; u++) {
                COS[x][u] = Math.cos((2 * x + 1) * u * Math.PI / 16);
            }
        }
    }

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final int[] quant = new int[64];
    private final int[] acSymbols = new int[162];
    private final int[] acCode = new int[256];
    private long bits;
    private int count;

    private DctTestEncoder() {
        for (int i = 0; i < 64; i++) {
            quant[i] = 2 + (i / 8 + i % 8);
        }
        int k = 0;
        acSymbols[k++] = 0x00;
        acSymbols[k++] = 0xF0;
        for (int r = 0; r < 16; r++) {
            for (int s = 1; s <= 10; s++) {
                acSymbols[k++] = (r << 4) | s;
            }
        }
        for (int i = 0; i < acSymbols.length; i++) {
            acCode[acSymbols[i]] = i; // all codes have length 8, assigned in symbol order
        }
    }

    /**
     * @param planes full-resolution 8-bit planes, one per component
     * @param h      horizontal sampling factor per component
     * @param v      vertical sampling factor per component
     */
    static byte[] encode(int[][] planes, int width, int height, int[] h, int[] v, int restartInterval,
            boolean scanPerComponent) {
        DctTestEncoder e = new DctTestEncoder();
        int n = planes.length;
        int hmax = 0;
        int vmax = 0;
        for (int c = 0; c < n; c++) {
            hmax = Math.max(hmax, h[c]);
            vmax = Math.max(vmax, v[c]);
        }
        e.marker(0xD8);
        e.marker(0xDB);
        e.u16(67);
        e.out.write(0);
        for (int k = 0; k < 64; k++) {
            e.out.write(e.quant[JpegHeaders.NATURAL_ORDER[k]]);
        }
        e.marker(0xC4);
        e.u16(2 + 17 + 12 + 17 + 162);
        e.out.write(0x00);
        for (int len = 1; len <= 16; len++) {
            e.out.write(len == 4 ? 12 : 0);
        }
        for (int s = 0; s < 12; s++) {
            e.out.write(s);
        }
        e.out.write(0x10);
        for (int len = 1; len <= 16; len++) {
            e.out.write(len == 8 ? 162 : 0);
        }
        for (int s : e.acSymbols) {
            e.out.write(s);
        }
        if (restartInterval > 0) {
            e.marker(0xDD);
            e.u16(4);
            e.u16(restartInterval);
        }
        e.marker(0xC0);
        e.u16(8 + 3 * n);
        e.out.write(8);
        e.u16(height);
        e.u16(width);
        e.out.write(n);
        for (int c = 0; c < n; c++) {
            e.out.write(c + 1);
            e.out.write((h[c] << 4) | v[c]);
            e.out.write(0);
        }
        int[][] comps = new int[n][];
        int[] cw = new int[n];
        int[] ch = new int[n];
        for (int c = 0; c < n; c++) {
            cw[c] = (width * h[c] + hmax - 1) / hmax;
            ch[c] = (height * v[c] + vmax - 1) / vmax;
            comps[c] = new int[cw[c] * ch[c]];
            for (int y = 0; y < ch[c]; y++) {
                for (int x = 0; x < cw[c]; x++) {
                    comps[c][y * cw[c] + x] = planes[c][(y * vmax / v[c]) * width + x * hmax / h[c]];
                }
            }
        }
        if (scanPerComponent) {
            for (int c = 0; c < n; c++) {
                e.scanHeader(new int[] {c});
                int bw = (cw[c] + 7) / 8;
                int bh = (ch[c] + 7) / 8;
                int[] pred = new int[1];
                for (int m = 0; m < bw * bh; m++) {
                    e.restartIfDue(m, restartInterval, pred);
                    pred[0] = e.block(comps[c], cw[c], ch[c], (m % bw) * 8, (m / bw) * 8, pred[0]);
                }
                e.flush();
            }
        } else {
            int[] all = new int[n];
            for (int c = 0; c < n; c++) {
                all[c] = c;
            }
            e.scanHeader(all);
            int mx = (width + 8 * hmax - 1) / (8 * hmax);
            int my = (height + 8 * vmax - 1) / (8 * vmax);
            int[] pred = new int[n];
            for (int m = 0; m < mx * my; m++) {
                e.restartIfDue(m, restartInterval, pred);
                for (int c = 0; c < n; c++) {
                    for (int by = 0; by < v[c]; by++) {
                        for (int bx = 0; bx < h[c]; bx++) {
                            pred[c] = e.block(comps[c], cw[c], ch[c], ((m % mx) * h[c] + bx) * 8,
                                    ((m / mx) * v[c] + by) * 8, pred[c]);
                        }
                    }
                }
            }
            e.flush();
        }
        e.marker(0xD9);
        return e.out.toByteArray();
    }

    private int restarts;

    private void restartIfDue(int mcu, int interval, int[] pred) {
        if (interval > 0 && mcu > 0 && mcu % interval == 0) {
            flush();
            marker(0xD0 + (restarts++ & 7));
            Arrays.fill(pred, 0);
        }
    }

    private void scanHeader(int[] comps) {
        restarts = 0;
        marker(0xDA);
        u16(6 + 2 * comps.length);
        out.write(comps.length);
        for (int c : comps) {
            out.write(c + 1);
            out.write(0x00);
        }
        out.write(0);
        out.write(63);
        out.write(0);
    }

    /** Codes the block at (x0, y0) of a plane, replicating its edges; returns the new DC predictor. */
    private int block(int[] plane, int w, int h, int x0, int y0, int pred) {
        double[] s = new double[64];
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                s[y * 8 + x] = plane[Math.min(y0 + y, h - 1) * w + Math.min(x0 + x, w - 1)] - 128;
            }
        }
        int[] q = new int[64];
        for (int u = 0; u < 8; u++) {
            for (int vv = 0; vv < 8; vv++) {
                double sum = 0;
                for (int y = 0; y < 8; y++) {
                    for (int x = 0; x < 8; x++) {
                        sum += s[y * 8 + x] * COS[x][u] * COS[y][vv];
                    }
                }
                double cu = u == 0 ? Math.sqrt(0.5) : 1;
                double cv = vv == 0 ? Math.sqrt(0.5) : 1;
                int at = vv * 8 + u;
                q[at] = (int) Math.round(sum * cu * cv / 4 / quant[at]);
            }
        }
        int diff = q[0] - pred;
        int size = size(diff);
        put(size, 4);
        putExtra(diff, size);
        int run = 0;
        for (int k = 1; k < 64; k++) {
            int c = q[JpegHeaders.NATURAL_ORDER[k]];
            if (c == 0) {
                run++;
                continue;
            }
            while (run > 15) {
                put(acCode[0xF0], 8);
                run -= 16;
            }
            int sz = size(c);
            put(acCode[(run << 4) | sz], 8);
            putExtra(c, sz);
            run = 0;
        }
        if (run > 0) {
            put(acCode[0x00], 8);
        }
        return q[0];
    }

    private static int size(int value) {
        return 32 - Integer.numberOfLeadingZeros(Math.abs(value));
    }

    private void putExtra(int value, int size) {
        if (size > 0) {
            put(value < 0 ? value - 1 + (1 << size) : value, size);
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

    private void u16(int value) {
        out.write(value >> 8);
        out.write(value & 0xFF);
    }
}
