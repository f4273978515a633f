package org.lumen.viewer.stream;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.lumen.dicomweb.FramePart;

/**
 * Frames fetched before their series' plan (ADR 0015, amended for 100 Mbit/s): frame 1 of instances a QIDO-RS
 * search listed, asked for while the series metadata is still on its way so that the link is not idle meanwhile.
 * Nothing here knows where a frame lies in the series: a frame is only held (raw, not decoded) until the plan
 * places it by its instance ({@link #adopt}), and one the plan does not hold is dropped. A pure state machine
 * (no threads, no I/O), guarded by the scheduler's lock.
 */
final class UnplannedFrames {
    /** One request's worth: frame 1 of one instance of the series. */
    record Request(String seriesUid, String instanceUid) {}

    private static final class Series {
        final Deque<String> waiting = new ArrayDeque<>();
        final Set<String> inFlight = new HashSet<>();
        final Map<String, FramePart> held = new LinkedHashMap<>();
        boolean dropped;
    }

    private final Map<String, Series> series = new LinkedHashMap<>();
    private final int maxInFlight;
    /** Series {@linkplain #drop dropped}: a late ask for them is ignored. */
    private final Set<String> refused = new HashSet<>();

    /**
     * @param maxInFlight how many of these requests at once: fewer than the scheduler's, so that the series metadata,
     *                    on its way at the same time, keeps a share of the server and the link
     */
    UnplannedFrames(int maxInFlight) {
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("maxInFlight " + maxInFlight);
        }
        this.maxInFlight = maxInFlight;
    }

    /** Instances of a series whose plan is not in yet, in the order to fetch them (a series asked again, or dropped: ignored). */
    void add(String seriesUid, List<String> instanceUids) {
        if (series.containsKey(seriesUid) || refused.contains(seriesUid)) {
            return;
        }
        Series s = new Series();
        s.waiting.addAll(new java.util.LinkedHashSet<>(instanceUids));
        series.put(seriesUid, s);
    }

    /** The next frame to fetch, now in flight; empty when none waits, or {@code maxInFlight} are in flight. */
    Optional<Request> next() {
        if (series.values().stream().mapToInt(s -> s.inFlight.size()).sum() >= maxInFlight) {
            return Optional.empty();
        }
        for (Map.Entry<String, Series> e : series.entrySet()) {
            String instance = e.getValue().waiting.pollFirst();
            if (instance != null) {
                e.getValue().inFlight.add(instance);
                return Optional.of(new Request(e.getKey(), instance));
            }
        }
        return Optional.empty();
    }

    /** Its frame arrived before the plan: held until {@link #adopt}. */
    void hold(Request r, FramePart part) {
        Series s = series.get(r.seriesUid());
        if (s != null && s.inFlight.remove(r.instanceUid()) && !s.dropped) {
            s.held.put(r.instanceUid(), part);
        }
    }

    /** Its request ended (arrived after the plan, failed, or dropped). */
    void ended(Request r) {
        Series s = series.get(r.seriesUid());
        if (s != null) {
            s.inFlight.remove(r.instanceUid());
            forgetIfIdle(r.seriesUid(), s);
        }
    }

    /**
     * The plan is in: nothing more is asked before it, and the frames held are handed over (instance UID to frame,
     * to be placed by the plan); those still in flight are returned in {@code inFlight} for the plan to claim.
     */
    Map<String, FramePart> adopt(String seriesUid, List<String> inFlight) {
        Series s = series.get(seriesUid);
        if (s == null) {
            return Map.of();
        }
        s.waiting.clear();
        Map<String, FramePart> held = new HashMap<>(s.held);
        s.held.clear();
        inFlight.addAll(s.inFlight);
        forgetIfIdle(seriesUid, s);
        return held;
    }

    /** The series will not be planned here (not streamed, or its opening failed): what it holds is dropped. */
    void drop(String seriesUid) {
        refused.add(seriesUid);
        Series s = series.get(seriesUid);
        if (s != null) {
            s.dropped = true;
            s.waiting.clear();
            s.held.clear();
            forgetIfIdle(seriesUid, s);
        }
    }

    /** Frames held now, over all series. */
    int held() {
        return series.values().stream().mapToInt(s -> s.held.size()).sum();
    }

    /** Instances asked for so far and not yet ended, for tests. */
    List<String> inFlight(String seriesUid) {
        Series s = series.get(seriesUid);
        return s == null ? List.of() : new ArrayList<>(s.inFlight);
    }

    private void forgetIfIdle(String seriesUid, Series s) {
        if (s.waiting.isEmpty() && s.inFlight.isEmpty() && s.held.isEmpty()) {
            series.remove(seriesUid);
        }
    }
}
