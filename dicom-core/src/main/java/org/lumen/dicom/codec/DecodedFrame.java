package org.lumen.dicom.codec;

import java.util.Objects;

/**
 * One frame decoded from a compressed bitstream: samples interleaved per pixel, row by row, as
 * stored values (no LUT applied). A codec that applied a colour transform (JPEG's YCbCr to RGB, JPEG
 * 2000's ICT or RCT) says so in {@code photometric}.
 *
 * @param width       columns
 * @param height      rows
 * @param components  samples per pixel
 * @param precision   bits per sample in the bitstream
 * @param signed      whether samples are two's complement
 * @param samples     width * height * components values, interleaved per pixel
 * @param photometric the photometric interpretation of {@code samples}
 */
public record DecodedFrame(int width, int height, int components, int precision, boolean signed, int[] samples,
        String photometric) {
    public DecodedFrame {
        Objects.requireNonNull(samples, "samples");
        Objects.requireNonNull(photometric, "photometric");
        if ((long) width * height * components != samples.length) {
            throw new IllegalArgumentException("expected " + (long) width * height * components + " samples, got " + samples.length);
        }
    }
}
