package org.lumen.viewer.stream;

import java.util.List;
import java.util.Optional;

/**
 * Which transfer syntaxes to ask for, from what the session measures ({@link LinkMeter}). On a fast link (at or
 * above {@code slowBitsPerSecond}) the stored syntax ({@code *}: no transcoding delay on the server). Below it
 * one of {@code ways}, each a list of syntaxes in order of preference: the first until measuring shows another
 * finishing earlier. Compressing costs the server time to transcode and this machine time to decode: JPEG
 * lossless SV1 is about 5 % larger than JPEG-LS lossless on CT but decodes three times faster here (2.8 against
 * 8.9 ms for 512 x 512) and Orthanc encodes it in 13 instead of 18 ms of CPU, so it comes first, JPEG-LS
 * (fewest bytes) second, the stored syntax last (a server that sends compressed frames slower than the link
 * drains uncompressed ones loses what the smaller bytes gain). Once the link is measured and {@code probeEvery / 4} more requests have gone the first way, four requests in a row
 * ask another way, again every {@code probeEvery} requests (the ways in turn, the stored syntax first: an archive
 * that keeps JPEG-LS, JPEG lossless or RLE is then asked as stored, with nothing to transcode; a way that lost its probe
 * is probed again only {@code probeEvery} choices per way later), and each way's {@link Cost}
 * (frames per second delivered, decoding time per frame) decides ({@link #cheapest}): a way later in the list
 * wins only by {@code margin}. Before {@code minRequests} requests have been measured the link counts as slow:
 * the first slice on a slow link matters most, and on a fast one a few compressed frames cost little. Never a
 * lossy syntax: what arrives lossy anyway is labelled so by the {@link org.lumen.dicomweb.FramePart}.
 *
 * @param ways          the ways of asking, in order of preference (each a list of syntaxes; its first names it)
 * @param probeEvery    every this many choices a probe of four asks a way not chosen, to measure it (0: never)
 * @param margin        how much faster a later way must measure to be chosen (1.1: 10 %)
 * @param decodeThreads the threads decoding frames (the scheduler's decode pool)
 */
public record SyntaxPolicy(List<List<String>> ways, double slowBitsPerSecond, int minRequests, int probeEvery, double margin,
        int decodeThreads) {
    public static final String JPEG_LS_LOSSLESS = "1.2.840.10008.1.2.4.80";
    public static final String JPEG_LOSSLESS_SV1 = "1.2.840.10008.1.2.4.70";
    public static final String AS_STORED = "*";
    /**
     * Below this link rate the bytes decide (bench/stream.sh, 2026-12-04 quiet, 200 x 512 x 512 CT: at 30 Mbit/s
     * JPEG-LS 39.5 MB finished in 10.9 s, SV1 44.0 MB in 12.0 s; at 100 Mbit/s SV1 4.4 s, JPEG-LS 5.5 s).
     */
    public static final double LINK_BOUND_BITS_PER_SECOND = 50e6;
    /** JPEG-LS lossless first, JPEG lossless SV1, then as stored. */
    public static final List<String> JPEG_LS_WAY = List.of(JPEG_LS_LOSSLESS, JPEG_LOSSLESS_SV1, AS_STORED);
    /** JPEG lossless SV1 first, JPEG-LS lossless, then as stored. */
    public static final List<String> JPEG_LOSSLESS_WAY = List.of(JPEG_LOSSLESS_SV1, JPEG_LS_LOSSLESS, AS_STORED);
    /** As stored. */
    public static final List<String> STORED_WAY = List.of(AS_STORED);
    private static final int THREADS = RetrievalScheduler.Settings.DEFAULT.decodeThreads();
    /**
     * Lossless syntaxes that, stored so by the archive, are asked for as stored once seen: no transcoding, and they
     * decode fast here (JPEG 2000 does not: 6 MP/s, bench/README.md).
     */
    private static final java.util.Set<String> STORED_COMPRESSED = java.util.Set.of(JPEG_LS_LOSSLESS, JPEG_LOSSLESS_SV1,
            "1.2.840.10008.1.2.4.57", "1.2.840.10008.1.2.5");
    /** Requests in a row that probe a way. */
    static final int PROBE = 4;
    /**
     * Below 200 Mbit/s compressing pays (a 512 x 512 CT slice shrinks to 40 %) unless measured otherwise; four
     * requests in a row in every 64 measure another way (12 of a 200-slice series: 8 JPEG-LS, 4 as stored).
     */
    public static final SyntaxPolicy DEFAULT = new SyntaxPolicy(List.of(JPEG_LOSSLESS_WAY, JPEG_LS_WAY, STORED_WAY), 200e6, 4, 64, 1.1,
            THREADS);
    /** Always as stored. */
    public static final SyntaxPolicy STORED = new SyntaxPolicy(List.of(STORED_WAY), Double.NEGATIVE_INFINITY, 1, 0, 1, 1);

    public SyntaxPolicy {
        ways = List.copyOf(ways.stream().map(List::copyOf).toList());
        if (ways.isEmpty() || minRequests < 1 || probeEvery < 0 || margin < 1 || decodeThreads < 1) {
            throw new IllegalArgumentException("ways " + ways + ", minRequests " + minRequests + ", probeEvery " + probeEvery + ", margin "
                    + margin + ", decodeThreads " + decodeThreads);
        }
    }

    /** This policy for a decode pool of {@code threads}. */
    public SyntaxPolicy withDecodeThreads(int threads) {
        return new SyntaxPolicy(ways, slowBitsPerSecond, minRequests, probeEvery, margin, threads);
    }

    /** Always {@code way} (a list of syntaxes in order of preference), measured or not. */
    public static SyntaxPolicy always(List<String> way) {
        return new SyntaxPolicy(List.of(way), Double.POSITIVE_INFINITY, 1, 0, 1, THREADS);
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

    /**
     * The way (index into {@code costs}, in order of preference) that finishes earliest by the measured costs:
     * the first, unless a later one measures more than {@code margin} times the rate of the best before it.
     * Empty costs are ways not measured yet.
     */
    public static int cheapest(List<Optional<Cost>> costs, int decodeThreads, double margin) {
        int best = 0;
        for (int i = 1; i < costs.size(); i++) {
            Optional<Cost> c = costs.get(i);
            Optional<Cost> b = costs.get(best);
            if (c.isPresent() && (b.isEmpty() || c.get().rate(decodeThreads) > margin * b.get().rate(decodeThreads))) {
                best = i;
            }
        }
        return best;
    }

    /** The syntaxes to ask for in the next request, in order of preference (counts as one choice of the meter). */
    public List<String> choose(LinkMeter meter) {
        double bps = meter.bitsPerSecond(minRequests);
        meter.choice();
        if (bps >= slowBitsPerSecond) {
            return STORED_WAY;
        }
        if (bps < 0 || ways.size() == 1) {
            return ways.get(0);
        }
        if (ways.contains(STORED_WAY) && meter.arrivedAs(AS_STORED).filter(STORED_COMPRESSED::contains).isPresent()) {
            return STORED_WAY; // the archive keeps it compressed in a syntax that decodes fast: nothing to transcode
        }
        List<List<String>> order = linkBound(bps);
        // A way counts once a whole probe of it has been measured (one request alone varies too much).
        int best = cheapest(order.stream().map(w -> meter.cost(way(w)).filter(c -> c.requests() >= PROBE)).toList(), decodeThreads, margin);
        // The first probe once the first way has run a while (its first requests share the server with the opening).
        if (probeEvery > 0 && meter.choices() > minRequests + probeEvery / 4 && meter.probeDue(probeEvery, PROBE)) {
            // The other ways in turn, from the last (the stored syntax: what the archive keeps shows first).
            int k = order.size() - 2 - (int) ((meter.probes() - 1) % (order.size() - 1));
            List<String> probe = order.get(k < best ? k : k + 1);
            return probeAgain(meter, way(probe)) ? probe : order.get(best);
        }
        return order.get(best);
    }

    /**
     * Whether a probe of {@code way} goes ahead (and, if it begins, records when): always for a way not probed yet
     * and for the rest of a probe under way; for a way already probed, which lost (the best way was chosen over
     * it), only once that measurement is {@link #reprobeAfter()} choices old. Each needless probe of the stored
     * syntax on an archive that keeps frames uncompressed costs four frames of about 2.5 times the compressed
     * bytes: on a 200-slice series the second one was 1.3 MB, 3 % of the bytes (bench/stream.sh, 2026-12-05).
     */
    private boolean probeAgain(LinkMeter meter, String way) {
        long at = meter.probedAt(way);
        long now = meter.choices();
        if (at >= 0 && now - at < PROBE) {
            return true; // the rest of this probe
        }
        if (at >= 0 && now - at < reprobeAfter()) {
            return false;
        }
        meter.probing(way);
        return true;
    }

    /** Choices after which a way probed before is probed again: a probe period for each way. */
    long reprobeAfter() {
        return (long) probeEvery * ways.size();
    }

    /**
     * The ways in order of preference on a link of {@code bps}: below {@link #LINK_BOUND_BITS_PER_SECOND} the link
     * is the limit, so the way with the fewest bytes (JPEG-LS) comes first; above it, as given (JPEG lossless SV1
     * first: a few per cent more bytes, a third of the decoding, less of the server's time). Measurements of the
     * other ways can still win over the first either way.
     */
    private List<List<String>> linkBound(double bps) {
        if (bps >= LINK_BOUND_BITS_PER_SECOND || !ways.contains(JPEG_LS_WAY) || ways.get(0).equals(JPEG_LS_WAY)) {
            return ways;
        }
        List<List<String>> reordered = new java.util.ArrayList<>(ways);
        reordered.remove(JPEG_LS_WAY);
        reordered.add(0, JPEG_LS_WAY);
        return reordered;
    }

    /** The way of asking a choice stands for (the key of the {@link LinkMeter}'s costs): its first syntax. */
    public static String way(List<String> syntaxes) {
        return syntaxes.get(0);
    }
}
