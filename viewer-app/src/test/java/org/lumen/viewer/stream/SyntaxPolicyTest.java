package org.lumen.viewer.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class SyntaxPolicyTest {
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

    @Test
    void theMeterDividesBytesByTheBusyTime() {
        requests(4, 250_000, 20); // 1 MB in 80 ms
        assertThat(meter.bitsPerSecond(4)).isCloseTo(100e6, org.assertj.core.data.Offset.offset(1e3));
        assertThat(meter.bitsPerSecond(5)).isEqualTo(-1);
    }

    @Test
    void aSlowLinkGetsLosslessCompressionFirstAndAFastOneTheStoredSyntax() {
        requests(4, 250_000, 100); // 20 Mbit/s
        assertThat(SyntaxPolicy.DEFAULT.choose(meter)).containsExactly(SyntaxPolicy.JPEG_LS_LOSSLESS,
                SyntaxPolicy.JPEG_LOSSLESS_SV1, SyntaxPolicy.AS_STORED);
        requests(32, 2_500_000, 20); // 1 Gbit/s
        assertThat(SyntaxPolicy.DEFAULT.choose(meter)).containsExactly(SyntaxPolicy.AS_STORED);
    }

    @Test
    void beforeMeasuringTheLinkCountsAsSlowUnlessStoredIsForced() {
        assertThat(SyntaxPolicy.DEFAULT.choose(meter)).first().isEqualTo(SyntaxPolicy.JPEG_LS_LOSSLESS);
        assertThat(SyntaxPolicy.STORED.choose(meter)).containsExactly(SyntaxPolicy.AS_STORED);
    }
}
