package org.lumen.dicom.lut;

/**
 * Colour conversions of PS3.3 C.7.6.3.1.2 for 8-bit samples. YBR_FULL to RGB uses the inverse of the
 * standard's RGB to YBR_FULL equations (ITU-R BT.601 full range):
 * R = Y + 1.402 (Cr - 128), G = Y - 0.344136 (Cb - 128) - 0.714136 (Cr - 128), B = Y + 1.772 (Cb - 128),
 * rounded and clamped to 0..255. YBR_FULL_422 holds Y1 Y2 Cb Cr for each horizontal pair of pixels;
 * upsampling gives both pixels the pair's Cb and Cr. YBR_ICT and YBR_RCT exist only inside JPEG 2000
 * codestreams: the JPEG 2000 decoder undoes them and reports RGB, so nothing here converts them.
 * Stateless and thread-safe.
 */
public final class YbrConversions {
    private YbrConversions() {}

    /** One YBR_FULL pixel to 0xRRGGBB. */
    public static int ybrFullToRgb(int y, int cb, int cr) {
        double r = y + 1.402 * (cr - 128);
        double g = y - 0.344136 * (cb - 128) - 0.714136 * (cr - 128);
        double b = y + 1.772 * (cb - 128);
        return clamp(r) << 16 | clamp(g) << 8 | clamp(b);
    }

    private static int clamp(double v) {
        long rounded = Math.round(v);
        return (int) Math.max(0, Math.min(255, rounded));
    }

    /** Interleaved YBR_FULL samples (Y Cb Cr per pixel) to interleaved RGB. */
    public static byte[] ybrFullToRgb(byte[] ybr) {
        if (ybr.length % 3 != 0) {
            throw new IllegalArgumentException(ybr.length + " bytes are not whole Y Cb Cr pixels");
        }
        byte[] rgb = new byte[ybr.length];
        for (int i = 0; i < ybr.length; i += 3) {
            int c = ybrFullToRgb(ybr[i] & 0xFF, ybr[i + 1] & 0xFF, ybr[i + 2] & 0xFF);
            rgb[i] = (byte) (c >> 16);
            rgb[i + 1] = (byte) (c >> 8);
            rgb[i + 2] = (byte) c;
        }
        return rgb;
    }

    /** YBR_FULL_422 (Y1 Y2 Cb Cr per pair of pixels, 8 bits) to YBR_FULL (Y Cb Cr per pixel). */
    public static byte[] upsample422(byte[] packed, int rows, int columns) {
        if ((columns & 1) != 0 || packed.length != rows * columns * 2) {
            throw new IllegalArgumentException("YBR_FULL_422 needs an even number of columns and 2 bytes per pixel: "
                    + rows + " x " + columns + ", " + packed.length + " bytes");
        }
        byte[] full = new byte[rows * columns * 3];
        for (int pair = 0, in = 0, out = 0; pair < rows * columns / 2; pair++, in += 4, out += 6) {
            byte cb = packed[in + 2];
            byte cr = packed[in + 3];
            full[out] = packed[in];
            full[out + 1] = cb;
            full[out + 2] = cr;
            full[out + 3] = packed[in + 1];
            full[out + 4] = cb;
            full[out + 5] = cr;
        }
        return full;
    }
}
