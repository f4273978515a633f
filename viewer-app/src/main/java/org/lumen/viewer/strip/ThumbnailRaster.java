package org.lumen.viewer.strip;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;
import org.lumen.dicom.lut.GreyscalePipeline;
import org.lumen.dicom.lut.LutAttributes;
import org.lumen.dicom.lut.ModalityLut;
import org.lumen.dicom.lut.VoiFunction;
import org.lumen.dicom.lut.WindowTransform;
import org.lumen.dicom.pixel.FrameDecoders;
import org.lumen.dicom.pixel.PixelDataReader;
import org.lumen.dicom.pixel.StoredFrame;

/**
 * Makes thumbnails: from a server-rendered image (JPEG or PNG bytes), or by decoding the middle
 * frame of an instance through dicom-core and mapping it with the header's first window (else the
 * frame's value range), then shrinking it to fit a square by averaging. No JavaFX here.
 */
final class ThumbnailRaster {
    private ThumbnailRaster() {}

    /** A rendered image's bytes, shrunk to fit {@code size}. */
    static Thumbnail fromEncoded(byte[] image, int size) throws IOException {
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image));
        if (decoded == null) {
            throw new IOException("the rendered image is in a format Lumen cannot read");
        }
        int w = decoded.getWidth();
        int h = decoded.getHeight();
        int[] argb = decoded.getRGB(0, 0, w, h, null, 0, w);
        return shrink(w, h, argb, size, true);
    }

    /** The middle frame of a data set, shrunk to fit {@code size}. */
    static Thumbnail fromDataSet(DataSet ds, String transferSyntaxUid, int size) throws IOException {
        PixelDataReader reader = PixelDataReader.open(ds, transferSyntaxUid, FrameDecoders.standard());
        int frames = Math.max(1, ds.getInt(Tag.NumberOfFrames, 1));
        StoredFrame frame = reader.readFrame(frames / 2);
        int count = frame.rows() * frame.columns();
        int[] argb = new int[count];
        if (frame.samplesPerPixel() == 3 && frame.bytesPerSample() == 1
                && frame.photometricInterpretation().strip().equals("RGB")) {
            byte[] data = frame.data();
            for (int i = 0, j = 0; i < count; i++, j += 3) {
                argb[i] = 0xFF000000 | (data[j] & 0xFF) << 16 | (data[j + 1] & 0xFF) << 8 | (data[j + 2] & 0xFF);
            }
        } else {
            grey(ds, frame, argb);
        }
        return shrink(frame.columns(), frame.rows(), argb, size, false);
    }

    private static void grey(DataSet ds, StoredFrame frame, int[] argb) throws IOException {
        int step = frame.samplesPerPixel();
        int bits = Math.min(63, ds.getInt(Tag.BitsStored, frame.bytesPerSample() * 8));
        long[] values = new long[argb.length];
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int i = 0; i < argb.length; i++) {
            long raw = frame.floatingPoint() ? Math.round(frame.floatSample(i * step)) : frame.sample(i * step);
            long v = frame.floatingPoint() ? raw : frame.signed() ? raw << (64 - bits) >> (64 - bits) : raw & ((1L << bits) - 1);
            values[i] = v;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        ModalityLut modality = LutAttributes.modalityLut(ds);
        double lo = Math.min(modality.apply(min), modality.apply(max));
        double hi = Math.max(modality.apply(min), modality.apply(max));
        double[] centers = ds.getDoubles(Tag.WindowCenter);
        double[] widths = ds.getDoubles(Tag.WindowWidth);
        boolean header = centers.length > 0 && widths.length > 0 && widths[0] >= 1;
        GreyscalePipeline pipeline = new GreyscalePipeline(modality, new WindowTransform(
                header ? centers[0] : (lo + hi) / 2, header ? widths[0] : Math.max(1, hi - lo + 1), VoiFunction.LINEAR),
                LutAttributes.presentationLut(ds));
        for (int i = 0; i < argb.length; i++) {
            int g = pipeline.toByte(values[i]);
            argb[i] = 0xFF000000 | g << 16 | g << 8 | g;
        }
    }

    /** Shrinks by averaging boxes so the larger side is at most {@code size}; never enlarges. */
    static Thumbnail shrink(int width, int height, int[] argb, int size, boolean serverRendered) {
        double scale = Math.min(1.0, (double) size / Math.max(width, height));
        int w = Math.max(1, (int) Math.round(width * scale));
        int h = Math.max(1, (int) Math.round(height * scale));
        int[] out = new int[w * h];
        for (int y = 0; y < h; y++) {
            int y0 = y * height / h;
            int y1 = Math.max(y0 + 1, (y + 1) * height / h);
            for (int x = 0; x < w; x++) {
                int x0 = x * width / w;
                int x1 = Math.max(x0 + 1, (x + 1) * width / w);
                long r = 0;
                long g = 0;
                long b = 0;
                int n = 0;
                for (int yy = y0; yy < y1; yy++) {
                    for (int xx = x0; xx < x1; xx++) {
                        int p = argb[yy * width + xx];
                        r += p >> 16 & 0xFF;
                        g += p >> 8 & 0xFF;
                        b += p & 0xFF;
                        n++;
                    }
                }
                out[y * w + x] = 0xFF000000 | (int) (r / n) << 16 | (int) (g / n) << 8 | (int) (b / n);
            }
        }
        return new Thumbnail(w, h, out, serverRendered);
    }
}
