package org.lumen.dicom.lut;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Objects;

import org.lumen.dicom.DataSet;
import org.lumen.dicom.DicomElement;
import org.lumen.dicom.DicomFormatException;
import org.lumen.dicom.DicomFormatException.Problem;
import org.lumen.dicom.Tag;
import org.lumen.dicom.Value;

/**
 * The red, green and blue Palette Color Lookup Tables of PS3.3 C.7.6.3.1.5 and C.7.9, from plain or
 * segmented data. Stored values below the first mapped value take the first entry, above the last the
 * last. Immutable.
 *
 * @param red   red table
 * @param green green table
 * @param blue  blue table
 */
public record PaletteColorLut(LookupTable red, LookupTable green, LookupTable blue) {

    public PaletteColorLut {
        Objects.requireNonNull(red, "red");
        Objects.requireNonNull(green, "green");
        Objects.requireNonNull(blue, "blue");
    }

    /**
     * Reads the palette of a PALETTE COLOR data set. The first mapped value is signed when the pixel data is
     * (Pixel Representation 1).
     *
     * @throws DicomFormatException {@code BAD_VALUE} when a descriptor or its data is missing or malformed
     */
    public static PaletteColorLut from(DataSet dataSet) throws DicomFormatException {
        boolean signed = dataSet.getInt(Tag.PixelRepresentation, 0) == 1;
        return new PaletteColorLut(
                table(dataSet, signed, Tag.RedPaletteColorLookupTableDescriptor, Tag.RedPaletteColorLookupTableData,
                        Tag.SegmentedRedPaletteColorLookupTableData, "red"),
                table(dataSet, signed, Tag.GreenPaletteColorLookupTableDescriptor, Tag.GreenPaletteColorLookupTableData,
                        Tag.SegmentedGreenPaletteColorLookupTableData, "green"),
                table(dataSet, signed, Tag.BluePaletteColorLookupTableDescriptor, Tag.BluePaletteColorLookupTableData,
                        Tag.SegmentedBluePaletteColorLookupTableData, "blue"));
    }

    private static LookupTable table(DataSet dataSet, boolean signed, int descriptorTag, int dataTag, int segmentedTag,
            String colour) throws DicomFormatException {
        int[] descriptor = dataSet.getInts(descriptorTag);
        if (descriptor.length != 3) {
            throw new DicomFormatException(Problem.BAD_VALUE, -1, "the " + colour + " palette descriptor "
                    + Tag.toString(descriptorTag) + " is missing or has not 3 values");
        }
        if (dataSet.get(dataTag).isPresent()) {
            return LookupTable.fromDescriptor(descriptor, signed, bytes(dataSet.get(dataTag).get()), order(dataSet.get(dataTag).get()));
        }
        if (dataSet.get(segmentedTag).isPresent()) {
            DicomElement element = dataSet.get(segmentedTag).get();
            int entries = (descriptor[0] & 0xFFFF) == 0 ? 65536 : descriptor[0] & 0xFFFF;
            int bits = descriptor[2] & 0xFFFF;
            byte[] data = bytes(element);
            int[] words;
            if (bits <= 8) {
                words = new int[data.length];
                for (int i = 0; i < data.length; i++) {
                    words[i] = data[i] & 0xFF;
                }
            } else {
                ByteBuffer buffer = ByteBuffer.wrap(data).order(order(element));
                words = new int[data.length / 2];
                for (int i = 0; i < words.length; i++) {
                    words[i] = buffer.getShort() & 0xFFFF;
                }
            }
            int first = signed ? (short) descriptor[1] : descriptor[1] & 0xFFFF;
            return new LookupTable(first, bits <= 8 ? 8 : 16, SegmentedPalette.expand(words, entries, bits <= 8 ? 1 : 2));
        }
        throw new DicomFormatException(Problem.BAD_VALUE, -1, "the " + colour + " palette has no data "
                + Tag.toString(dataTag) + " nor segmented data " + Tag.toString(segmentedTag));
    }

    private static byte[] bytes(DicomElement element) throws DicomFormatException {
        if (element.value() instanceof Value.Bytes bytes) {
            return bytes.data();
        }
        if (element.value() instanceof Value.Bulk bulk) {
            try {
                return bulk.data().read();
            } catch (java.io.IOException e) {
                throw new DicomFormatException(Problem.BAD_VALUE, bulk.data().offset(), "cannot read palette data: " + e.getMessage(), e);
            }
        }
        throw new DicomFormatException(Problem.BAD_VALUE, -1, Tag.toString(element.tag()) + " is not binary data");
    }

    private static ByteOrder order(DicomElement element) {
        return element.value() instanceof Value.Bytes bytes ? bytes.order()
                : element.value() instanceof Value.Bulk bulk ? bulk.order() : ByteOrder.LITTLE_ENDIAN;
    }

    /** The colour of a stored value as 0xRRGGBB, each component scaled to 8 bits (16-bit entries: the high byte). */
    public int rgb(long stored) {
        return to8(red, stored) << 16 | to8(green, stored) << 8 | to8(blue, stored);
    }

    private static int to8(LookupTable table, long stored) {
        int v = table.lookup(stored);
        return table.bits() > 8 ? v >>> (table.bits() - 8) : v;
    }
}
