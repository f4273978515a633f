package org.lumen.dicom.codec.jpeg;

import org.lumen.dicom.DicomFormatException;
import org.lumen.dicom.DicomFormatException.Problem;
import org.lumen.dicom.codec.FrameInfo;

/**
 * Walks the markers of one JPEG interchange-format codestream (T.81 Annex B): reads the tables,
 * the frame header and each scan header, and hands every scan to the decoder of its process.
 * Holds the state of one decode; not shared between threads.
 */
final class JpegCodestream {
    /** Largest number of samples (all planes together) a frame may ask for: 1 GiB of ints. */
    static final long MAX_SAMPLES = 1L << 28;

    private final byte[] data;
    private final FrameInfo info;
    private final long maxSamples;
    private int pos;
    final int[][] quant = new int[4][];
    final HuffmanTable[] dcTables = new HuffmanTable[4];
    final HuffmanTable[] acTables = new HuffmanTable[4];
    int restartInterval;
    JpegFrame frame;
    private int scans;

    JpegCodestream(byte[] data, FrameInfo info, long maxSamples) {
        this.data = data;
        this.info = info;
        this.maxSamples = maxSamples;
    }

    static DicomFormatException broken(long offset, String detail) {
        return new DicomFormatException(Problem.BAD_PIXEL_DATA, offset, "JPEG: " + detail);
    }

    /** Decodes every scan up to EOI (or the end of the data after at least one scan). */
    JpegFrame decode() throws DicomFormatException {
        if (data.length < 2 || (data[0] & 0xFF) != 0xFF || (data[1] & 0xFF) != 0xD8) {
            throw broken(0, "no SOI marker at the start of the bitstream");
        }
        pos = 2;
        while (true) {
            int at = pos;
            if (at >= data.length - 1) {
                if (scans > 0) {
                    return complete(at); // missing EOI: accepted, as libjpeg does, if every component came
                }
                throw broken(at, "bitstream ends before any scan");
            }
            if ((data[at] & 0xFF) != 0xFF) {
                throw broken(at, "expected a marker, found 0x" + Integer.toHexString(data[at] & 0xFF));
            }
            int marker = data[at + 1] & 0xFF;
            pos = at + 2;
            if (marker == 0xFF) {
                pos = at + 1; // fill byte
                continue;
            }
            if (marker == 0xD9) {
                if (scans == 0) {
                    throw broken(at, "EOI before any scan");
                }
                return complete(at);
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                continue; // TEM or stray RST: no segment
            }
            int length = u16(pos);
            int end = pos + length;
            if (length < 2 || end > data.length) {
                throw broken(pos, "segment length " + length + " runs past the end of the bitstream");
            }
            segment(marker, at, pos + 2, end);
            if (marker == 0xDA) {
                continue; // segment() moved pos past the entropy-coded data
            }
            pos = end;
        }
    }

    private void segment(int marker, int at, int start, int end) throws DicomFormatException {
        switch (marker) {
            case 0xC0, 0xC1, 0xC3 -> {
                frame = JpegHeaders.frame(this, marker, start, end);
                if (frame.width != info.columns() || frame.height != info.rows()
                        || frame.components.length != info.samplesPerPixel()) {
                    throw broken(at, "frame is " + frame.width + " x " + frame.height + " x " + frame.components.length
                            + " but the data set says " + info.columns() + " x " + info.rows() + " x "
                            + info.samplesPerPixel());
                }
            }
            case 0xC2, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF ->
                throw broken(at, "unsupported JPEG process (SOF marker 0x" + Integer.toHexString(marker) + ")");
            case 0xC4 -> JpegHeaders.huffmanTables(this, start, end);
            case 0xDB -> JpegHeaders.quantTables(this, start, end);
            case 0xDD -> {
                if (end - start < 2) {
                    throw broken(start, "DRI segment too short");
                }
                restartInterval = u16(start);
            }
            case 0xDA -> scan(at, start, end);
            case 0xDC -> throw broken(at, "DNL marker (height defined after the first scan) is not supported");
            default -> {
                // APPn (JFIF, Adobe: dcmdjpeg's default ignores them, see JpegDecoder), COM and the like
            }
        }
    }

    private void scan(int at, int start, int end) throws DicomFormatException {
        if (frame == null) {
            throw broken(at, "SOS before the frame header");
        }
        if (frame.components[0].plane == null) {
            if (frame.planeSamples() > maxSamples) {
                throw broken(at, "frame of " + frame.width + " x " + frame.height + " needs " + frame.planeSamples()
                        + " samples, more than the limit of " + maxSamples);
            }
            frame.allocatePlanes();
        }
        JpegScan scan = JpegHeaders.scan(this, start, end);
        EntropyReader reader = new EntropyReader(data, end);
        if (frame.lossless()) {
            for (JpegComponent c : scan.components()) {
                c.pointTransform = scan.al();
            }
            new LosslessScanDecoder(frame, scan, reader, restartInterval, dcTables).decode();
        } else {
            new SequentialScanDecoder(frame, scan, reader, restartInterval, quant, dcTables, acTables).decode();
        }
        for (JpegComponent c : scan.components()) {
            c.scanned = true;
        }
        scans++;
        pos = reader.nextMarker();
    }

    /** The frame, once every component has been coded by some scan. */
    private JpegFrame complete(int at) throws DicomFormatException {
        for (JpegComponent c : frame.components) {
            if (!c.scanned) {
                throw broken(at, "the codestream ends before any scan of component " + c.id);
            }
        }
        return frame;
    }

    int u16(int p) throws DicomFormatException {
        if (p + 1 >= data.length) {
            throw broken(p, "bitstream ends inside a marker segment");
        }
        return ((data[p] & 0xFF) << 8) | (data[p + 1] & 0xFF);
    }

    int u8(int p, int end) throws DicomFormatException {
        if (p >= end) {
            throw broken(p, "marker segment shorter than its content");
        }
        return data[p] & 0xFF;
    }
}
