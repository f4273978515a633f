package org.lumen.viewer.stream;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Measures the link's throughput from the frame requests themselves: bytes received over the wall time during
 * which at least one request was in flight, over the last {@value #WINDOW} requests. Also, per way of asking
 * (the first transfer syntax asked for, {@link SyntaxPolicy}), what that way costs: the frames per second it
 * delivers with the requests in flight now (Little's law: requests in flight on average times frames per request
 * over the mean request time, which holds the server's time to produce the frame as well as the link's), and
 * the time a frame of it takes to decode here. Thread-safe; the clock (nanoseconds) is injected.
 */
public final class LinkMeter {
    static final int WINDOW = 32;
    static final int COST_WINDOW = 16;
    private final LongSupplier nanos;
    private final Deque<Sample> samples = new ArrayDeque<>();
    private final Map<String, Deque<Sample>> byWay = new HashMap<>();
    private final Map<String, Deque<Long>> decodeNanos = new HashMap<>();
    private final Map<String, String> arrivedAs = new HashMap<>();
    private final Map<String, Long> probedAt = new HashMap<>();
    private long choices;
    private long lastProbe = -1;
    private long probes;

    private record Sample(long start, long end, long bytes, int frames) {}

    public LinkMeter(LongSupplier nanos) {
        this.nanos = nanos;
    }

    public long now() {
        return nanos.getAsLong();
    }

    /** One request that started at {@code startNanos} (from {@link #now}) and has just received {@code bytes}. */
    public void record(long startNanos, long bytes) {
        record(startNanos, bytes, 1, "");
    }

    /** As above, of {@code frames} frames asked for in the way {@code way} (the first syntax asked for). */
    public synchronized void record(long startNanos, long bytes, int frames, String way) {
        Sample s = new Sample(startNanos, nanos.getAsLong(), bytes, frames);
        keep(samples, s);
        keep(byWay.computeIfAbsent(way, k -> new ArrayDeque<>()), s);
    }

    /** A frame asked for in the way {@code way} arrived in {@code transferSyntaxUid}. */
    public synchronized void arrived(String way, String transferSyntaxUid) {
        arrivedAs.put(way, transferSyntaxUid);
    }

    /** The transfer syntax the last frame asked for in the way {@code way} arrived in. */
    public synchronized Optional<String> arrivedAs(String way) {
        return Optional.ofNullable(arrivedAs.get(way));
    }

    /** A frame asked for in the way {@code way} took {@code nanos} to decode. */
    public synchronized void recordDecode(String way, long nanos) {
        keep(decodeNanos.computeIfAbsent(way, k -> new ArrayDeque<>()), nanos);
    }

    /** Counts a choice of syntax. */
    public synchronized void choice() {
        choices++;
    }

    /** Choices counted so far. */
    public synchronized long choices() {
        return choices;
    }

    /**
     * Whether this choice is to probe another way of asking: {@code burst} choices in a row (a probe), the first
     * time asked, then again once {@code every} choices (counted by {@link #choice}) have passed since the last
     * probe began.
     */
    public synchronized boolean probeDue(int every, int burst) {
        if (lastProbe >= 0 && choices - lastProbe < burst) {
            return true;
        }
        if (lastProbe >= 0 && choices - lastProbe < every) {
            return false;
        }
        lastProbe = choices;
        probes++;
        return true;
    }

    /** Records that a probe of the way {@code way} begins at this choice. */
    public synchronized void probing(String way) {
        probedAt.put(way, choices);
    }

    /** The choice (see {@link #choices}) at which the last probe of {@code way} began, or -1 if never. */
    public synchronized long probedAt(String way) {
        return probedAt.getOrDefault(way, -1L);
    }

    /** Probes begun so far (see {@link #probeDue}). */
    public synchronized long probes() {
        return probes;
    }

    private static <T> void keep(Deque<T> window, T value) {
        window.addLast(value);
        while (window.size() > WINDOW) {
            window.removeFirst();
        }
    }

    /** Bits per second measured, or -1 before {@code minRequests} requests have finished. */
    public synchronized double bitsPerSecond(int minRequests) {
        if (samples.size() < Math.max(1, minRequests)) {
            return -1;
        }
        return bytes(samples) * 8e9 / Math.max(1, span(samples));
    }

    /** What asking in the way {@code way} costs, as measured over the recent requests; empty before any finished. */
    public synchronized Optional<SyntaxPolicy.Cost> cost(String way) {
        Deque<Sample> all = byWay.get(way);
        if (all == null || all.isEmpty()) {
            return Optional.empty();
        }
        // The way's recent requests only: its first ones, made while the opening was still busy on the server
        // (the series metadata), measured slower than it went later.
        Deque<Sample> mine = new ArrayDeque<>(all.stream().skip(Math.max(0, all.size() - COST_WINDOW)).toList());
        double inFlight = busy(samples) / (double) Math.max(1, span(samples));
        double framesPerSecond = inFlight * mine.stream().mapToInt(Sample::frames).sum() * 1e9 / Math.max(1, busy(mine));
        Deque<Long> decodes = decodeNanos.get(way);
        double decodeMillis = decodes == null || decodes.isEmpty() ? 0
                : decodes.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
        long frames = mine.stream().mapToInt(Sample::frames).sum();
        return Optional.of(new SyntaxPolicy.Cost(framesPerSecond, decodeMillis, bytes(mine) / (double) Math.max(1, frames), mine.size()));
    }

    private static long bytes(Deque<Sample> window) {
        return window.stream().mapToLong(Sample::bytes).sum();
    }

    private static long busy(Deque<Sample> window) {
        return window.stream().mapToLong(s -> s.end() - s.start()).sum();
    }

    private static long span(Deque<Sample> window) {
        long start = Long.MAX_VALUE;
        long end = Long.MIN_VALUE;
        for (Sample s : window) {
            start = Math.min(start, s.start());
            end = Math.max(end, s.end());
        }
        return end - start;
    }
}
