package org.lumen.dicom.codec.jpeg;

import org.lumen.dicom.DicomFormatException;

/**
 * Decodes one scan of a lossless (process 14) frame, T.81 Annex H: Huffman-coded differences
 * added modulo 2^16 to the prediction of the scan's selection value (1..7) from the neighbours
 * Ra (left), Rb (above) and Rc (above left). The first row, and the first row after each restart
 * marker, predicts from the left only, its first sample from 2^(P - Pt - 1); the first column
 * predicts from above. Planes keep the point-transformed values; {@link JpegDecoder} shifts them
 * back by Pt when it assembles the frame.
 */
final class LosslessScanDecoder {
    private final JpegFrame frame;
    private final JpegScan scan;
    private final EntropyReader reader;
    private final int restartInterval;
    private final HuffmanTable[] dc;

    LosslessScanDecoder(JpegFrame frame, JpegScan scan, EntropyReader reader, int restartInterval,
            HuffmanTable[] dcTables) {
        this.frame = frame;
        this.scan = scan;
        this.reader = reader;
        this.restartInterval = restartInterval;
        int n = scan.components().length;
        this.dc = new HuffmanTable[n];
        for (int i = 0; i < n; i++) {
            dc[i] = dcTables[scan.components()[i].dcSelector];
        }
    }

    void decode() throws DicomFormatException {
        if (scan.components().length == 1 && restartInterval == 0) {
            decodeOneComponent();
            return;
        }
        JpegComponent[] comps = scan.components();
        int n = comps.length;
        int width = comps[0].width;
        int height = comps[0].height;
        int initial = 1 << (frame.precision - scan.al() - 1);
        int predictor = scan.ss();
        int untilRestart = restartInterval;
        int restarts = 0;
        // the row from which 2-D prediction may start; a restart moves it to the next row
        int firstRow = 0;
        int firstColumnOfInterval = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (restartInterval > 0) {
                    if (untilRestart == 0) {
                        reader.restart(restarts & 7);
                        restarts++;
                        untilRestart = restartInterval;
                        firstRow = y;
                        firstColumnOfInterval = x;
                    }
                    untilRestart--;
                }
                for (int i = 0; i < n; i++) {
                    JpegComponent c = comps[i];
                    int[] p = c.plane;
                    int at = y * width + x;
                    int prediction;
                    if (y == firstRow) {
                        prediction = x == firstColumnOfInterval ? initial : p[at - 1];
                    } else if (x == 0) {
                        prediction = p[at - width];
                    } else {
                        int ra = p[at - 1];
                        int rb = p[at - width];
                        int rc = p[at - width - 1];
                        prediction = switch (predictor) {
                            case 1 -> ra;
                            case 2 -> rb;
                            case 3 -> rc;
                            case 4 -> ra + rb - rc;
                            case 5 -> ra + ((rb - rc) >> 1);
                            case 6 -> rb + ((ra - rc) >> 1);
                            default -> (ra + rb) >> 1;
                        };
                    }
                    p[at] = (prediction + difference(dc[i])) & 0xFFFF;
                }
            }
        }
    }

    /** The common case (a grey frame without restart markers), with one inner loop per predictor. */
    private void decodeOneComponent() throws DicomFormatException {
        JpegComponent c = scan.components()[0];
        HuffmanTable table = dc[0];
        int[] p = c.plane;
        int width = c.width;
        int height = c.height;
        int ra = 1 << (frame.precision - scan.al() - 1);
        for (int x = 0; x < width; x++) {
            ra = (ra + difference(table)) & 0xFFFF;
            p[x] = ra;
        }
        int predictor = scan.ss();
        for (int y = 1; y < height; y++) {
            int row = y * width;
            int end = row + width;
            p[row] = (p[row - width] + difference(table)) & 0xFFFF;
            switch (predictor) {
                case 1 -> {
                    for (int at = row + 1; at < end; at++) {
                        p[at] = (p[at - 1] + difference(table)) & 0xFFFF;
                    }
                }
                case 2 -> {
                    for (int at = row + 1; at < end; at++) {
                        p[at] = (p[at - width] + difference(table)) & 0xFFFF;
                    }
                }
                case 3 -> {
                    for (int at = row + 1; at < end; at++) {
                        p[at] = (p[at - width - 1] + difference(table)) & 0xFFFF;
                    }
                }
                case 4 -> {
                    for (int at = row + 1; at < end; at++) {
                        p[at] = (p[at - 1] + p[at - width] - p[at - width - 1] + difference(table)) & 0xFFFF;
                    }
                }
                case 5 -> {
                    for (int at = row + 1; at < end; at++) {
                        p[at] = (p[at - 1] + ((p[at - width] - p[at - width - 1]) >> 1) + difference(table)) & 0xFFFF;
                    }
                }
                case 6 -> {
                    for (int at = row + 1; at < end; at++) {
                        p[at] = (p[at - width] + ((p[at - 1] - p[at - width - 1]) >> 1) + difference(table)) & 0xFFFF;
                    }
                }
                default -> {
                    for (int at = row + 1; at < end; at++) {
                        p[at] = ((p[at - 1] + p[at - width]) >> 1) + difference(table) & 0xFFFF;
                    }
                }
            }
        }
    }

    private int difference(HuffmanTable table) throws DicomFormatException {
        return reader.difference(table);
    }
}
