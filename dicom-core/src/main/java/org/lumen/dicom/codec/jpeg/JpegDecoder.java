package org.lumen.dicom.codec.jpeg;

import java.util.Objects;

import org.lumen.dicom.DicomFormatException;
import org.lumen.dicom.DicomFormatException.Problem;
import org.lumen.dicom.codec.DecodedFrame;
import org.lumen.dicom.codec.FrameDecoder;
import org.lumen.dicom.codec.FrameInfo;

/**
 * Decodes JPEG frames of the transfer syntaxes 1.2.840.10008.1.2.4.50 (baseline), .51 (extended
 * 12-bit), .57 (lossless process 14) and .70 (lossless, selection value 1), Huffman coded,
 * sequential, with output value for value equal to what dcmtk's {@code dcmdjpeg} (IJG libjpeg
 * 6b) writes by default: integer "islow" IDCT, "fancy" h2v1/h2v2 upsampling, integer colour
 * conversion.
 *
 * <p>Photometric interpretation of the result, as {@code dcmdjpeg +cp} (its default) decides it:
 * a 3-component frame is converted from YCbCr to RGB, and reported as {@code RGB}, only when
 * {@link Options#convertYbrToRgb()} is set, the data set says {@code YBR_FULL} or
 * {@code YBR_FULL_422}, and libjpeg would take the components to be YCbCr (a JFIF marker, an Adobe
 * marker with transform 1 or 2, or neither marker and component ids other than 'R','G','B').
 * Otherwise the samples are returned as coded; {@code YBR_FULL_422} is then reported as
 * {@code YBR_FULL} since the chroma is upsampled, any other value is passed through.
 *
 * <p>Samples are the raw P-bit patterns of the bitstream (for a signed data set, two's complement
 * in P bits, as dcmdjpeg stores them). Stateless and thread-safe.
 */
public final class JpegDecoder implements FrameDecoder {

    /**
     * @param convertYbrToRgb convert YCbCr-coded colour to RGB as described on {@link JpegDecoder}
     *                        (true reproduces {@code dcmdjpeg}'s default {@code +cp}, false its {@code +cn})
     * @param maxSamples      refuse frames whose decoded planes need more samples than this
     */
    public record Options(boolean convertYbrToRgb, long maxSamples) {
        public Options {
            if (maxSamples <= 0) {
                throw new IllegalArgumentException("maxSamples must be positive: " + maxSamples);
            }
        }

        /** dcmdjpeg's defaults, with a limit of 2^28 samples. */
        public static Options defaults() {
            return new Options(true, JpegCodestream.MAX_SAMPLES);
        }
    }

    private final Options options;

    /** A decoder with {@link Options#defaults()}. */
    public JpegDecoder() {
        this(Options.defaults());
    }

    public JpegDecoder(Options options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    @Override
    public DecodedFrame decode(byte[] bitstream, FrameInfo info) throws DicomFormatException {
        Objects.requireNonNull(bitstream, "bitstream");
        Objects.requireNonNull(info, "info");
        JpegCodestream cs = new JpegCodestream(bitstream, options.maxSamples());
        JpegFrame f = cs.decode();
        int n = f.components.length;
        if (f.width != info.columns() || f.height != info.rows() || n != info.samplesPerPixel()) {
            throw new DicomFormatException(Problem.BAD_PIXEL_DATA, 0, "JPEG frame is " + f.width + " x " + f.height
                    + " x " + n + " but the data set says " + info.columns() + " x " + info.rows() + " x "
                    + info.samplesPerPixel());
        }
        int[] out = new int[f.width * f.height * n];
        for (int i = 0; i < n; i++) {
            JpegComponent c = f.components[i];
            if (f.lossless()) {
                assembleLossless(f, c, out, i, n, cs.pointTransform);
            } else {
                Upsampler.upsample(f, c, out, i, n);
            }
        }
        String photometric = info.photometric().strip();
        boolean ybr = photometric.equals("YBR_FULL") || photometric.equals("YBR_FULL_422");
        if (n == 3 && ybr && options.convertYbrToRgb() && codedAsYCbCr(cs, f)) {
            YCbCrToRgb.convert(out, f.precision);
            photometric = "RGB";
        } else if (photometric.equals("YBR_FULL_422")) {
            photometric = "YBR_FULL";
        }
        return new DecodedFrame(f.width, f.height, n, f.precision, info.signed(), out, photometric);
    }

    /** libjpeg 6b's guess of the colour space of a 3-component frame (jdapimin.c). */
    private static boolean codedAsYCbCr(JpegCodestream cs, JpegFrame f) {
        if (cs.jfif) {
            return true;
        }
        if (cs.adobeTransform >= 0) {
            return cs.adobeTransform != 0;
        }
        JpegComponent[] c = f.components;
        return !(c[0].id == 'R' && c[1].id == 'G' && c[2].id == 'B');
    }

    private static void assembleLossless(JpegFrame f, JpegComponent c, int[] out, int first, int step, int pt) {
        int mask = f.precision <= 8 ? 0xFF : 0xFFFF;
        int[] p = c.plane;
        for (int i = 0, o = first; i < p.length; i++, o += step) {
            out[o] = (p[i] << pt) & mask;
        }
    }
}
