package org.lumen.dicom.codec.jpeg;

/**
 * The accurate integer inverse DCT of the IJG library ("islow", Loeffler-Ligtenberg-Moschytz
 * with 13-bit fixed-point constants), written from the algorithm so that it matches libjpeg 6b
 * bit for bit: columns first, results kept with {@code pass1Bits} extra fraction bits (2 for
 * 8-bit samples, 1 for 12-bit), then rows, descaled and range limited through the IJG wrap-around
 * table. Dequantisation is a 32-bit product and the rest 64-bit, as libjpeg's int and INT32 (long)
 * on LP64 systems.
 * Instances hold a workspace: one per decode, not shared between threads.
 */
final class IslowIdct {
    private static final int CONST_BITS = 13;
    private static final long F0_298 = 2446;
    private static final long F0_390 = 3196;
    private static final long F0_541 = 4433;
    private static final long F0_765 = 6270;
    private static final long F0_899 = 7373;
    private static final long F1_175 = 9633;
    private static final long F1_501 = 12299;
    private static final long F1_847 = 15137;
    private static final long F1_961 = 16069;
    private static final long F2_053 = 16819;
    private static final long F2_562 = 20995;
    private static final long F3_072 = 25172;

    private final int pass1Bits;
    private final int rangeMask;
    /** libjpeg's post-IDCT range-limit table, indexed by (value & rangeMask). */
    private final int[] rangeLimit;
    private final int[] workspace = new int[64];

    IslowIdct(int precision) {
        this.pass1Bits = precision == 8 ? 2 : 1;
        int max = (1 << precision) - 1;
        int center = 1 << (precision - 1);
        this.rangeMask = max * 4 + 3;
        this.rangeLimit = new int[rangeMask + 1];
        for (int i = 0; i <= rangeMask; i++) {
            int j = i + center; // index into sample_range_limit
            int v;
            if (j <= max) {
                v = j;
            } else if (j < 2 * (max + 1) + center) {
                v = max;
            } else if (j < 4 * (max + 1)) {
                v = 0;
            } else {
                v = j - 4 * (max + 1);
            }
            rangeLimit[i] = v;
        }
    }

    private static int descale(long x, int n) {
        return (int) ((x + (1L << (n - 1))) >> n);
    }

    /**
     * @param coef  the 64 quantised coefficients in natural order (each already a libjpeg JCOEF)
     * @param quant the quantisation table in natural order
     * @param out   destination plane; the 8x8 block goes at {@code offset} with row {@code stride}
     */
    void transform(int[] coef, int[] quant, int[] out, int offset, int stride) {
        int[] ws = workspace;
        int p1 = pass1Bits;
        int colShift = CONST_BITS - p1;
        for (int c = 0; c < 8; c++) {
            if (coef[8 + c] == 0 && coef[16 + c] == 0 && coef[24 + c] == 0 && coef[32 + c] == 0
                    && coef[40 + c] == 0 && coef[48 + c] == 0 && coef[56 + c] == 0) {
                int dc = (coef[c] * quant[c]) << p1;
                for (int r = 0; r < 64; r += 8) {
                    ws[r + c] = dc;
                }
                continue;
            }
            long z2 = (long) (coef[16 + c] * quant[16 + c]);
            long z3 = (long) (coef[48 + c] * quant[48 + c]);
            long z1 = (z2 + z3) * F0_541;
            long tmp2 = z1 - z3 * F1_847;
            long tmp3 = z1 + z2 * F0_765;
            z2 = (long) (coef[c] * quant[c]);
            z3 = (long) (coef[32 + c] * quant[32 + c]);
            long tmp0 = (z2 + z3) << CONST_BITS;
            long tmp1 = (z2 - z3) << CONST_BITS;
            long tmp10 = tmp0 + tmp3;
            long tmp13 = tmp0 - tmp3;
            long tmp11 = tmp1 + tmp2;
            long tmp12 = tmp1 - tmp2;
            long t0 = (long) (coef[56 + c] * quant[56 + c]);
            long t1 = (long) (coef[40 + c] * quant[40 + c]);
            long t2 = (long) (coef[24 + c] * quant[24 + c]);
            long t3 = (long) (coef[8 + c] * quant[8 + c]);
            long z1o = t0 + t3;
            long z2o = t1 + t2;
            long z3o = t0 + t2;
            long z4o = t1 + t3;
            long z5 = (z3o + z4o) * F1_175;
            z1o *= -F0_899;
            z2o *= -F2_562;
            z3o = z3o * -F1_961 + z5;
            z4o = z4o * -F0_390 + z5;
            long o0 = t0 * F0_298 + z1o + z3o;
            long o1 = t1 * F2_053 + z2o + z4o;
            long o2 = t2 * F3_072 + z2o + z3o;
            long o3 = t3 * F1_501 + z1o + z4o;
            ws[c] = descale(tmp10 + o3, colShift);
            ws[56 + c] = descale(tmp10 - o3, colShift);
            ws[8 + c] = descale(tmp11 + o2, colShift);
            ws[48 + c] = descale(tmp11 - o2, colShift);
            ws[16 + c] = descale(tmp12 + o1, colShift);
            ws[40 + c] = descale(tmp12 - o1, colShift);
            ws[24 + c] = descale(tmp13 + o0, colShift);
            ws[32 + c] = descale(tmp13 - o0, colShift);
        }
        int rowShift = CONST_BITS + p1 + 3;
        int[] limit = rangeLimit;
        int mask = rangeMask;
        for (int r = 0; r < 8; r++) {
            int w = r * 8;
            int o = offset + r * stride;
            if (ws[w + 1] == 0 && ws[w + 2] == 0 && ws[w + 3] == 0 && ws[w + 4] == 0 && ws[w + 5] == 0
                    && ws[w + 6] == 0 && ws[w + 7] == 0) {
                // same result as the full computation: DESCALE(ws[0] << 13, 13 + pass1 + 3)
                int dc = limit[descale(ws[w], p1 + 3) & mask];
                for (int i = 0; i < 8; i++) {
                    out[o + i] = dc;
                }
                continue;
            }
            long z2 = ws[w + 2];
            long z3 = ws[w + 6];
            long z1 = (z2 + z3) * F0_541;
            long tmp2 = z1 - z3 * F1_847;
            long tmp3 = z1 + z2 * F0_765;
            long tmp0 = ((long) ws[w] + ws[w + 4]) << CONST_BITS;
            long tmp1 = ((long) ws[w] - ws[w + 4]) << CONST_BITS;
            long tmp10 = tmp0 + tmp3;
            long tmp13 = tmp0 - tmp3;
            long tmp11 = tmp1 + tmp2;
            long tmp12 = tmp1 - tmp2;
            long t0 = ws[w + 7];
            long t1 = ws[w + 5];
            long t2 = ws[w + 3];
            long t3 = ws[w + 1];
            long z1o = t0 + t3;
            long z2o = t1 + t2;
            long z3o = t0 + t2;
            long z4o = t1 + t3;
            long z5 = (z3o + z4o) * F1_175;
            z1o *= -F0_899;
            z2o *= -F2_562;
            z3o = z3o * -F1_961 + z5;
            z4o = z4o * -F0_390 + z5;
            long o0 = t0 * F0_298 + z1o + z3o;
            long o1 = t1 * F2_053 + z2o + z4o;
            long o2 = t2 * F3_072 + z2o + z3o;
            long o3 = t3 * F1_501 + z1o + z4o;
            out[o] = limit[descale(tmp10 + o3, rowShift) & mask];
            out[o + 7] = limit[descale(tmp10 - o3, rowShift) & mask];
            out[o + 1] = limit[descale(tmp11 + o2, rowShift) & mask];
            out[o + 6] = limit[descale(tmp11 - o2, rowShift) & mask];
            out[o + 2] = limit[descale(tmp12 + o1, rowShift) & mask];
            out[o + 5] = limit[descale(tmp12 - o1, rowShift) & mask];
            out[o + 3] = limit[descale(tmp13 + o0, rowShift) & mask];
            out[o + 4] = limit[descale(tmp13 - o0, rowShift) & mask];
        }
    }
}
