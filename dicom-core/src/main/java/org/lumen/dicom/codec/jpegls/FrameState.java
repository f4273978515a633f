package org.lumen.dicom.codec.jpegls;

import org.lumen.dicom.DicomFormatException;
import org.lumen.dicom.DicomFormatException.Problem;
import org.lumen.dicom.codec.DecodedFrame;
import org.lumen.dicom.codec.FrameInfo;

/** What the markers of one JPEG-LS frame have said so far, and the samples its scans decoded. */
final class FrameState {
    private static final long HARD_LIMIT = 1L << 28;

    private final FrameInfo info;
    private final DefaultThresholds defaults;
    private int precision;
    private int[] componentIds;
    private boolean[] decoded;
    private int[] samples;
    private int maxVal;
    private int t1;
    private int t2;
    private int t3;
    private int reset;
    private int restartInterval;
    private boolean nearLossless;

    FrameState(FrameInfo info, DefaultThresholds defaults) {
        this.info = info;
        this.defaults = defaults;
    }

    int readStartOfFrame(MarkerReader in, int at) throws DicomFormatException {
        int length = in.segmentLength(at);
        if (componentIds != null) {
            throw bad(at, "a second JPEG-LS frame header");
        }
        precision = in.u8(at + 4);
        int rows = in.u16(at + 5);
        int columns = in.u16(at + 7);
        int count = in.u8(at + 9);
        if (length != 8 + 3 * count) {
            throw bad(at + 2, "JPEG-LS frame header length " + length + " does not fit " + count + " components");
        }
        if (precision < 2 || precision > 16) {
            throw bad(at + 4, "JPEG-LS sample precision " + precision + " is outside 2..16");
        }
        if (rows != info.rows() || columns != info.columns()) {
            throw bad(at + 5, "JPEG-LS frame is " + rows + " x " + columns + " but the data set says "
                    + info.rows() + " x " + info.columns());
        }
        if (count != info.samplesPerPixel()) {
            throw bad(at + 9, "JPEG-LS frame has " + count + " components but the data set says "
                    + info.samplesPerPixel());
        }
        if (info.bitsStored() > info.bitsAllocated() || precision > info.bitsAllocated()) {
            throw bad(at + 4, "JPEG-LS precision " + precision + " exceeds Bits Allocated " + info.bitsAllocated());
        }
        long total = (long) rows * columns * count;
        if (total > Math.min(HARD_LIMIT, Runtime.getRuntime().maxMemory() / 16)) {
            throw bad(at + 5, "JPEG-LS frame of " + total + " samples is too large to decode");
        }
        componentIds = new int[count];
        for (int c = 0; c < count; c++) {
            int field = at + 10 + 3 * c;
            componentIds[c] = in.u8(field);
            if (in.u8(field + 1) != 0x11) {
                throw bad(field + 1, "JPEG-LS subsampled components are not supported");
            }
        }
        decoded = new boolean[count];
        samples = new int[(int) total];
        return at + 2 + length;
    }

    int readPresets(MarkerReader in, int at) throws DicomFormatException {
        int length = in.segmentLength(at);
        int id = in.u8(at + 4);
        switch (id) {
            case 1 -> {
                if (length != 13) {
                    throw bad(at + 2, "JPEG-LS preset parameters segment length " + length + ", expected 13");
                }
                maxVal = in.u16(at + 5);
                t1 = in.u16(at + 7);
                t2 = in.u16(at + 9);
                t3 = in.u16(at + 11);
                reset = in.u16(at + 13);
            }
            case 2, 3 -> throw bad(at + 4, "JPEG-LS mapping tables are not supported");
            case 4 -> throw bad(at + 4, "JPEG-LS oversize image dimensions are not supported");
            case 13 -> throw bad(at + 4, "JPEG-LS HP colour transform is not supported");
            default -> throw bad(at + 4, "unknown JPEG-LS preset parameters id " + id);
        }
        return at + 2 + length;
    }

    int readRestartInterval(MarkerReader in, int at) throws DicomFormatException {
        int length = in.segmentLength(at);
        restartInterval = switch (length) {
            case 4 -> in.u16(at + 4);
            case 5 -> in.u16(at + 4) << 8 | in.u8(at + 6);
            case 6 -> in.u16(at + 4) << 16 | in.u16(at + 6);
            default -> throw bad(at + 2, "JPEG-LS restart interval segment length " + length);
        };
        if (restartInterval < 0) {
            throw bad(at + 4, "JPEG-LS restart interval too large");
        }
        return at + 2 + length;
    }

    int readScan(MarkerReader in, int at) throws DicomFormatException {
        int length = in.segmentLength(at);
        if (componentIds == null) {
            throw bad(at, "JPEG-LS scan before the frame header");
        }
        int count = in.u8(at + 4);
        if (count < 1 || count > componentIds.length || length != 6 + 2 * count) {
            throw bad(at + 4, "JPEG-LS scan header with " + count + " components and length " + length);
        }
        int[] planes = new int[count];
        for (int i = 0; i < count; i++) {
            int field = at + 5 + 2 * i;
            planes[i] = plane(in.u8(field), field);
            if (in.u8(field + 1) != 0) {
                throw bad(field + 1, "JPEG-LS mapping tables are not supported");
            }
            if (decoded[planes[i]]) {
                throw bad(field, "JPEG-LS component " + in.u8(field) + " appears in two scans");
            }
            decoded[planes[i]] = true;
        }
        int tail = at + 5 + 2 * count;
        int near = in.u8(tail);
        nearLossless |= near > 0;
        int interleave = in.u8(tail + 1);
        if (interleave > 2 || (interleave == 0) != (count == 1)) {
            throw bad(tail + 1, "JPEG-LS interleave mode " + interleave + " with " + count + " components");
        }
        if ((in.u8(tail + 2) & 0x0F) != 0) {
            throw bad(tail + 2, "JPEG-LS point transform is not supported");
        }
        CodingParameters parameters;
        try {
            parameters = CodingParameters.of(maxVal != 0 ? maxVal : (1 << precision) - 1, near, t1, t2, t3, reset, defaults);
        } catch (IllegalArgumentException e) {
            throw bad(tail, "JPEG-LS coding parameters are invalid: " + e.getMessage());
        }
        ScanDecoder scan = new ScanDecoder(in.data(), info.columns(), info.rows(), planes, componentIds.length,
                interleave, restartInterval, parameters);
        return scan.decode(at + 2 + length, samples);
    }

    private int plane(int id, int field) throws DicomFormatException {
        for (int c = 0; c < componentIds.length; c++) {
            if (componentIds[c] == id) {
                return c;
            }
        }
        throw bad(field, "JPEG-LS scan names component " + id + " that the frame does not have");
    }

    DecodedFrame finish(int at) throws DicomFormatException {
        if (componentIds == null) {
            throw bad(at, "JPEG-LS bitstream ends without a frame header");
        }
        for (int c = 0; c < decoded.length; c++) {
            if (!decoded[c]) {
                throw bad(at, "JPEG-LS bitstream ends before component " + componentIds[c] + " was decoded");
            }
        }
        int bits = info.bitsStored();
        if (info.signed() && bits < 32) {
            int unused = 32 - bits;
            for (int i = 0; i < samples.length; i++) {
                samples[i] = samples[i] << unused >> unused;
            }
        } else if (bits < precision && nearLossless) {
            // a near-lossless value may overshoot the largest Bits Stored value by up to NEAR: masking
            // it would turn white into black, so clamp it
            int max = (1 << bits) - 1;
            for (int i = 0; i < samples.length; i++) {
                samples[i] = Math.min(samples[i], max);
            }
        } else if (bits < precision) {
            int mask = (1 << bits) - 1;
            for (int i = 0; i < samples.length; i++) {
                samples[i] &= mask;
            }
        }
        return new DecodedFrame(info.columns(), info.rows(), componentIds.length, precision, info.signed(), samples,
                info.photometric());
    }

    private static DicomFormatException bad(int at, String detail) {
        return new DicomFormatException(Problem.BAD_PIXEL_DATA, at, detail);
    }
}
