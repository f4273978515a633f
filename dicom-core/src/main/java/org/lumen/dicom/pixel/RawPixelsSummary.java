package org.lumen.dicom.pixel;

import java.util.Objects;

/**
 * What {@link PixelDataReader#writeRaw} wrote, as {@code ./lumen dicom pixels} prints it.
 *
 * @param rows                      rows of each frame
 * @param columns                   columns of each frame
 * @param frames                    frames written
 * @param samplesPerPixel           samples per pixel
 * @param bitsAllocated             Bits Allocated of the data set (1 means one byte per pixel was written)
 * @param pixelRepresentation       0 unsigned, 1 signed
 * @param photometricInterpretation what the written samples are (RGB after a decoder's colour transform)
 * @param transferSyntaxUID         the transfer syntax the pixel data was encoded with
 */
public record RawPixelsSummary(int rows, int columns, int frames, int samplesPerPixel, int bitsAllocated,
        int pixelRepresentation, String photometricInterpretation, String transferSyntaxUID) {

    public RawPixelsSummary {
        Objects.requireNonNull(photometricInterpretation, "photometricInterpretation");
        Objects.requireNonNull(transferSyntaxUID, "transferSyntaxUID");
    }

    /** One line of JSON with the fields in declaration order. */
    public String toJson() {
        return "{\"rows\":" + rows + ",\"columns\":" + columns + ",\"frames\":" + frames
                + ",\"samplesPerPixel\":" + samplesPerPixel + ",\"bitsAllocated\":" + bitsAllocated
                + ",\"pixelRepresentation\":" + pixelRepresentation
                + ",\"photometricInterpretation\":" + quote(photometricInterpretation)
                + ",\"transferSyntaxUID\":" + quote(transferSyntaxUID) + "}";
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
