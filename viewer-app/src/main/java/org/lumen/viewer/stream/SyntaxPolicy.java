package org.lumen.viewer.stream;

import java.util.List;
import java.util.Optional;

/**
 * Which transfer syntaxes to ask for, from what the session measures ({@link LinkMeter}). On a fast link (at or
 * above {@code slowBitsPerSecond}) the stored syntax ({@code *}: no transcoding delay on the server). Below it a
 * lossless compressed syntax first (JPEG-LS lossless, then JPEG lossless SV1, which Orthanc transcodes to,
 * falling back to the stored syntax when the server refuses), unless measuring shows the stored syntax finishing
 * earlier: compressing costs the server time to transcode and this machine time to decode, and a server that
 * sends compressed frames slower than the link drains uncompressed ones, or a client that decodes them slower,
 * loses what the smaller bytes gain. So, once the link is measured, one request asks the other way, and again one in {@code probeEvery}; and each way's
 * {@link Cost} (frames per second delivered, decoding time per frame) decides, the stored syntax winning only by
 * {@code margin} ({@link #storedFinishesEarlier}). Before {@code minRequests} requests have been measured the
 * link counts as slow: the first slice on a slow link matters most, and on a fast one a few compressed frames
 * cost little. Never a lossy syntax: what arrives lossy anyway is labelled so by the
 * {@link org.lumen.dicomweb.FramePart}.
 *
 * @param probeEvery    one choice in this many asks the way not chosen, to measure it (0: never)
 * @param margin        how much faster the stored syntax must measure to be chosen (1.2: 20 %)
 * @param decodeThreads the threads decoding frames (the scheduler's decode pool)
 */
public record SyntaxPolicy(double slowBitsPerSecond, int minRequests, int probeEvery, double margin, int decodeThreads) {
    public static final String JPEG_LS_LOSSLESS = "1.2.840.10008.1.2.4.80";
    public static final String JPEG_LOSSLESS_SV1 = "1.2.840.10008.1.2.4.70";
    public static final String AS_STORED = "*";
    private static final List<String> COMPRESSED = List.of(JPEG_LS_LOSSLESS, JPEG_LOSSLESS_SV1, AS_STORED);
    private static final List<String> STORED_ONLY = List.of(AS_STORED);
    /**
     * Below 200 Mbit/s compressing pays (a 512 x 512 CT slice halves in size while decoding takes ~5 ms) unless
     * measured otherwise; one request in 64 measures the other way (4 of a 200-slice series).
     */
    public static final SyntaxPolicy DEFAULT = new SyntaxPolicy(200e6, 4, 64, 1.2,
            Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
    /** Always as stored. */
    public static final SyntaxPolicy STORED = new SyntaxPolicy(Double.NEGATIVE_INFINITY, 1, 0, 1, 1);

    public SyntaxPolicy {
        if (minRequests < 1 || probeEvery < 0 || margin < 1 || decodeThreads < 1) {
            throw new IllegalArgumentException("minRequests " + minRequests + ", probeEvery " + probeEvery + ", margin " + margin
                    + ", decodeThreads " + decodeThreads);
        }
    }

    /**
     * What one way of asking costs, as measured in this session.
     *
     * @param framesPerSecond frames delivered per second with the requests in flight (server and link together)
     * @param decodeMillis    decoding time of one frame here (0: not measured yet)
     * @param bytesPerFrame   the frames' mean size
     * @param requests        requests measured
     */
    public record Cost(double framesPerSecond, double decodeMillis, double bytesPerFrame, int requests) {
        /** Frames per second through both the delivery and the decoding on {@code decodeThreads} threads. */
        public double rate(int decodeThreads) {
            return decodeMillis <= 0 ? framesPerSecond : Math.min(framesPerSecond, decodeThreads * 1000 / decodeMillis);
        }
    }

    /** Whether the stored syntax measures at least {@code margin} times the compressed one's rate (delivery and decoding). */
    public static boolean storedFinishesEarlier(Cost compressed, Cost stored, int decodeThreads, double margin) {
        return stored.rate(decodeThreads) > margin * compressed.rate(decodeThreads);
    }

    /** The syntaxes to ask for in the next request, in order of preference (counts as one choice of the meter). */
    public List<String> choose(LinkMeter meter) {
        double bps = meter.bitsPerSecond(minRequests);
        meter.choice();
        if (bps >= slowBitsPerSecond) {
            return STORED_ONLY;
        }
        if (bps < 0) {
            return COMPRESSED;
        }
        boolean stored = storedIsCheaper(meter);
        boolean probe = probeEvery > 0 && meter.probeDue(probeEvery);
        return stored != probe ? STORED_ONLY : COMPRESSED;
    }

    /** The way of asking a choice stands for (the key of the {@link LinkMeter}'s costs). */
    public static String way(List<String> syntaxes) {
        return syntaxes.get(0);
    }

    private boolean storedIsCheaper(LinkMeter meter) {
        Optional<Cost> compressed = meter.cost(JPEG_LS_LOSSLESS);
        Optional<Cost> stored = meter.cost(AS_STORED);
        return compressed.isPresent() && stored.isPresent() && storedFinishesEarlier(compressed.get(), stored.get(), decodeThreads, margin);
    }
}
