package org.lumen.dicom.lut;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

import org.lumen.dicom.DicomFormatException;
import org.lumen.dicom.DicomFormatException.Problem;

/**
 * A lookup table as LUT Descriptor and LUT Data describe it (PS3.3 C.11.1.1.1, C.11.2.1.1,
 * C.7.6.3.1.5): the input value {@code firstMapped} maps to {@code entries[0]}; inputs below the first
 * mapped value map to the first entry, inputs past the last mapped value to the last entry.
 *
 * @param firstMapped the first input value mapped
 * @param bits        bits of each entry (8 to 16)
 * @param entries     the output values, unsigned; copied, never exposed for change
 */
public record LookupTable(int firstMapped, int bits, int[] entries) {

    public LookupTable {
        if (bits < 1 || bits > 16) {
            throw new IllegalArgumentException("LUT entries must have 1 to 16 bits: " + bits);
        }
        if (entries.length == 0 || entries.length > 65536) {
            throw new IllegalArgumentException("a LUT has 1 to 65536 entries: " + entries.length);
        }
        entries = entries.clone();
    }

    @Override
    public int[] entries() {
        return entries.clone();
    }

    public int size() {
        return entries.length;
    }

    /** The largest value an entry can hold: 2^bits - 1. */
    public int maxOutput() {
        return (1 << bits) - 1;
    }

    /** The output for an input value, clamped to the first and last entry. */
    public int lookup(long input) {
        long index = input - firstMapped;
        if (index <= 0) {
            return entries[0];
        }
        return index >= entries.length ? entries[entries.length - 1] : entries[(int) index];
    }

    /**
     * Builds a table from the three values of a LUT Descriptor and the bytes of LUT Data.
     *
     * @param descriptor  number of entries (0 means 65536), first mapped value, bits per entry; as read
     *                    from US or SS, i.e. possibly negative
     * @param firstSigned whether the first mapped value is signed (it is when the values it maps are:
     *                    Pixel Representation 1 for a Modality LUT, or a signed modality output for a VOI LUT)
     * @param data        the LUT Data bytes: one 16-bit word per entry, or, for 8-bit entries, one byte
     *                    per entry (two entries packed per word, the first in the low byte)
     * @param order       byte order of {@code data}'s words
     * @throws DicomFormatException {@code BAD_VALUE} when the descriptor or data are malformed
     */
    public static LookupTable fromDescriptor(int[] descriptor, boolean firstSigned, byte[] data, ByteOrder order)
            throws DicomFormatException {
        if (descriptor.length != 3) {
            throw new DicomFormatException(Problem.BAD_VALUE, -1, "a LUT Descriptor has 3 values, not " + descriptor.length);
        }
        int count = descriptor[0] & 0xFFFF;
        int entries = count == 0 ? 65536 : count;
        int first = firstSigned ? (short) descriptor[1] : descriptor[1] & 0xFFFF;
        int bits = descriptor[2] & 0xFFFF;
        if (bits < 1 || bits > 16) {
            throw new DicomFormatException(Problem.BAD_VALUE, -1, "LUT Descriptor gives " + bits + " bits per entry");
        }
        int[] values = new int[entries];
        if (data.length >= 2L * entries) {
            ByteBuffer buffer = ByteBuffer.wrap(data).order(order);
            int max = 0;
            for (int i = 0; i < entries; i++) {
                values[i] = buffer.getShort() & 0xFFFF;
                max = Math.max(max, values[i]);
            }
            if (max > (1 << bits) - 1) {
                bits = 16;
            }
        } else if (bits <= 8 && data.length >= entries) {
            byte[] bytes = data.clone();
            if (order == ByteOrder.BIG_ENDIAN) {
                for (int i = 0; i + 1 < bytes.length; i += 2) {
                    byte t = bytes[i];
                    bytes[i] = bytes[i + 1];
                    bytes[i + 1] = t;
                }
            }
            for (int i = 0; i < entries; i++) {
                values[i] = bytes[i] & 0xFF;
            }
        } else {
            throw new DicomFormatException(Problem.BAD_VALUE, -1, "LUT Data of " + data.length + " bytes is too short for "
                    + entries + " entries of " + bits + " bits");
        }
        return new LookupTable(first, bits, values);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LookupTable t && t.firstMapped == firstMapped && t.bits == bits && Arrays.equals(t.entries, entries);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(entries) * 31 + firstMapped * 17 + bits;
    }

    @Override
    public String toString() {
        return "LookupTable[" + entries.length + " entries from " + firstMapped + ", " + bits + " bits]";
    }
}
