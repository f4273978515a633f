package org.lumen.viewer.stream;

import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;
import org.lumen.dicom.pixel.StoredFrame;

/**
 * A decoded greyscale slice to 8-bit ARGB for the streaming view: rescale, then the header's first window
 * (else the frame's range); MONOCHROME1 inverted. Colour frames are shown from their first three samples.
 */
public final class SliceImage {
    private SliceImage() {}

    public static int[] argb(DataSet ds, StoredFrame f) {
        int n = f.rows() * f.columns();
        int[] out = new int[n];
        if (f.samplesPerPixel() == 3) {
            for (int i = 0; i < n; i++) {
                out[i] = 0xFF000000 | (int) (f.sample(3 * i) & 0xFF) << 16 | (int) (f.sample(3 * i + 1) & 0xFF) << 8 | (int) (f.sample(3 * i + 2) & 0xFF);
            }
            return out;
        }
        double slope = ds.getDouble(Tag.RescaleSlope, 1);
        double intercept = ds.getDouble(Tag.RescaleIntercept, 0);
        double[] centre = ds.getDoubles(Tag.WindowCenter);
        double[] width = ds.getDoubles(Tag.WindowWidth);
        double low;
        double high;
        if (centre.length > 0 && width.length > 0 && width[0] > 0) {
            low = centre[0] - width[0] / 2;
            high = centre[0] + width[0] / 2;
        } else {
            low = Double.MAX_VALUE;
            high = -Double.MAX_VALUE;
            for (int i = 0; i < n; i++) {
                double v = f.sample(i) * slope + intercept;
                low = Math.min(low, v);
                high = Math.max(high, v);
            }
        }
        boolean invert = ds.getString(Tag.PhotometricInterpretation, "").trim().equals("MONOCHROME1");
        double scale = 255 / Math.max(1e-9, high - low);
        for (int i = 0; i < n; i++) {
            int g = (int) Math.clamp((f.sample(i) * slope + intercept - low) * scale, 0, 255);
            if (invert) {
                g = 255 - g;
            }
            out[i] = 0xFF000000 | g << 16 | g << 8 | g;
        }
        return out;
    }
}
