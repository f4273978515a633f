package org.lumen.dicom.pixel;

import org.lumen.dicom.DicomFormatException;
import org.lumen.dicom.DicomFormatException.Problem;
import org.lumen.dicom.codec.DecodedFrame;

/** Turns a codec's {@link DecodedFrame} into a {@link StoredFrame} sized by the data set's Bits Allocated. */
final class DecodedFrames {
    private DecodedFrames() {}

    static StoredFrame toStored(int index, DecodedFrame decoded, ImagePixelDescription description) throws DicomFormatException {
        if (decoded.width() != description.columns() || decoded.height() != description.rows()
                || decoded.components() != description.samplesPerPixel()) {
            throw new DicomFormatException(Problem.BAD_PIXEL_DATA, -1, "frame " + index + " decodes to " + decoded.width() + " x "
                    + decoded.height() + " x " + decoded.components() + " but the data set says " + description.columns()
                    + " x " + description.rows() + " x " + description.samplesPerPixel());
        }
        if (decoded.precision() > Math.max(8, description.bitsAllocated()) || description.floatingPoint()) {
            throw new DicomFormatException(Problem.BAD_PIXEL_DATA, -1, "frame " + index + " decodes to " + decoded.precision()
                    + "-bit samples that do not fit the " + description.bitsAllocated() + " bits allocated");
        }
        int width = description.bytesPerSample();
        int[] samples = decoded.samples();
        byte[] data = new byte[samples.length * width];
        if (width == 2) {
            // The usual case (CT, MR: 16 bits allocated), a loop without the inner one: about a third of the decoding
            // time of a JPEG lossless frame went to the general loop below (streaming profile, bench/README.md).
            for (int i = 0; i < samples.length; i++) {
                int v = samples[i];
                data[2 * i] = (byte) v;
                data[2 * i + 1] = (byte) (v >> 8);
            }
        } else if (width == 1) {
            for (int i = 0; i < samples.length; i++) {
                data[i] = (byte) samples[i];
            }
        } else {
            for (int i = 0, at = 0; i < samples.length; i++) {
                int v = samples[i];
                for (int b = 0; b < width; b++, at++) {
                    data[at] = (byte) (b < 4 ? v >> (8 * b) : v >> 31);
                }
            }
        }
        return new StoredFrame(index, description.rows(), description.columns(), description.samplesPerPixel(), width,
                description.signed(), false, decoded.photometric().trim(), data);
    }
}
