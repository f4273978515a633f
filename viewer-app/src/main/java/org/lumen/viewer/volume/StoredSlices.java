package org.lumen.viewer.volume;

import java.io.IOException;

import org.lumen.dicom.DicomFormatException;
import org.lumen.dicom.DicomFormatException.Problem;
import org.lumen.dicom.lut.LookupTable;
import org.lumen.dicom.lut.YbrConversions;
import org.lumen.dicom.pixel.ImagePixelDescription;
import org.lumen.dicom.pixel.PixelDataReader;
import org.lumen.dicom.pixel.StoredFrame;

/**
 * Turns a decoded frame into the 16-bit stored values a volume holds: each sample shifted down past
 * any bits above High Bit's field, then masked (unsigned) or sign-extended (signed) to Bits Stored, so
 * that bits outside Bits Stored (overlays, garbage) never reach the image.
 */
final class StoredSlices {
    private StoredSlices() {}

    static short[] read(PixelDataReader reader, int frame, String file) throws IOException {
        ImagePixelDescription d = reader.description();
        if (d.samplesPerPixel() != 1 || d.floatingPoint() || d.bitsAllocated() > 16) {
            throw new DicomFormatException(Problem.BAD_PIXEL_DATA, -1, file + ": only single-sample integer images of up to"
                    + " 16 bits are rendered, this one has " + d.samplesPerPixel() + " samples of " + d.bitsAllocated() + " bits"
                    + (d.floatingPoint() ? " (floating point)" : ""));
        }
        int bitsStored = d.bitsStored();
        int shift = d.highBit() + 1 - bitsStored;
        if (bitsStored < 1 || bitsStored > 16 || shift < 0) {
            throw new DicomFormatException(Problem.BAD_PIXEL_DATA, -1, file + ": Bits Stored " + bitsStored
                    + " and High Bit " + d.highBit() + " do not fit 16-bit samples");
        }
        StoredFrame stored = reader.readFrame(frame);
        int n = d.rows() * d.columns();
        if (stored.sampleCount() < n) {
            throw new DicomFormatException(Problem.BAD_PIXEL_DATA, -1, file + ": frame " + frame + " has "
                    + stored.sampleCount() + " samples for " + d.columns() + "x" + d.rows());
        }
        short[] out = new short[n];
        int unused = 32 - bitsStored;
        for (int p = 0; p < n; p++) {
            int v = (int) (stored.sample(p) >>> shift);
            out[p] = (short) (d.signed() ? v << unused >> unused : v << unused >>> unused);
        }
        return out;
    }

    /**
     * An RGB frame (3 samples of up to 16 bits; YBR_FULL 8-bit converted to RGB with dicom-core's
     * {@link YbrConversions}) as three channels of unsigned stored values.
     */
    static short[][] readRgb(PixelDataReader reader, int frame, String file) throws IOException {
        ImagePixelDescription d = reader.description();
        if (d.samplesPerPixel() != 3 || d.floatingPoint() || d.bitsAllocated() > 16 || d.signed()) {
            throw new DicomFormatException(Problem.BAD_PIXEL_DATA, -1, file + ": colour images are rendered from 3 unsigned samples of"
                    + " up to 16 bits, this one has " + d.samplesPerPixel() + " samples of " + d.bitsAllocated() + " bits");
        }
        StoredFrame stored = reader.readFrame(frame);
        int n = d.rows() * d.columns();
        String photometric = stored.photometricInterpretation().trim();
        boolean ybr = photometric.equals("YBR_FULL");
        if (!photometric.equals("RGB") && !(ybr && d.bitsAllocated() == 8)) {
            throw new DicomFormatException(Problem.BAD_PIXEL_DATA, -1, file + ": colour volumes are made of RGB or 8-bit YBR_FULL"
                    + " frames, not " + photometric);
        }
        if (stored.sampleCount() < 3 * n) {
            throw new DicomFormatException(Problem.BAD_PIXEL_DATA, -1, file + ": frame " + frame + " has " + stored.sampleCount()
                    + " samples for " + d.columns() + "x" + d.rows() + " RGB pixels");
        }
        short[][] channels = new short[3][n];
        for (int p = 0; p < n; p++) {
            int r = (int) stored.sample(3 * p);
            int g = (int) stored.sample(3 * p + 1);
            int b = (int) stored.sample(3 * p + 2);
            if (ybr) {
                int rgb = YbrConversions.ybrFullToRgb(r, g, b);
                r = rgb >> 16 & 0xFF;
                g = rgb >> 8 & 0xFF;
                b = rgb & 0xFF;
            }
            channels[0][p] = (short) r;
            channels[1][p] = (short) g;
            channels[2][p] = (short) b;
        }
        return channels;
    }

    /**
     * Stored values through a Modality LUT Sequence table: the volume then holds modality values
     * exactly (the table's entries, unsigned, up to 16 bits) with the identity rescale.
     */
    static short[] throughModalityTable(short[] stored, boolean signed, LookupTable table) {
        short[] out = new short[stored.length];
        for (int p = 0; p < stored.length; p++) {
            out[p] = (short) table.lookup(signed ? stored[p] : stored[p] & 0xFFFF);
        }
        return out;
    }
}
