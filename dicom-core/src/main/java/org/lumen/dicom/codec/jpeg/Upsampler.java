package org.lumen.dicom.codec.jpeg;

/**
 * Brings a decoded DCT component plane to full resolution the way libjpeg 6b does by default:
 * "fancy" triangle interpolation for 2:1 horizontal (h2v1) and 2:1 both ways (h2v2) when the
 * component is wider than 2 samples, plain replication for every other integral ratio. Edges
 * repeat the nearest real sample (the first row above the image, the last real row below it);
 * the right edge uses the component's real width, ceil(X * h / hmax). Writes into the interleaved
 * output at every {@code step}-th int starting at {@code first}.
 */
final class Upsampler {
    private Upsampler() {
    }

    static void upsample(JpegFrame f, JpegComponent c, int[] out, int first, int step) {
        int hx = f.hmax / c.h;
        int vx = f.vmax / c.v;
        int width = f.width;
        int height = f.height;
        int[] p = c.plane;
        int stride = c.stride;
        if (hx == 1 && vx == 1) {
            for (int y = 0; y < height; y++) {
                int o = first + y * width * step;
                int s = y * stride;
                for (int x = 0; x < width; x++, o += step) {
                    out[o] = p[s + x];
                }
            }
        } else if (hx == 2 && vx == 1 && c.width > 2) {
            int[] row = new int[2 * c.width];
            for (int y = 0; y < height; y++) {
                h2v1Row(p, y * stride, c.width, row);
                copyRow(row, out, first + y * width * step, width, step);
            }
        } else if (hx == 2 && vx == 2 && c.width > 2) {
            int[] row = new int[2 * c.width];
            for (int y = 0; y < height; y++) {
                int r = y >> 1;
                int neighbour = (y & 1) == 0 ? Math.max(r - 1, 0) : Math.min(r + 1, c.height - 1);
                h2v2Row(p, r * stride, neighbour * stride, c.width, row);
                copyRow(row, out, first + y * width * step, width, step);
            }
        } else {
            for (int y = 0; y < height; y++) {
                int o = first + y * width * step;
                int s = (y / vx) * stride;
                for (int x = 0; x < width; x++, o += step) {
                    out[o] = p[s + x / hx];
                }
            }
        }
    }

    private static void copyRow(int[] row, int[] out, int o, int width, int step) {
        for (int x = 0; x < width; x++, o += step) {
            out[o] = row[x];
        }
    }

    /** libjpeg's h2v1 triangle filter: 3/4 nearer sample + 1/4 further, alternating rounding bias. */
    private static void h2v1Row(int[] p, int s, int w, int[] row) {
        int v = p[s];
        row[0] = v;
        row[1] = (v * 3 + p[s + 1] + 2) >> 2;
        for (int i = 1; i < w - 1; i++) {
            v = p[s + i] * 3;
            row[2 * i] = (v + p[s + i - 1] + 1) >> 2;
            row[2 * i + 1] = (v + p[s + i + 1] + 2) >> 2;
        }
        v = p[s + w - 1];
        row[2 * w - 2] = (v * 3 + p[s + w - 2] + 1) >> 2;
        row[2 * w - 1] = v;
    }

    /** libjpeg's h2v2 triangle filter on the column sums 3 * nearer row + further row. */
    private static void h2v2Row(int[] p, int near, int far, int w, int[] row) {
        int thisSum = p[near] * 3 + p[far];
        int nextSum = p[near + 1] * 3 + p[far + 1];
        row[0] = (thisSum * 4 + 8) >> 4;
        row[1] = (thisSum * 3 + nextSum + 7) >> 4;
        int lastSum = thisSum;
        thisSum = nextSum;
        for (int i = 1; i < w - 1; i++) {
            nextSum = p[near + i + 1] * 3 + p[far + i + 1];
            row[2 * i] = (thisSum * 3 + lastSum + 8) >> 4;
            row[2 * i + 1] = (thisSum * 3 + nextSum + 7) >> 4;
            lastSum = thisSum;
            thisSum = nextSum;
        }
        row[2 * w - 2] = (thisSum * 3 + lastSum + 8) >> 4;
        row[2 * w - 1] = (thisSum * 4 + 7) >> 4;
    }
}
