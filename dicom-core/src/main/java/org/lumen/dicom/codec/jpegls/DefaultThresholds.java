package org.lumen.dicom.codec.jpegls;

/**
 * How a JPEG-LS decoder fills in gradient thresholds that a bitstream leaves to their defaults
 * (no LSE preset segment, or a 0 in it). The two rules differ only for MAXVAL below 128 (sample
 * precision of 7 bits or less); a bitstream does not say which rule its encoder used.
 */
public enum DefaultThresholds {
    /**
     * As CharLS 1.x computes them, and so dcmtk's {@code dcmcjpls} and {@code dcmdjpls}: the
     * formula T.87 gives for MAXVAL of 128 and more, applied to every MAXVAL.
     */
    CHARLS_1,
    /** As ITU-T T.87 C.2.4.1.1.1 specifies, with its own formula for MAXVAL below 128 (CharLS 2, FFmpeg). */
    ISO_14495
}
