package org.lumen.dicom.codec.jpeg;

import java.util.Arrays;

import org.lumen.dicom.DicomFormatException;

/**
 * Decodes one Huffman-coded scan of a sequential DCT frame (baseline or extended, T.81 F.2): each
 * 8x8 block is entropy-decoded, dequantised and inverse transformed straight into its
 * component's plane. Interleaved scans walk MCUs of h x v blocks per component; a scan of one
 * component walks that component's blocks in raster order.
 */
final class SequentialScanDecoder {
    private final JpegFrame frame;
    private final JpegScan scan;
    private final EntropyReader reader;
    private final int restartInterval;
    private final int[][] quant;
    private final int[] coef = new int[64];
    private final int[] predictors;
    private final IslowIdct idct;
    private final HuffmanTable[] dc;
    private final HuffmanTable[] ac;

    SequentialScanDecoder(JpegFrame frame, JpegScan scan, EntropyReader reader, int restartInterval, int[][] quant,
            HuffmanTable[] dcTables, HuffmanTable[] acTables) {
        this.frame = frame;
        this.scan = scan;
        this.reader = reader;
        this.restartInterval = restartInterval;
        this.quant = quant;
        this.predictors = new int[scan.components().length];
        this.idct = new IslowIdct(frame.precision);
        int n = scan.components().length;
        this.dc = new HuffmanTable[n];
        this.ac = new HuffmanTable[n];
        for (int i = 0; i < n; i++) {
            dc[i] = dcTables[scan.components()[i].dcSelector];
            ac[i] = acTables[scan.components()[i].acSelector];
        }
    }

    void decode() throws DicomFormatException {
        JpegComponent[] comps = scan.components();
        boolean interleaved = comps.length > 1;
        int mcusX = interleaved ? frame.mcusX : JpegFrame.ceilDiv(comps[0].width, 8);
        int mcusY = interleaved ? frame.mcusY : JpegFrame.ceilDiv(comps[0].height, 8);
        long total = (long) mcusX * mcusY;
        int untilRestart = restartInterval;
        int restarts = 0;
        for (long m = 0; m < total; m++) {
            if (restartInterval > 0) {
                if (untilRestart == 0) {
                    reader.restart(restarts & 7);
                    restarts++;
                    Arrays.fill(predictors, 0);
                    untilRestart = restartInterval;
                }
                untilRestart--;
            }
            int mx = (int) (m % mcusX);
            int my = (int) (m / mcusX);
            if (!interleaved) {
                JpegComponent c = comps[0];
                block(0, c, my * 8 * c.stride + mx * 8);
                continue;
            }
            for (int i = 0; i < comps.length; i++) {
                JpegComponent c = comps[i];
                for (int by = 0; by < c.v; by++) {
                    for (int bx = 0; bx < c.h; bx++) {
                        int row = (my * c.v + by) * 8;
                        int col = (mx * c.h + bx) * 8;
                        block(i, c, row * c.stride + col);
                    }
                }
            }
        }
    }

    private void block(int i, JpegComponent c, int offset) throws DicomFormatException {
        int[] z = coef;
        Arrays.fill(z, 0);
        int s = reader.difference(dc[i]);
        if (s == 32768) {
            // category 16 in a DCT DC table: libjpeg reads 16 extra bits
            s = reader.receiveExtend(16);
        }
        predictors[i] += s;
        z[0] = (short) predictors[i];
        HuffmanTable acTable = ac[i];
        for (int k = 1; k < 64; k++) {
            int rv = reader.runAndValue(acTable);
            if (rv < 0x100000) {
                if (rv != 0xF0) {
                    break; // EOB (any other symbol of size 0 ends the block as libjpeg does)
                }
                k += 15;
                continue;
            }
            k += (rv >> 16) & 15;
            if (k > 63) {
                throw JpegCodestream.broken(reader.position(), "AC coefficients run past the end of the block");
            }
            z[JpegHeaders.NATURAL_ORDER[k]] = (short) rv;
        }
        idct.transform(z, quant[c.quantSelector], c.plane, offset, c.stride);
    }
}
