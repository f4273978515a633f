package org.lumen.dicom.codec.jpegls;

import org.lumen.dicom.DicomFormatException;

/**
 * The context modelling and error decoding of T.87 A.3 to A.7: 365 regular contexts (A, B, C, N),
 * two run interruption contexts, and the reconstruction of samples from decoded errors. One
 * instance decodes one scan; it is not thread-safe.
 */
final class ContextModel {
    private static final int[] J = {0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 9, 10,
            11, 12, 13, 14, 15};
    private static final int REGULAR_CONTEXTS = 365;
    private static final int MIN_C = -128;
    private static final int MAX_C = 127;

    private final int maxVal;
    private final int near;
    private final int t1;
    private final int t2;
    private final int t3;
    private final int reset;
    private final int range;
    private final int qbpp;
    private final int limit;
    private final int step;
    private final int initialA;
    /** A and N of regular contexts 0..364, then of run interruption contexts 365 and 366. */
    private final int[] a = new int[REGULAR_CONTEXTS + 2];
    private final int[] n = new int[REGULAR_CONTEXTS + 2];
    private final int[] b = new int[REGULAR_CONTEXTS];
    private final int[] c = new int[REGULAR_CONTEXTS];
    private final int[] nn = new int[2];
    /** Quantized gradient of each difference d in (-T3, T3), at index d + T3; beyond, it is -4 or 4. */
    private final byte[] quantized;
    /** The bit reader of the current restart interval. */
    ScanBitReader in;
    /** The run index of the component being decoded. */
    int runIndex;

    ContextModel(CodingParameters p) {
        this.maxVal = p.maxVal();
        this.near = p.near();
        this.t1 = p.t1();
        this.t2 = p.t2();
        this.t3 = p.t3();
        this.reset = p.reset();
        this.range = p.range();
        this.qbpp = p.qbpp();
        this.limit = p.limit();
        this.step = 2 * near + 1;
        this.initialA = Math.max(2, (range + 32) / 64);
        this.quantized = new byte[2 * t3 + 1];
        for (int d = -t3; d <= t3; d++) {
            quantized[d + t3] = (byte) quantize(d);
        }
        resetContexts();
    }

    void resetContexts() {
        java.util.Arrays.fill(a, initialA);
        java.util.Arrays.fill(n, 1);
        java.util.Arrays.fill(b, 0);
        java.util.Arrays.fill(c, 0);
        nn[0] = 0;
        nn[1] = 0;
    }

    private int quantize(int d) {
        if (d <= -t3) {
            return -4;
        }
        if (d <= -t2) {
            return -3;
        }
        if (d <= -t1) {
            return -2;
        }
        if (d < -near) {
            return -1;
        }
        if (d <= near) {
            return 0;
        }
        if (d < t1) {
            return 1;
        }
        if (d < t2) {
            return 2;
        }
        return d < t3 ? 3 : 4;
    }

    /** Context number, -364..364, of three gradients; its sign is the sign of the first nonzero gradient. */
    int context(int d1, int d2, int d3) {
        return (quantized(d1) * 9 + quantized(d2)) * 9 + quantized(d3);
    }

    private int quantized(int d) {
        if (d <= -t3) {
            return -4;
        }
        return d >= t3 ? 4 : quantized[d + t3];
    }

    /** Decodes one sample in regular mode (T.87 A.4 to A.6). */
    int decodeRegular(int qs, int ra, int rb, int rc) throws DicomFormatException {
        int sign = qs >> 31 | 1;
        int q = qs * sign;
        int px;
        int max = Math.max(ra, rb);
        int min = Math.min(ra, rb);
        if (rc >= max) {
            px = min;
        } else if (rc <= min) {
            px = max;
        } else {
            px = ra + rb - rc;
        }
        px += sign * c[q];
        if (px > maxVal) {
            px = maxVal;
        } else if (px < 0) {
            px = 0;
        }
        int nq = n[q];
        int aq = a[q];
        int k = golombParameter(nq, aq);
        int m = golomb(k, limit);
        int err = (m & 1) == 0 ? m >> 1 : -((m + 1) >> 1);
        int bq = b[q];
        if (k == 0 && near == 0 && 2 * bq <= -nq) {
            err = -err - 1;
        }
        bq += err * step;
        aq += Math.abs(err);
        if (nq == reset) {
            aq >>= 1;
            bq >>= 1;
            nq >>= 1;
        }
        nq++;
        int cq = c[q];
        if (bq <= -nq) {
            bq += nq;
            if (cq > MIN_C) {
                cq--;
            }
            if (bq <= -nq) {
                bq = -nq + 1;
            }
        } else if (bq > 0) {
            bq -= nq;
            if (cq < MAX_C) {
                cq++;
            }
            if (bq > 0) {
                bq = 0;
            }
        }
        a[q] = aq;
        b[q] = bq;
        c[q] = cq;
        n[q] = nq;
        return reconstruct(px + sign * err * step);
    }

    /**
     * Reads the run length code (T.87 A.7.1) for a run starting with {@code remaining} samples left
     * in the line; returns how many samples repeat Ra. Less than {@code remaining} means an
     * interruption sample follows.
     */
    int decodeRunLength(int remaining) throws DicomFormatException {
        int count = 0;
        while (in.readBit()) {
            int full = 1 << J[runIndex];
            int take = Math.min(full, remaining - count);
            count += take;
            if (take == full && runIndex < 31) {
                runIndex++;
            }
            if (count == remaining) {
                return count;
            }
        }
        count += in.readBits(J[runIndex]);
        if (count > remaining) {
            throw in.error("JPEG-LS run of " + count + " samples passes the end of a line of " + remaining);
        }
        return count;
    }

    /** Decodes a run interruption sample of one component (T.87 A.7.2). */
    int decodeInterruption(int ra, int rb) throws DicomFormatException {
        if (Math.abs(ra - rb) <= near) {
            return reconstruct(ra + decodeInterruptionError(1) * step);
        }
        int err = decodeInterruptionError(0);
        return reconstruct(rb + (rb < ra ? -err : err) * step);
    }

    /**
     * Decodes the interruption sample of one component of a sample-interleaved pixel as CharLS
     * (and so dcmtk) codes it: always with interruption context 0, predicted from Rb.
     */
    int decodeInterleavedInterruption(int ra, int rb) throws DicomFormatException {
        int err = decodeInterruptionError(0);
        return reconstruct(rb + (rb < ra ? -err : err) * step);
    }

    void endOfInterruption() {
        if (runIndex > 0) {
            runIndex--;
        }
    }

    private int decodeInterruptionError(int riType) throws DicomFormatException {
        int q = REGULAR_CONTEXTS + riType;
        int nq = n[q];
        int temp = riType == 0 ? a[q] : a[q] + (nq >> 1);
        int k = golombParameter(nq, temp);
        int em = golomb(k, limit - J[runIndex] - 1);
        int t = em + riType;
        int map = t & 1;
        int abs = (t + map) >> 1;
        int err = ((k != 0 || 2 * nn[riType] >= nq) == (map == 1)) ? -abs : abs;
        if (err < 0) {
            nn[riType]++;
        }
        a[q] += (em + 1 - riType) >> 1;
        if (nq == reset) {
            a[q] >>= 1;
            nq >>= 1;
            nn[riType] >>= 1;
        }
        n[q] = nq + 1;
        return err;
    }

    /** The smallest k with n * 2^k at least a (T.87 A.5.1), without a loop. */
    private static int golombParameter(int n, int a) {
        int k = Math.max(0, Integer.numberOfLeadingZeros(n) - Integer.numberOfLeadingZeros(a));
        return ((long) n << k) < a ? k + 1 : k;
    }

    private int golomb(int k, int codeLimit) throws DicomFormatException {
        if (k > 30) {
            throw in.error("JPEG-LS context statistics grew past any valid Golomb parameter");
        }
        int escape = codeLimit - qbpp - 1;
        int high = in.readUnary(escape);
        if (high < escape) {
            return (high << k) | in.readBits(k);
        }
        return in.readBits(qbpp) + 1;
    }

    private int reconstruct(int value) {
        int rx = value;
        if (rx < -near) {
            rx += range * step;
        } else if (rx > maxVal + near) {
            rx -= range * step;
        }
        if (rx < 0) {
            return 0;
        }
        return Math.min(rx, maxVal);
    }
}
