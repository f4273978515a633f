package org.lumen.viewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NetworkMeterTest {
    @Test
    void rateBetweenSamplesAndRequestsInFlight() {
        NetworkMeter meter = new NetworkMeter();
        assertThat(meter.sample(0)).isEqualTo("Net 0 B/s, 0 requests");
        meter.exchangeStarted(0);
        meter.exchangeStarted(-1);
        meter.bytesReceived(3_000_000);
        meter.bytesReceived(1_000_000);
        assertThat(meter.sample(2_000_000_000L)).isEqualTo("Net 2.0 MB/s, 2 requests");
        meter.exchangeEnded();
        meter.bytesReceived(500);
        assertThat(meter.sample(3_000_000_000L)).isEqualTo("Net 500 B/s, 1 request");
        meter.exchangeEnded();
        meter.bytesReceived(45_000);
        assertThat(meter.sample(4_000_000_000L)).isEqualTo("Net 45 kB/s, 0 requests");
        assertThat(meter.received()).isEqualTo(4_045_500);
    }
}
