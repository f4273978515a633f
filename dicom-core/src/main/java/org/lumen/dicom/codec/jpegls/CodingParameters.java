package org.lumen.dicom.codec.jpegls;

/**
 * The parameters of one JPEG-LS scan (ITU-T T.87 C.2.4.1 and A.2.1): MAXVAL, NEAR, the gradient
 * thresholds, RESET, and what follows from them (RANGE, qbpp, LIMIT).
 *
 * @param maxVal largest sample value
 * @param near   allowed reconstruction error (0 for lossless)
 * @param t1     first gradient threshold
 * @param t2     second gradient threshold
 * @param t3     third gradient threshold
 * @param reset  context counter value at which context statistics are halved
 */
record CodingParameters(int maxVal, int near, int t1, int t2, int t3, int reset) {
    private static final int BASIC_T1 = 3;
    private static final int BASIC_T2 = 7;
    private static final int BASIC_T3 = 21;
    static final int DEFAULT_RESET = 64;

    CodingParameters {
        if (maxVal < 1 || maxVal > 65535) {
            throw new IllegalArgumentException("MAXVAL " + maxVal);
        }
        if (near < 0 || near > Math.min(255, maxVal / 2)) {
            throw new IllegalArgumentException("NEAR " + near + " for MAXVAL " + maxVal);
        }
        if (t1 < near + 1 || t2 < t1 || t3 < t2 || t3 > maxVal) {
            throw new IllegalArgumentException("thresholds " + t1 + "/" + t2 + "/" + t3 + " for MAXVAL " + maxVal);
        }
        if (reset < 3 || reset > Math.max(255, maxVal)) {
            throw new IllegalArgumentException("RESET " + reset);
        }
    }

    /**
     * Parameters with each preset value that is 0 replaced by its default (T.87 C.2.4.1.1).
     *
     * @param defaults which rule gives the default thresholds: CharLS 1.x (dcmtk) applies the
     *                 formula for MAXVAL of 128 and more to every MAXVAL
     * @throws IllegalArgumentException when the result breaks the constraints of T.87 C.2.4.1.1
     */
    static CodingParameters of(int maxVal, int near, int presetT1, int presetT2, int presetT3, int presetReset,
            DefaultThresholds defaults) {
        int t1;
        int t2;
        int t3;
        if (maxVal >= 128 || defaults == DefaultThresholds.CHARLS_1) {
            int factor = (Math.min(maxVal, 4095) + 128) / 256;
            t1 = clamp(factor * (BASIC_T1 - 2) + 2 + 3 * near, near + 1, maxVal);
            t2 = clamp(factor * (BASIC_T2 - 3) + 3 + 5 * near, t1, maxVal);
            t3 = clamp(factor * (BASIC_T3 - 4) + 4 + 7 * near, t2, maxVal);
        } else {
            int factor = 256 / (maxVal + 1);
            t1 = clamp(Math.max(2, BASIC_T1 / factor + 3 * near), near + 1, maxVal);
            t2 = clamp(Math.max(3, BASIC_T2 / factor + 5 * near), t1, maxVal);
            t3 = clamp(Math.max(4, BASIC_T3 / factor + 7 * near), t2, maxVal);
        }
        return new CodingParameters(maxVal, near, presetT1 != 0 ? presetT1 : t1, presetT2 != 0 ? presetT2 : t2,
                presetT3 != 0 ? presetT3 : t3, presetReset != 0 ? presetReset : DEFAULT_RESET);
    }

    private static int clamp(int value, int low, int maxVal) {
        return value > maxVal || value < low ? low : value;
    }

    /** Number of values an error can take after modular reduction. */
    int range() {
        return (maxVal + 2 * near) / (2 * near + 1) + 1;
    }

    /** Bits needed for a value in {@code [0, RANGE)}. */
    int qbpp() {
        return ceilLog2(range());
    }

    /** Longest Golomb code word, in bits. */
    int limit() {
        int bpp = Math.max(2, ceilLog2(maxVal + 1));
        return 2 * (bpp + Math.max(8, bpp));
    }

    private static int ceilLog2(int value) {
        return 32 - Integer.numberOfLeadingZeros(value - 1);
    }
}
