package org.lumen.dicom.codec.rle;

import org.lumen.dicom.DicomFormatException;
import org.lumen.dicom.DicomFormatException.Problem;

/** Decodes one PackBits segment straight into one byte of one plane of the interleaved samples. */
final class PackBitsSegment {
    private PackBitsSegment() {
    }

    /**
     * ORs each decoded byte, shifted left by {@code shift}, into {@code samples[pixel * stride + plane]}
     * for every pixel of the frame.
     *
     * @throws DicomFormatException when the segment ends before it filled every pixel
     */
    static void decode(byte[] in, int start, int end, int[] samples, int plane, int stride, int shift, int segment)
            throws DicomFormatException {
        int out = plane;
        int outEnd = samples.length;
        int pos = start;
        while (out < outEnd) {
            if (pos >= end) {
                throw shortSegment(segment, end, (out - plane) / stride, samples.length / stride);
            }
            int header = in[pos++];
            if (header >= 0) {
                int count = Math.min(header + 1, end - pos); // a literal cut by the segment end gives what it has
                int stop = Math.min(outEnd, out + count * stride);
                while (out < stop) {
                    samples[out] |= (in[pos++] & 0xFF) << shift;
                    out += stride;
                }
                if (out < outEnd) {
                    pos += header + 1 - count;
                }
            } else if (header != -128) {
                if (pos >= end) {
                    throw new DicomFormatException(Problem.BAD_PIXEL_DATA, pos - 1, "RLE segment " + segment
                            + ": replicate run has no byte to repeat before the segment end at " + end);
                }
                int value = (in[pos++] & 0xFF) << shift;
                int stop = Math.min(outEnd, out + (1 - header) * stride);
                while (out < stop) {
                    samples[out] |= value;
                    out += stride;
                }
            }
        }
    }

    private static DicomFormatException shortSegment(int segment, int end, int decoded, int needed) {
        return new DicomFormatException(Problem.BAD_PIXEL_DATA, end, "RLE segment " + segment + " ends after "
                + decoded + " of the " + needed + " bytes it must decode to");
    }
}
