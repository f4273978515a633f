package org.lumen.dicom.codec;

import java.util.Objects;

/**
 * What the Image Pixel module (PS3.3 C.7.6.3) says one frame holds; codecs check the decoded
 * bitstream against it and RLE needs it to know its segments.
 *
 * @param rows                rows of the frame
 * @param columns             columns of the frame
 * @param samplesPerPixel     1 for grey and palette, 3 for colour
 * @param bitsAllocated       1, 8, 16, 32 or 64
 * @param bitsStored          significant bits of each sample
 * @param signed              Pixel Representation 1 (two's complement)
 * @param photometric         Photometric Interpretation as stored (for example YBR_FULL_422)
 * @param planarConfiguration 0 for interleaved samples, 1 for colour-by-plane
 */
public record FrameInfo(int rows, int columns, int samplesPerPixel, int bitsAllocated, int bitsStored, boolean signed,
        String photometric, int planarConfiguration) {
    public FrameInfo {
        if (rows <= 0 || columns <= 0) {
            throw new IllegalArgumentException("rows and columns must be positive: " + rows + " x " + columns);
        }
        if (samplesPerPixel <= 0 || bitsAllocated <= 0 || bitsStored <= 0 || bitsStored > bitsAllocated) {
            throw new IllegalArgumentException("inconsistent samples/bits: " + samplesPerPixel + "/" + bitsAllocated + "/" + bitsStored);
        }
        Objects.requireNonNull(photometric, "photometric");
    }

    public long pixelsPerFrame() {
        return (long) rows * columns;
    }
}
