package org.lumen.dicom.codec.jpegls;

import java.util.Arrays;

import org.lumen.dicom.DicomFormatException;
import org.lumen.dicom.DicomFormatException.Problem;

/**
 * Decodes the entropy-coded data of one scan, line by line, into the frame's interleaved samples.
 * Interleave mode 0 and 1 decode one component line at a time (contexts shared, a run index per
 * component); mode 2 decodes whole pixels. Restart markers, when the frame sets an interval, reset
 * the contexts, the run indexes and the previous line. Not thread-safe: one instance per scan.
 */
final class ScanDecoder {
    private final byte[] data;
    private final int width;
    private final int height;
    private final int[] planes;
    private final int stride;
    private final boolean pixelInterleaved;
    private final int restartInterval;
    private final ContextModel model;
    private final int[][] previous;
    private final int[][] current;
    private final int[] runIndex;
    private final int[] contexts;

    /**
     * @param planes          for each component of the scan, its index among the frame's components
     * @param stride          number of components in the frame
     * @param restartInterval lines between restart markers, 0 for none
     */
    ScanDecoder(byte[] data, int width, int height, int[] planes, int stride, int interleave, int restartInterval,
            CodingParameters parameters) {
        this.data = data;
        this.width = width;
        this.height = height;
        this.planes = planes.clone();
        this.stride = stride;
        this.pixelInterleaved = interleave == 2 && planes.length > 1;
        this.restartInterval = restartInterval;
        this.model = new ContextModel(parameters);
        this.previous = new int[planes.length][width + 2];
        this.current = new int[planes.length][width + 2];
        this.runIndex = new int[planes.length];
        this.contexts = new int[planes.length];
    }

    /** Decodes the scan whose data starts at {@code start}; returns the offset of the marker after it. */
    int decode(int start, int[] out) throws DicomFormatException {
        int end = nextMarker(data, start);
        model.in = new ScanBitReader(data, start, end);
        int lines = 0;
        for (int y = 0; y < height; y++) {
            if (restartInterval > 0 && lines == restartInterval) {
                end = restart(end);
                lines = 0;
            }
            if (pixelInterleaved) {
                decodePixels();
            }
            for (int c = 0; c < planes.length; c++) {
                if (!pixelInterleaved) {
                    decodeLine(c);
                }
                int[] line = current[c];
                int o = y * width * stride + planes[c];
                for (int x = 1; x <= width; x++, o += stride) {
                    out[o] = line[x];
                }
                current[c] = previous[c];
                previous[c] = line;
            }
            lines++;
        }
        model.in.checkComplete();
        return end;
    }

    private int restart(int markerAt) throws DicomFormatException {
        model.in.checkComplete();
        int m = markerAt;
        while (m + 1 < data.length && data[m + 1] == (byte) 0xFF) {
            m++;
        }
        int code = m + 1 < data.length ? data[m + 1] & 0xFF : -1;
        if (code < 0xD0 || code > 0xD7) {
            throw new DicomFormatException(Problem.BAD_PIXEL_DATA, m,
                    "JPEG-LS restart marker expected after " + restartInterval + " lines, found " + Integer.toHexString(code));
        }
        int end = nextMarker(data, m + 2);
        model.in = new ScanBitReader(data, m + 2, end);
        model.resetContexts();
        Arrays.fill(runIndex, 0);
        for (int c = 0; c < planes.length; c++) {
            Arrays.fill(previous[c], 0);
            Arrays.fill(current[c], 0);
        }
        return end;
    }

    private void decodeLine(int c) throws DicomFormatException {
        int[] p = previous[c];
        int[] q = current[c];
        ContextModel m = model;
        p[width + 1] = p[width];
        q[0] = p[1];
        m.runIndex = runIndex[c];
        int x = 0;
        while (x < width) {
            int ra = q[x];
            int rb = p[x + 1];
            int rc = p[x];
            int qs = m.context(p[x + 2] - rb, rb - rc, rc - ra);
            if (qs != 0) {
                q[x + 1] = m.decodeRegular(qs, ra, rb, rc);
                x++;
            } else {
                int run = m.decodeRunLength(width - x);
                Arrays.fill(q, x + 1, x + 1 + run, ra);
                x += run;
                if (x < width) {
                    q[x + 1] = m.decodeInterruption(ra, p[x + 1]);
                    m.endOfInterruption();
                    x++;
                }
            }
        }
        runIndex[c] = m.runIndex;
    }

    private void decodePixels() throws DicomFormatException {
        int components = planes.length;
        ContextModel m = model;
        for (int c = 0; c < components; c++) {
            previous[c][width + 1] = previous[c][width];
            current[c][0] = previous[c][1];
        }
        m.runIndex = runIndex[0];
        int x = 0;
        while (x < width) {
            boolean flat = true;
            for (int c = 0; c < components; c++) {
                int[] p = previous[c];
                int rb = p[x + 1];
                int rc = p[x];
                contexts[c] = m.context(p[x + 2] - rb, rb - rc, rc - current[c][x]);
                flat &= contexts[c] == 0;
            }
            if (!flat) {
                for (int c = 0; c < components; c++) {
                    int[] p = previous[c];
                    current[c][x + 1] = m.decodeRegular(contexts[c], current[c][x], p[x + 1], p[x]);
                }
                x++;
                continue;
            }
            int run = m.decodeRunLength(width - x);
            for (int c = 0; c < components; c++) {
                Arrays.fill(current[c], x + 1, x + 1 + run, current[c][x]);
            }
            x += run;
            if (x < width) {
                for (int c = 0; c < components; c++) {
                    current[c][x + 1] = m.decodeInterleavedInterruption(current[c][x], previous[c][x + 1]);
                }
                m.endOfInterruption();
                x++;
            }
        }
        runIndex[0] = m.runIndex;
    }

    /** Offset of the first marker (0xFF then a byte of 0x80 or more) at or after {@code from}. */
    static int nextMarker(byte[] data, int from) {
        for (int i = from; i + 1 < data.length; i++) {
            if (data[i] == (byte) 0xFF && (data[i + 1] & 0xFF) >= 0x80) {
                return i;
            }
        }
        return data.length;
    }
}
