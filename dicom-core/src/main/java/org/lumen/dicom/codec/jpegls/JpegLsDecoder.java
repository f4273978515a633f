package org.lumen.dicom.codec.jpegls;

import org.lumen.dicom.DicomFormatException;
import org.lumen.dicom.DicomFormatException.Problem;
import org.lumen.dicom.codec.DecodedFrame;
import org.lumen.dicom.codec.FrameDecoder;
import org.lumen.dicom.codec.FrameInfo;

/**
 * Decodes one frame of JPEG-LS (ITU-T T.87 / ISO 14495-1), lossless (transfer syntax
 * 1.2.840.10008.1.2.4.80) and near-lossless (1.2.840.10008.1.2.4.81): 2 to 16 bits, one to four
 * components, interleave modes 0, 1 and 2, preset parameters (LSE id 1) and restart intervals.
 * Mapping tables, point transforms, subsampled components and HP colour transforms are refused as
 * unsupported. Output matches CharLS, which dcmtk's {@code dcmdjpls} uses.
 *
 * <p>Default thresholds for MAXVAL below 128 are ambiguous between CharLS 1.x (dcmtk) and the
 * standard; see {@link DefaultThresholds}. The no-argument constructor follows dcmtk.
 *
 * <p>Samples are the low Bits Stored bits of each decoded value, sign extended when Pixel
 * Representation is 1. One exception: when a near-lossless stream's precision exceeds Bits Stored
 * (GDCM encodes with P = Bits Allocated), unsigned values above the largest Bits Stored value,
 * which near-lossless coding can produce, are clamped to it rather than masked (dcmdjpls leaves
 * them in the 16-bit word, where masking them to Bits Stored would turn white into black). Stateless and thread-safe.
 */
public final class JpegLsDecoder implements FrameDecoder {
    /** JPEG-LS Lossless Image Compression. */
    public static final String LOSSLESS_UID = "1.2.840.10008.1.2.4.80";
    /** JPEG-LS Lossy (Near-Lossless) Image Compression. */
    public static final String NEAR_LOSSLESS_UID = "1.2.840.10008.1.2.4.81";

    private final DefaultThresholds defaults;

    /** A decoder whose output matches dcmtk's {@code dcmdjpls}. */
    public JpegLsDecoder() {
        this(DefaultThresholds.CHARLS_1);
    }

    /** A decoder that fills in default thresholds by the given rule. */
    public JpegLsDecoder(DefaultThresholds defaults) {
        this.defaults = java.util.Objects.requireNonNull(defaults, "defaults");
    }

    @Override
    public DecodedFrame decode(byte[] bitstream, FrameInfo info) throws DicomFormatException {
        MarkerReader in = new MarkerReader(bitstream);
        if (bitstream.length < 2 || in.u16(0) != 0xFFD8) {
            throw new DicomFormatException(Problem.BAD_PIXEL_DATA, 0, "JPEG-LS bitstream does not start with SOI");
        }
        FrameState frame = new FrameState(info, defaults);
        int pos = 2;
        while (true) {
            int at = in.findMarker(pos);
            int code = bitstream[at + 1] & 0xFF;
            switch (code) {
                case 0xD9 -> {
                    return frame.finish(at);
                }
                case 0xF7 -> pos = frame.readStartOfFrame(in, at);
                case 0xF8 -> pos = frame.readPresets(in, at);
                case 0xDD -> pos = frame.readRestartInterval(in, at);
                case 0xDA -> pos = frame.readScan(in, at);
                case 0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF ->
                        throw new DicomFormatException(Problem.BAD_PIXEL_DATA, at,
                                "a JPEG (not JPEG-LS) frame header SOF" + (code - 0xC0) + " in a JPEG-LS bitstream");
                default -> {
                    if ((code >= 0xE0 && code <= 0xEF) || code == 0xFE) {
                        if (code == 0xE8 && in.startsWith(at + 4, "mrfx") && in.u8(at + 8) != 0) {
                            throw new DicomFormatException(Problem.BAD_PIXEL_DATA, at,
                                    "JPEG-LS HP colour transform " + in.u8(at + 8) + " is not supported");
                        }
                        pos = at + 2 + in.segmentLength(at);
                    } else {
                        throw new DicomFormatException(Problem.BAD_PIXEL_DATA, at,
                                "unexpected marker FF" + Integer.toHexString(code).toUpperCase(java.util.Locale.ROOT)
                                        + " in a JPEG-LS bitstream");
                    }
                }
            }
        }
    }
}
