package org.lumen.viewer.app;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.lumen.dicomweb.TrafficListener;

/**
 * The network activity of the window's DICOMweb clients: exchanges in flight and bytes received,
 * turned into a rate each time the status bar samples it. Thread-safe counting; {@link #sample} on
 * one thread (the FX thread).
 */
final class NetworkMeter implements TrafficListener {
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicLong received = new AtomicLong();
    private long lastBytes;
    private long lastNanos = -1;

    @Override
    public void exchangeStarted(long requestBytes) {
        inFlight.incrementAndGet();
    }

    @Override
    public void bytesReceived(long bytes) {
        received.addAndGet(bytes);
    }

    @Override
    public void exchangeEnded() {
        inFlight.decrementAndGet();
    }

    int inFlight() {
        return inFlight.get();
    }

    long received() {
        return received.get();
    }

    /** What the status bar shows: bytes per second since the last sample (at {@code nowNanos}) and requests in flight. */
    String sample(long nowNanos) {
        long bytes = received.get();
        double perSecond = lastNanos < 0 || nowNanos <= lastNanos ? 0 : (bytes - lastBytes) * 1e9 / (nowNanos - lastNanos);
        lastBytes = bytes;
        lastNanos = nowNanos;
        int requests = inFlight.get();
        return "Net " + rate(perSecond) + ", " + requests + (requests == 1 ? " request" : " requests");
    }

    static String rate(double bytesPerSecond) {
        if (bytesPerSecond >= 1e6) {
            return String.format(Locale.ROOT, "%.1f MB/s", bytesPerSecond / 1e6);
        }
        if (bytesPerSecond >= 1e3) {
            return String.format(Locale.ROOT, "%.0f kB/s", bytesPerSecond / 1e3);
        }
        return String.format(Locale.ROOT, "%.0f B/s", bytesPerSecond);
    }
}
