package org.lumen.dicom.pixel;

import java.util.Objects;

/**
 * One frame of stored pixel values, after decompression and before any LUT: little-endian samples,
 * row by row, interleaved per pixel, each {@code bytesPerSample} wide (1-bit data unpacked to one byte
 * of 0 or 1). Values are not masked to Bits Stored. For native YBR_FULL_422 data the samples stay as
 * stored (Y1 Y2 Cb Cr per pair of pixels), as {@code photometricInterpretation} says.
 *
 * @param index                     frame number, from 0
 * @param rows                      rows
 * @param columns                   columns
 * @param samplesPerPixel           samples per pixel the image has (3 for YBR_FULL_422 too)
 * @param bytesPerSample            1, 2, 4 or 8
 * @param signed                    integer samples are two's complement
 * @param floatingPoint             samples are IEEE floats (4 bytes) or doubles (8 bytes)
 * @param photometricInterpretation what the samples are (from the decoder for compressed data)
 * @param data                      the samples; owned by this frame, do not change
 */
public record StoredFrame(int index, int rows, int columns, int samplesPerPixel, int bytesPerSample, boolean signed,
        boolean floatingPoint, String photometricInterpretation, byte[] data) {

    public StoredFrame {
        Objects.requireNonNull(photometricInterpretation, "photometricInterpretation");
        Objects.requireNonNull(data, "data");
        if (bytesPerSample != 1 && bytesPerSample != 2 && bytesPerSample != 4 && bytesPerSample != 8) {
            throw new IllegalArgumentException("bytes per sample must be 1, 2, 4 or 8: " + bytesPerSample);
        }
        if (floatingPoint && bytesPerSample < 4) {
            throw new IllegalArgumentException("floating point samples take 4 or 8 bytes");
        }
        if (data.length % bytesPerSample != 0) {
            throw new IllegalArgumentException(data.length + " bytes do not hold whole samples of " + bytesPerSample);
        }
    }

    /** Number of samples in {@link #data()}. */
    public int sampleCount() {
        return data.length / bytesPerSample;
    }

    /** An integer sample, sign-extended when {@link #signed()}; 32-bit unsigned samples are returned unsigned. */
    public long sample(int i) {
        if (floatingPoint) {
            throw new IllegalStateException("floating point samples: use floatSample");
        }
        int at = i * bytesPerSample;
        long v = 0;
        for (int b = bytesPerSample - 1; b >= 0; b--) {
            v = v << 8 | (data[at + b] & 0xFF);
        }
        int unused = 64 - 8 * bytesPerSample;
        return signed && unused > 0 ? v << unused >> unused : v;
    }

    /** A floating point sample (Float or Double Float Pixel Data). */
    public double floatSample(int i) {
        if (!floatingPoint) {
            throw new IllegalStateException("integer samples: use sample");
        }
        int at = i * bytesPerSample;
        long bits = 0;
        for (int b = bytesPerSample - 1; b >= 0; b--) {
            bits = bits << 8 | (data[at + b] & 0xFF);
        }
        return bytesPerSample == 4 ? Float.intBitsToFloat((int) bits) : Double.longBitsToDouble(bits);
    }
}
