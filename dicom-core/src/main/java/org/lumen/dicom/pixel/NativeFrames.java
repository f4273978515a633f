package org.lumen.dicom.pixel;

import java.io.IOException;
import java.nio.ByteOrder;

import org.lumen.dicom.DicomFormatException;
import org.lumen.dicom.DicomFormatException.Problem;
import org.lumen.dicom.VR;

/**
 * Frames of native (uncompressed) pixel data, PS3.5 section 8.1.1 and 8.2: one frame read at a time
 * from the value, brought to little-endian interleaved samples.
 *
 * <p>Byte order: a big-endian value is first brought back to the little-endian stream its VR implies,
 * by swapping each unit of the VR (16-bit words for OW, 32 bits for OF and OL, 64 bits for OD, none for
 * OB and UN); the pixel cells are then read from that stream little-endian. For 32-bit pixel data in an
 * OW value this swaps 16-bit words, as the standard's definition of OW says and as dcmtk
 * ({@code dcmconv +te}) and GDCM ({@code gdcmconv --raw}) write it; pydicom instead reads such data as
 * big-endian 32-bit integers.
 */
final class NativeFrames {
    private final ImagePixelDescription description;
    private final ValueBytes value;
    private final int swapUnit;

    NativeFrames(ImagePixelDescription description, ValueBytes value, VR vr) throws DicomFormatException {
        this.description = description;
        this.value = value;
        this.swapUnit = value.order() == ByteOrder.BIG_ENDIAN ? Math.max(1, vr.bytesPerValue()) : 1;
        long neededBits = description.frameBits() * description.frames();
        long needed = (neededBits + 7) / 8;
        if (neededBits / description.frames() != description.frameBits() || value.length() < needed) {
            throw new DicomFormatException(Problem.BAD_PIXEL_DATA, value.fileOffset(), "pixel data of " + value.length()
                    + " bytes is shorter than the " + needed + " bytes that " + description.frames() + " frames of "
                    + description.rows() + " x " + description.columns() + " x " + description.samplesPerPixel()
                    + " samples of " + description.bitsAllocated() + " bits need");
        }
    }

    StoredFrame frame(int index) throws IOException {
        if (index < 0 || index >= description.frames()) {
            throw new IndexOutOfBoundsException("frame " + index + " of " + description.frames());
        }
        long bitStart = index * description.frameBits();
        long start = bitStart / 8;
        long end = (bitStart + description.frameBits() + 7) / 8;
        long alignedStart = start / swapUnit * swapUnit;
        long alignedEnd = Math.min(value.length(), (end + swapUnit - 1) / swapUnit * swapUnit);
        byte[] raw = value.read(alignedStart, alignedEnd);
        swapUnits(raw, swapUnit);
        int from = (int) (start - alignedStart);
        byte[] samples;
        if (description.bitsAllocated() == 1) {
            samples = unpackBits(raw, from * 8 + (int) (bitStart % 8), (int) description.samplesPerFrame());
        } else {
            samples = java.util.Arrays.copyOfRange(raw, from, from + (int) (end - start));
        }
        if (description.planarConfiguration() == 1 && description.samplesPerPixel() > 1 && !description.isYbr422()) {
            samples = interleave(samples, description.samplesPerPixel(), description.bytesPerSample());
        }
        return new StoredFrame(index, description.rows(), description.columns(), description.samplesPerPixel(),
                description.bytesPerSample(), description.signed(), description.floatingPoint(),
                description.photometricInterpretation(), samples);
    }

    /** Reverses the bytes of each whole unit; a trailing partial unit (a malformed odd length) is left. */
    static void swapUnits(byte[] data, int unit) {
        if (unit <= 1) {
            return;
        }
        for (int at = 0; at + unit <= data.length; at += unit) {
            for (int i = 0, j = unit - 1; i < j; i++, j--) {
                byte t = data[at + i];
                data[at + i] = data[at + j];
                data[at + j] = t;
            }
        }
    }

    /** 1-bit pixel cells, PS3.5 8.1.1: the first pixel is the least significant bit of a byte. */
    static byte[] unpackBits(byte[] packed, int firstBit, int count) {
        byte[] out = new byte[count];
        for (int i = 0; i < count; i++) {
            int bit = firstBit + i;
            out[i] = (byte) ((packed[bit >>> 3] >>> (bit & 7)) & 1);
        }
        return out;
    }

    /** Colour-by-plane (R...R G...G B...B) to colour-by-pixel (RGB RGB ...). */
    static byte[] interleave(byte[] planar, int samplesPerPixel, int bytesPerSample) {
        byte[] out = new byte[planar.length];
        int pixels = planar.length / (samplesPerPixel * bytesPerSample);
        int planeBytes = pixels * bytesPerSample;
        for (int s = 0; s < samplesPerPixel; s++) {
            for (int p = 0; p < pixels; p++) {
                System.arraycopy(planar, s * planeBytes + p * bytesPerSample, out,
                        (p * samplesPerPixel + s) * bytesPerSample, bytesPerSample);
            }
        }
        return out;
    }
}
