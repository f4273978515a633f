package org.lumen.dicom.codec.jpeg;

import java.util.Objects;

import org.lumen.dicom.DicomFormatException;
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
 * <p>Photometric interpretation of the result, as {@code dcmdjpeg +cp} (its default) decides it
 * for every process, lossless included: a 3-component frame whose data set says {@code YBR_FULL},
 * {@code YBR_FULL_422} or {@code YBR_PARTIAL_422} is converted from YCbCr to RGB with the JFIF
 * (full-range) equations and reported as {@code RGB}, whatever JFIF or Adobe markers the bitstream
 * carries, when {@link Options#convertYbrToRgb()} is set. Any other frame is returned as coded and
 * its photometric interpretation passed through, except that {@code YBR_FULL_422} and
 * {@code YBR_PARTIAL_422} become {@code YBR_FULL} (what {@code dcmdjpeg +cn} writes), since the
 * chroma has been upsampled. A frame labelled {@code RGB} is never converted, which is right for
 * bitstreams coded without colour transform (Adobe transform 0, component ids 'R','G','B').
 *
 * <p>Samples are the raw P-bit patterns of the bitstream (for a signed data set, two's complement
 * in P bits, as dcmdjpeg stores them). Stateless and thread-safe.
 */
public final class JpegDecoder implements FrameDecoder {

    /**
     * @param convertYbrToRgb convert YCbCr-coded colour to RGB as described on {@link JpegDecoder}
     *                        (true reproduces {@code dcmdjpeg}'s default {@code +cp}, false its {@code +cn})
     * @param maxSamples      refuse frames whose decoded planes and output together need more samples
     *                        than this (the bound on memory: 4 bytes a sample)
     */
    public record Options(boolean convertYbrToRgb, long maxSamples) {
        public Options {
            if (maxSamples <= 0 || maxSamples > MAX_ARRAY) {
                throw new IllegalArgumentException("maxSamples must be in 1.." + MAX_ARRAY + ": " + maxSamples);
            }
        }

        /** The largest array the decoder can allocate. */
        public static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

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
        JpegCodestream cs = new JpegCodestream(bitstream, info, options.maxSamples());
        JpegFrame f = cs.decode();
        int n = f.components.length;
        int[] plane = losslessPlane(f);
        int[] out = plane != null ? plane : new int[f.width * f.height * n];
        for (int i = 0; plane == null && i < n; i++) {
            JpegComponent c = f.components[i];
            if (f.lossless()) {
                assembleLossless(f, c, out, i, n, c.pointTransform);
            } else {
                Upsampler.upsample(f, c, out, i, n);
            }
        }
        String photometric = info.photometric().strip();
        boolean ycc = photometric.equals("YBR_FULL") || photometric.equals("YBR_FULL_422")
                || photometric.equals("YBR_PARTIAL_422");
        if (n == 3 && ycc && options.convertYbrToRgb()) {
            YCbCrToRgb.convert(out, f.precision);
            photometric = "RGB";
        } else if (photometric.equals("YBR_FULL_422") || photometric.equals("YBR_PARTIAL_422")) {
            photometric = "YBR_FULL";
        }
        return new DecodedFrame(f.width, f.height, n, f.precision, info.signed(), out, photometric);
    }

    /**
     * The decoded plane itself where it already is the output: one lossless component of more than 8 bits with no
     * point transform (CT, MR), its samples kept modulo 2^16 by the scan decoder. Saves a frame-sized array and a
     * pass over it per frame (streaming decodes one per slice). Otherwise null.
     */
    private static int[] losslessPlane(JpegFrame f) {
        if (!f.lossless() || f.components.length != 1 || f.precision <= 8) {
            return null;
        }
        JpegComponent c = f.components[0];
        return c.pointTransform == 0 && c.plane.length == f.width * f.height ? c.plane : null;
    }

    private static void assembleLossless(JpegFrame f, JpegComponent c, int[] out, int first, int step, int pt) {
        int mask = f.precision <= 8 ? 0xFF : 0xFFFF;
        int[] p = c.plane;
        for (int i = 0, o = first; i < p.length; i++, o += step) {
            out[o] = (p[i] << pt) & mask;
        }
    }
}
