package org.lumen.dicom.codec.rle;

import org.lumen.dicom.DicomFormatException;
import org.lumen.dicom.DicomFormatException.Problem;
import org.lumen.dicom.codec.DecodedFrame;
import org.lumen.dicom.codec.FrameDecoder;
import org.lumen.dicom.codec.FrameInfo;

/**
 * Decodes one frame of DICOM RLE Lossless (PS3.5 Annex G, transfer syntax 1.2.840.10008.1.2.5).
 *
 * <p>The frame starts with a 64-byte header: the number of segments and fifteen segment offsets,
 * little endian. There is one segment per byte of each sample, most significant byte first, plane
 * after plane; each segment is PackBits-encoded and must decode to rows * columns bytes. The output
 * interleaves the planes per pixel. Samples are the low Bits Stored bits of each value, sign
 * extended when Pixel Representation is 1. For 32-bit unsigned samples, values above
 * {@code Integer.MAX_VALUE} appear as negative ints (read them with {@link Integer#toUnsignedLong}).
 *
 * <p>A segment that ends short of rows * columns bytes is an error (dcmtk pads it with zeros and
 * warns; we refuse rather than show a partly invented image). Bytes a segment holds beyond
 * rows * columns, and a literal or replicate run that crosses that end, are ignored as dcmtk's
 * {@code dcmdrle} ignores them.
 *
 * <p>Stateless and thread-safe.
 */
public final class RleDecoder implements FrameDecoder {
    /** The transfer syntax UID this decoder reads. */
    public static final String TRANSFER_SYNTAX_UID = "1.2.840.10008.1.2.5";

    private static final int HEADER_LENGTH = 64;
    private static final int MAX_SEGMENTS = 15;
    /** PackBits can expand two bytes to at most 128: a lower bound on the bytes a frame needs. */
    private static final int MAX_EXPANSION = 64;

    @Override
    public DecodedFrame decode(byte[] bitstream, FrameInfo info) throws DicomFormatException {
        int bytesPerSample = bytesPerSample(info);
        int planes = info.samplesPerPixel();
        long pixels = info.pixelsPerFrame();
        long sampleCount = pixels * planes;
        if (sampleCount > SampleBudget.maxSamples()) {
            throw new DicomFormatException(Problem.BAD_PIXEL_DATA, 0,
                    "frame of " + info.rows() + " x " + info.columns() + " x " + planes + " samples is too large to decode");
        }
        if (bitstream.length < HEADER_LENGTH) {
            throw new DicomFormatException(Problem.BAD_PIXEL_DATA, bitstream.length,
                    "RLE frame of " + bitstream.length + " bytes ends inside its 64-byte header");
        }
        long segments = readUInt32(bitstream, 0);
        int expected = planes * bytesPerSample;
        if (segments != expected) {
            throw new DicomFormatException(Problem.BAD_PIXEL_DATA, 0, "RLE header announces " + segments
                    + " segments; " + planes + " samples of " + bytesPerSample + " bytes need " + expected);
        }
        long[] bounds = segmentBounds(bitstream, expected);
        for (int s = 0; s < expected; s++) {
            long available = bounds[s + 1] - bounds[s];
            if (available * MAX_EXPANSION < pixels) {
                throw new DicomFormatException(Problem.BAD_PIXEL_DATA, bounds[s], "RLE segment " + s + " holds "
                        + available + " bytes, too few to decode to " + pixels + " bytes");
            }
        }
        int[] samples = new int[(int) sampleCount];
        for (int s = 0; s < expected; s++) {
            int plane = s / bytesPerSample;
            int shift = 8 * (bytesPerSample - 1 - s % bytesPerSample);
            PackBitsSegment.decode(bitstream, (int) bounds[s], (int) bounds[s + 1], samples, plane, planes, shift, s);
        }
        SampleBudget.normalise(samples, info.bitsStored(), info.signed());
        return new DecodedFrame(info.columns(), info.rows(), planes, info.bitsStored(), info.signed(), samples,
                info.photometric());
    }

    private static int bytesPerSample(FrameInfo info) throws DicomFormatException {
        return switch (info.bitsAllocated()) {
            case 8 -> 1;
            case 16 -> 2;
            case 32 -> 4;
            default -> throw new DicomFormatException(Problem.BAD_PIXEL_DATA, -1,
                    "RLE supports 8, 16 and 32 bits allocated, not " + info.bitsAllocated());
        };
    }

    /** Start offsets of each segment and, last, the end of the bitstream. */
    private static long[] segmentBounds(byte[] bitstream, int segments) throws DicomFormatException {
        long[] bounds = new long[segments + 1];
        for (int s = 0; s < segments; s++) {
            int field = 4 + 4 * s;
            long offset = readUInt32(bitstream, field);
            if (offset < HEADER_LENGTH || offset >= bitstream.length) {
                throw new DicomFormatException(Problem.BAD_PIXEL_DATA, field, "RLE segment " + s + " offset " + offset
                        + " lies outside the segment data (64 to " + (bitstream.length - 1) + ")");
            }
            if (s > 0 && offset <= bounds[s - 1]) {
                throw new DicomFormatException(Problem.BAD_PIXEL_DATA, field, "RLE segment " + s + " offset " + offset
                        + " does not follow segment " + (s - 1) + " at " + bounds[s - 1]);
            }
            bounds[s] = offset;
        }
        for (int s = segments; s < MAX_SEGMENTS; s++) {
            if (readUInt32(bitstream, 4 + 4 * s) != 0) {
                throw new DicomFormatException(Problem.BAD_PIXEL_DATA, 4 + 4 * s,
                        "RLE header has an offset for unused segment " + s);
            }
        }
        bounds[segments] = bitstream.length;
        return bounds;
    }

    private static long readUInt32(byte[] b, int at) {
        return (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
    }
}
