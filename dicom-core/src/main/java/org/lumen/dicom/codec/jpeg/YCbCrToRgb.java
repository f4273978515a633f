package org.lumen.dicom.codec.jpeg;

/**
 * libjpeg's integer YCbCr to RGB conversion (jdcolor.c, JFIF / CCIR 601 full range): 16-bit
 * fixed-point lookup tables for the Cr and Cb terms, rounding as libjpeg does, results clamped to
 * 0..2^P - 1. Works in place on interleaved Y, Cb, Cr triples.
 */
final class YCbCrToRgb {
    private static final int SCALEBITS = 16;
    private static final long ONE_HALF = 1L << (SCALEBITS - 1);

    private YCbCrToRgb() {
    }

    private static long fix(double x) {
        return (long) (x * (1L << SCALEBITS) + 0.5);
    }

    static void convert(int[] samples, int precision) {
        int max = (1 << precision) - 1;
        int center = 1 << (precision - 1);
        int[] crR = new int[max + 1];
        int[] cbB = new int[max + 1];
        long[] crG = new long[max + 1];
        long[] cbG = new long[max + 1];
        for (int i = 0; i <= max; i++) {
            long x = i - center;
            crR[i] = (int) ((fix(1.40200) * x + ONE_HALF) >> SCALEBITS);
            cbB[i] = (int) ((fix(1.77200) * x + ONE_HALF) >> SCALEBITS);
            crG[i] = -fix(0.71414) * x;
            cbG[i] = -fix(0.34414) * x + ONE_HALF;
        }
        if (precision <= 12) {
            // the green sums stay below 2^31 in 32 bits up to 12-bit samples
            int[] cbGi = new int[max + 1];
            int[] crGi = new int[max + 1];
            for (int i = 0; i <= max; i++) {
                cbGi[i] = (int) cbG[i];
                crGi[i] = (int) crG[i];
            }
            for (int i = 0; i + 2 < samples.length; i += 3) {
                int y = samples[i];
                int cb = samples[i + 1];
                int cr = samples[i + 2];
                samples[i] = clamp(y + crR[cr], max);
                samples[i + 1] = clamp(y + ((cbGi[cb] + crGi[cr]) >> SCALEBITS), max);
                samples[i + 2] = clamp(y + cbB[cb], max);
            }
            return;
        }
        for (int i = 0; i + 2 < samples.length; i += 3) {
            int y = samples[i];
            int cb = samples[i + 1];
            int cr = samples[i + 2];
            samples[i] = clamp(y + crR[cr], max);
            samples[i + 1] = clamp(y + (int) ((cbG[cb] + crG[cr]) >> SCALEBITS), max);
            samples[i + 2] = clamp(y + cbB[cb], max);
        }
    }

    private static int clamp(int v, int max) {
        return v < 0 ? 0 : v > max ? max : v;
    }
}
