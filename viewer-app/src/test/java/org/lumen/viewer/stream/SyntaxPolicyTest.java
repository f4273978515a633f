package org.lumen.viewer.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class SyntaxPolicyTest {
    private static final String JLS = SyntaxPolicy.JPEG_LS_LOSSLESS;
    private static final String STORED = SyntaxPolicy.AS_STORED;
    private static final String SV1 = SyntaxPolicy.JPEG_LOSSLESS_SV1;
    private static final List<String> COMPRESSED = SyntaxPolicy.JPEG_LS_WAY;
    /** JPEG-LS or as stored, one decode thread (as on this 2-core machine), a probe in 64, a 20 % margin. */
    private static final SyntaxPolicy POLICY = new SyntaxPolicy(List.of(COMPRESSED, SyntaxPolicy.STORED_WAY), 200e6, 4, 64, 1.2, 1);
    private final AtomicLong clock = new AtomicLong();
    private final LinkMeter meter = new LinkMeter(clock::get);

    /** {@code n} requests of {@code bytes} each, one after the other, each taking {@code millis}. */
    private void requests(int n, long bytes, long millis) {
        for (int i = 0; i < n; i++) {
            long start = clock.get();
            clock.addAndGet(millis * 1_000_000);
            meter.record(start, bytes);
        }
    }

    /** {@code n} one-frame requests asked in the way {@code way}, all started at {@code start} and ending now. */
    private void together(long start, int n, long bytes, String way) {
        for (int i = 0; i < n; i++) {
            meter.record(start, bytes, 1, way);
        }
    }

    private void advance(long millis) {
        clock.addAndGet(millis * 1_000_000);
    }

    @Test
    void theMeterDividesBytesByTheBusyTime() {
        requests(4, 250_000, 20); // 1 MB in 80 ms
        assertThat(meter.bitsPerSecond(4)).isCloseTo(100e6, within(1e3));
        assertThat(meter.bitsPerSecond(5)).isEqualTo(-1);
    }

    @Test
    void aSlowLinkGetsLosslessCompressionBetweenProbesOfTheOtherWaysAndAFastOneTheStoredSyntax() {
        List<String> sv1First = SyntaxPolicy.JPEG_LOSSLESS_WAY;
        assertThat(sv1First).containsExactly(SV1, JLS, STORED);
        requests(4, 250_000, 25); // 80 Mbit/s: more than the link decides
        for (int i = 1; i <= 20; i++) {
            assertThat(SyntaxPolicy.DEFAULT.choose(meter)).as("choice " + i + ": the first way runs a while").isEqualTo(sv1First);
        }
        for (int i = 0; i < 4; i++) {
            assertThat(SyntaxPolicy.DEFAULT.choose(meter)).as("then four probe the stored syntax").containsExactly(STORED);
        }
        for (int i = 4; i < 64; i++) {
            assertThat(SyntaxPolicy.DEFAULT.choose(meter)).as("choice " + i).isEqualTo(sv1First);
        }
        for (int i = 0; i < 4; i++) {
            assertThat(SyntaxPolicy.DEFAULT.choose(meter)).as("four in 64 probe, the ways in turn").isEqualTo(COMPRESSED);
        }
        assertThat(SyntaxPolicy.DEFAULT.choose(meter)).isEqualTo(sv1First);
        requests(32, 2_500_000, 20); // 1 Gbit/s
        assertThat(SyntaxPolicy.DEFAULT.choose(meter)).containsExactly(STORED);
        assertThat(SyntaxPolicy.always(SyntaxPolicy.JPEG_LS_WAY).choose(meter)).isEqualTo(COMPRESSED);
    }

    @Test
    void aWayThatLostItsProbeIsProbedAgainOnlyAfterAProbePeriodForEachWay() {
        List<String> sv1First = SyntaxPolicy.JPEG_LOSSLESS_WAY;
        requests(4, 250_000, 25); // 80 Mbit/s; nothing measured makes another way win: SV1 stays the best
        java.util.Map<Integer, List<String>> asked = new java.util.TreeMap<>();
        for (int choice = 1; choice <= 300; choice++) {
            asked.put(choice, SyntaxPolicy.DEFAULT.choose(meter));
        }
        assertThat(SyntaxPolicy.DEFAULT.reprobeAfter()).as("64 choices for each of the 3 ways").isEqualTo(192);
        for (int choice : List.of(21, 22, 23, 24)) {
            assertThat(asked.get(choice)).as("choice %d: the stored syntax's first probe", choice).containsExactly(STORED);
        }
        for (int choice : List.of(85, 86, 87, 88)) {
            assertThat(asked.get(choice)).as("choice %d: JPEG-LS's first probe", choice).isEqualTo(COMPRESSED);
        }
        for (int choice : List.of(149, 150, 151, 152, 213, 214, 215, 216)) {
            assertThat(asked.get(choice)).as("choice %d: a probe slot, but the way's measurement is recent", choice)
                    .isEqualTo(sv1First);
        }
        for (int choice : List.of(277, 278, 279, 280)) {
            assertThat(asked.get(choice)).as("choice %d: the stored syntax's measurement is 256 choices old", choice)
                    .containsExactly(STORED);
        }
        assertThat(asked.values().stream().filter(way -> way.equals(SyntaxPolicy.STORED_WAY)).count())
                .as("stored requests in 300: two probes").isEqualTo(8);
        assertThat(meter.probedAt(STORED)).isEqualTo(277);
    }

    @Test
    void anArchiveKeepingJpegLsIsAskedAsStoredOnceSeenButNotOneKeepingJpeg2000() {
        requests(4, 198_000, 60);
        meter.arrived(STORED, JLS); // the stored probe's frames came as JPEG-LS: nothing to transcode
        assertThat(SyntaxPolicy.DEFAULT.choose(meter)).containsExactly(STORED);
        meter.arrived(STORED, "1.2.840.10008.1.2.4.90"); // JPEG 2000 lossless decodes at 6 MP/s here
        assertThat(SyntaxPolicy.DEFAULT.choose(meter)).as("26 Mbit/s: the fewest bytes").isEqualTo(SyntaxPolicy.JPEG_LS_WAY);
        assertThat(SyntaxPolicy.always(SyntaxPolicy.JPEG_LS_WAY).choose(meter)).as("forced").isEqualTo(COMPRESSED);
    }

    @Test
    void onALinkBoundLinkTheFewestBytesComeFirstAndMeasurementsStillDecide() {
        requests(4, 250_000, 67); // 30 Mbit/s: the link is the limit
        assertThat(SyntaxPolicy.DEFAULT.choose(meter)).as("JPEG-LS: about a tenth fewer bytes than SV1").isEqualTo(COMPRESSED);
        // SV1 probed and measured far faster (a server that cannot transcode JPEG-LS at the link's rate): it wins.
        for (int round = 0; round < 3; round++) {
            long start = clock.get();
            advance(300);
            together(start, 8, 208_000, SV1);
        }
        for (int round = 0; round < 3; round++) {
            long start = clock.get();
            advance(900);
            together(start, 8, 198_000, JLS);
        }
        assertThat(meter.bitsPerSecond(4)).as("still a link-bound link").isLessThan(SyntaxPolicy.LINK_BOUND_BITS_PER_SECOND);
        assertThat(SyntaxPolicy.DEFAULT.choose(meter)).first().isEqualTo(SV1);
    }

    @Test
    void beforeMeasuringTheLinkCountsAsSlowUnlessStoredIsForced() {
        assertThat(SyntaxPolicy.DEFAULT.choose(meter)).first().isEqualTo(SV1);
        assertThat(SyntaxPolicy.STORED.choose(meter)).containsExactly(STORED);
    }

    @Test
    void eachWayDeliversRequestsInFlightOverItsMeanRequestTime() {
        // 8 JPEG-LS frames of 198 kB in flight for 160 ms each, over and over: 50 frames/s (79 Mbit/s)
        for (int round = 0; round < 3; round++) {
            long start = clock.get();
            advance(160);
            together(start, 8, 198_000, JLS);
        }
        meter.recordDecode(JLS, 9_000_000);
        meter.recordDecode(JLS, 11_000_000);
        SyntaxPolicy.Cost cost = meter.cost(JLS).orElseThrow();
        assertThat(cost.framesPerSecond()).isCloseTo(50, within(0.01));
        assertThat(cost.decodeMillis()).isCloseTo(10, within(1e-9));
        assertThat(cost.bytesPerFrame()).isEqualTo(198_000);
        assertThat(cost.rate(1)).as("decoding (100 frames/s) keeps up").isCloseTo(50, within(0.01));
        assertThat(cost.rate(1)).isEqualTo(cost.rate(4));
        assertThat(new SyntaxPolicy.Cost(50, 40, 198_000, 8).rate(1)).as("one thread decoding 40 ms frames").isEqualTo(25);
        assertThat(meter.cost(STORED)).isEmpty();
    }

    private static boolean storedWins(SyntaxPolicy.Cost compressed, SyntaxPolicy.Cost stored, int threads) {
        return SyntaxPolicy.cheapest(List.of(Optional.of(compressed), Optional.of(stored)), threads, 1.2) == 1;
    }

    @Test
    void aLaterWayWinsOnlyWhenItsMeasuredRateBeatsTheBestBeforeItByTheMargin() {
        // 100 Mbit/s, quiet: JPEG-LS 198 kB frames at 53 frames/s (the link's), decoded in 9 ms; uncompressed 524 kB
        // frames at 22.5 frames/s: compressed.
        SyntaxPolicy.Cost jlsQuiet = new SyntaxPolicy.Cost(53, 9, 198_000, 32);
        SyntaxPolicy.Cost stored = new SyntaxPolicy.Cost(22.5, 0.3, 524_288, 1);
        assertThat(storedWins(jlsQuiet, stored, 1)).isFalse();
        // The server transcodes slower than the link drains: 16.6 JPEG-LS frames/s (the loaded run, 12 s for 200).
        assertThat(storedWins(new SyntaxPolicy.Cost(16.6, 9, 198_000, 32), stored, 1)).isTrue();
        // This machine decodes slower than the frames come: 45 ms a frame on one thread is 22 frames/s.
        SyntaxPolicy.Cost jlsDecodeBound = new SyntaxPolicy.Cost(53, 45, 198_000, 32);
        assertThat(storedWins(jlsDecodeBound, new SyntaxPolicy.Cost(30, 0.3, 524_288, 1), 1)).isTrue();
        assertThat(storedWins(jlsDecodeBound, new SyntaxPolicy.Cost(30, 0.3, 524_288, 1), 2)).as("two decode threads keep up with 44 frames/s")
                .isFalse();
        // Within the margin: stays compressed (fewer bytes on a shared link).
        assertThat(storedWins(new SyntaxPolicy.Cost(20, 9, 198_000, 32), new SyntaxPolicy.Cost(23, 0.3, 524_288, 1), 1)).isFalse();
        // Three ways: JPEG lossless SV1 (208 kB, 2.8 ms) where JPEG-LS decoding (31 ms on a loaded machine) holds the
        // frames back; the stored syntax is not measured yet and does not count.
        SyntaxPolicy.Cost jlsLoaded = new SyntaxPolicy.Cost(40, 31, 198_000, 32);
        SyntaxPolicy.Cost sv1 = new SyntaxPolicy.Cost(38, 2.8, 208_000, 3);
        assertThat(SyntaxPolicy.cheapest(List.of(Optional.of(jlsLoaded), Optional.of(sv1), Optional.empty()), 1, 1.1)).isEqualTo(1);
        assertThat(SyntaxPolicy.cheapest(List.of(Optional.of(jlsQuiet), Optional.of(sv1), Optional.of(stored)), 1, 1.1))
                .as("quiet: JPEG-LS decodes at 111 frames/s, faster than it comes").isZero();
    }

    /** The probe of the stored syntax beside seven JPEG-LS requests, the stored request taking {@code storedMs}, JPEG-LS {@code jlsMs}. */
    private void probeBeside(long jlsMs, long storedMs) {
        for (int i = 1; i <= 20; i++) {
            assertThat(POLICY.choose(meter)).as("before the first probe").isEqualTo(COMPRESSED);
        }
        for (int i = 0; i < 4; i++) {
            assertThat(POLICY.choose(meter)).as("probe " + i).containsExactly(STORED);
            long start = clock.get();
            advance(Math.min(jlsMs, storedMs));
            together(start, 1, jlsMs < storedMs ? 198_000 : 524_288, jlsMs < storedMs ? JLS : STORED);
            together(start, jlsMs < storedMs ? 6 : 0, 198_000, JLS);
            advance(Math.abs(storedMs - jlsMs));
            together(start, 1, jlsMs < storedMs ? 524_288 : 198_000, jlsMs < storedMs ? STORED : JLS);
            together(start, jlsMs < storedMs ? 0 : 6, 198_000, JLS);
        }
        meter.recordDecode(JLS, 9_000_000);
        meter.recordDecode(STORED, 300_000);
    }

    @Test
    void theSessionSwitchesToTheStoredSyntaxWhenTheServerSendsCompressedFramesSlowerAndProbesBack() {
        requests(4, 198_000, 60);
        // JPEG-LS requests take 500 ms each (the server transcoding), the stored ones beside them 355 ms.
        probeBeside(500, 355);
        assertThat(meter.cost(JLS).orElseThrow().framesPerSecond()).isLessThan(meter.cost(STORED).orElseThrow().framesPerSecond() / 1.2);
        assertThat(POLICY.choose(meter)).as("measured cheaper").containsExactly(STORED); // choice 25
        for (int i = 26; i < 85; i++) {
            assertThat(POLICY.choose(meter)).as("choice " + i).containsExactly(STORED);
        }
        assertThat(POLICY.choose(meter)).as("the probe now asks the compressed way").isEqualTo(COMPRESSED);
    }

    @Test
    void quietLinkBoundJpegLsStaysCompressedAfterItsProbe() {
        requests(4, 198_000, 20);
        probeBeside(150, 355);
        assertThat(POLICY.choose(meter)).isEqualTo(COMPRESSED);
    }

    @Test
    void oneFastRequestOfAWayIsNotEnoughToSwitch() {
        requests(4, 198_000, 60);
        for (int i = 1; i <= 20; i++) {
            POLICY.choose(meter);
        }
        assertThat(POLICY.choose(meter)).containsExactly(STORED);
        long start = clock.get();
        advance(100);
        together(start, 1, 524_288, STORED);
        advance(400);
        together(start, 7, 198_000, JLS);
        assertThat(meter.cost(STORED).orElseThrow().framesPerSecond()).isGreaterThan(2 * meter.cost(JLS).orElseThrow().framesPerSecond());
        for (int i = 1; i < 4; i++) {
            assertThat(POLICY.choose(meter)).as("the rest of the probe").containsExactly(STORED);
        }
        assertThat(POLICY.choose(meter)).as("one stored request measured: not yet a probe").isEqualTo(COMPRESSED);
    }

    @Test
    void nonsenseSettingsAreRefused() {
        assertThatThrownBy(() -> new SyntaxPolicy(List.of(COMPRESSED), 200e6, 4, 64, 0.9, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("margin");
        assertThatThrownBy(() -> new SyntaxPolicy(List.of(COMPRESSED), 200e6, 0, 64, 1.2, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SyntaxPolicy(List.of(), 200e6, 4, 64, 1.2, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
