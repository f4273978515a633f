package org.lumen.dicom.codec.rle;

/** The largest frame this decoder allocates, and the fix-up of decoded values to Bits Stored. */
final class SampleBudget {
    private static final long HARD_LIMIT = 1L << 28;

    private SampleBudget() {
    }

    /** At most 2^28 samples, and no more than a quarter of the heap as ints. */
    static long maxSamples() {
        return Math.min(HARD_LIMIT, Runtime.getRuntime().maxMemory() / 16);
    }

    /** Keeps the low {@code bitsStored} bits of each value; sign extends them when signed. */
    static void normalise(int[] samples, int bitsStored, boolean signed) {
        if (bitsStored >= 32) {
            return;
        }
        int unused = 32 - bitsStored;
        if (signed) {
            for (int i = 0; i < samples.length; i++) {
                samples[i] = samples[i] << unused >> unused;
            }
        } else {
            int mask = (1 << bitsStored) - 1;
            for (int i = 0; i < samples.length; i++) {
                samples[i] &= mask;
            }
        }
    }
}
