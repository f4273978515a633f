package org.lumen.dicom.io;

import org.lumen.dicom.VR;

/**
 * Byte order conversion of binary values: each value of a VR is reversed in place according to
 * its width (AT is two 16-bit numbers; OB, UN and text have nothing to swap).
 */
final class ByteSwapping {
    private ByteSwapping() {}

    /** Width in bytes of one number of this VR, 1 where nothing is swapped. */
    static int width(VR vr) {
        return switch (vr) {
            case AT, OW, US, SS -> 2;
            case UL, SL, FL, OL, OF -> 4;
            case FD, OD, SV, UV, OV -> 8;
            default -> 1;
        };
    }

    /** Reverses each {@code width}-byte group of {@code data[0..length)}; a trailing partial group is left as is. */
    static void swap(byte[] data, int length, int width) {
        if (width <= 1) {
            return;
        }
        int whole = length - length % width;
        for (int start = 0; start < whole; start += width) {
            for (int i = 0, j = start + width - 1; i < width / 2; i++, j--) {
                byte t = data[start + i];
                data[start + i] = data[j];
                data[j] = t;
            }
        }
    }
}
