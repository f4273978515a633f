package org.lumen.dicom.conformance;

import static org.assertj.core.api.Assertions.fail;

import org.lumen.testkit.reference.RawPixels;

/**
 * Brings a reference decoder's uncompressed Pixel Data into the layout of {@code lumen dicom pixels}
 * (planar configuration 1 to interleaved, 1-bit data unpacked to a byte per pixel), and compares.
 */
final class ReferenceLayout {
    private ReferenceLayout() {}

    static byte[] toOurLayout(RawPixels reference) {
        byte[] data = reference.data();
        int pixels = reference.rows() * reference.columns();
        int frames = Math.max(1, reference.numberOfFrames());
        if (reference.bitsAllocated() == 1) {
            byte[] unpacked = new byte[pixels * frames];
            for (int i = 0; i < unpacked.length; i++) {
                unpacked[i] = (byte) (data[i >>> 3] >>> (i & 7) & 1);
            }
            return unpacked;
        }
        int bytes = reference.bitsAllocated() / 8;
        int spp = reference.samplesPerPixel();
        long frameBytes = (long) pixels * spp * bytes;
        if (reference.photometricInterpretation().equals("YBR_FULL_422") || reference.photometricInterpretation().equals("YBR_PARTIAL_422")) {
            frameBytes = (long) pixels * 2 * bytes;
        }
        byte[] out = new byte[(int) (frameBytes * frames)];
        if (spp == 1 || reference.planarConfiguration() == 0 || frameBytes != (long) pixels * spp * bytes) {
            System.arraycopy(data, 0, out, 0, Math.min(out.length, data.length));
            return out;
        }
        for (int f = 0; f < frames; f++) {
            int base = (int) (f * frameBytes);
            for (int s = 0; s < spp; s++) {
                for (int p = 0; p < pixels; p++) {
                    System.arraycopy(data, base + (s * pixels + p) * bytes, out, base + (p * spp + s) * bytes, bytes);
                }
            }
        }
        return out;
    }

    static void assertSameValues(String name, byte[] expected, byte[] actual) {
        if (expected.length != actual.length) {
            fail("%s: the reference wrote %d bytes, we wrote %d", name, expected.length, actual.length);
        }
        int differing = 0;
        int first = -1;
        for (int i = 0; i < expected.length; i++) {
            if (expected[i] != actual[i]) {
                differing++;
                if (first < 0) {
                    first = i;
                }
            }
        }
        if (differing > 0) {
            fail("%s: %d of %d bytes differ from the reference, first at byte %d (reference %d, ours %d)", name, differing,
                    expected.length, first, expected[first] & 0xFF, actual[first] & 0xFF);
        }
    }
}
