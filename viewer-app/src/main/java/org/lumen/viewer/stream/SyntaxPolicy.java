package org.lumen.viewer.stream;

import java.util.List;

/**
 * Which transfer syntaxes to ask for, from the measured throughput: on a slow link (below
 * {@code slowBitsPerSecond}) a lossless compressed syntax first (JPEG-LS lossless, then JPEG lossless SV1,
 * which Orthanc transcodes to), falling back to the stored syntax ({@code *}) when the server refuses; on a fast
 * link the stored syntax (no transcoding delay on the server). Before {@code minRequests} requests have been
 * measured the link counts as slow: the first slice on a slow link matters most, and on a fast one a few
 * compressed frames cost little. Never a lossy
 * syntax: what arrives lossy anyway is labelled so by the {@link org.lumen.dicomweb.FramePart}.
 */
public record SyntaxPolicy(double slowBitsPerSecond, int minRequests) {
    public static final String JPEG_LS_LOSSLESS = "1.2.840.10008.1.2.4.80";
    public static final String JPEG_LOSSLESS_SV1 = "1.2.840.10008.1.2.4.70";
    public static final String AS_STORED = "*";
    /** Below 200 Mbit/s compressing pays: a 512 x 512 CT slice halves in size while decoding takes ~5 ms. */
    public static final SyntaxPolicy DEFAULT = new SyntaxPolicy(200e6, 4);
    /** Always as stored. */
    public static final SyntaxPolicy STORED = new SyntaxPolicy(Double.NEGATIVE_INFINITY, 1);

    public List<String> choose(LinkMeter meter) {
        double bps = meter.bitsPerSecond(minRequests);
        if (bps < slowBitsPerSecond) {
            return List.of(JPEG_LS_LOSSLESS, JPEG_LOSSLESS_SV1, AS_STORED);
        }
        return List.of(AS_STORED);
    }
}
