package org.lumen.dicom.codec.j2k;

import java.awt.image.Raster;

import org.lumen.dicom.DicomFormatException;

/** Copies the reader's raster into interleaved ints: the code stream's bits, read as signed or unsigned. */
final class RasterSamples {
    private RasterSamples() {
    }

    static int[] read(Raster raster, CodestreamHeader header, boolean signed) throws DicomFormatException {
        if (raster.getWidth() != header.width() || raster.getHeight() != header.height()
                || raster.getNumBands() != header.components()) {
            throw CodestreamHeader.bad(-1, "JPEG 2000 reader returned a " + raster.getWidth() + " x "
                    + raster.getHeight() + " x " + raster.getNumBands() + " raster for a " + header.width() + " x "
                    + header.height() + " x " + header.components() + " code stream");
        }
        int[] samples = raster.getPixels(raster.getMinX(), raster.getMinY(), header.width(), header.height(),
                (int[]) null);
        int bits = header.precision();
        if (bits < 32) {
            int unused = 32 - bits;
            if (signed) {
                for (int i = 0; i < samples.length; i++) {
                    samples[i] = samples[i] << unused >> unused;
                }
            } else {
                int mask = (1 << bits) - 1;
                for (int i = 0; i < samples.length; i++) {
                    samples[i] &= mask;
                }
            }
        }
        return samples;
    }
}
