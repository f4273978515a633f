package org.lumen.viewer.stream;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What to fetch next, as a pure state machine (no threads, no I/O): the focused series first in
 * {@link SliceOrder}, then the other series by {@link Tier} and the order they were added, each in bisection
 * order from its middle. A batch is up to {@code maxFrames} frames of one instance (one WADO-RS frame-list
 * request). Claimed slices are not handed out again unless released after a failure. Not thread-safe: the
 * scheduler guards it with its lock.
 */
public final class FetchQueue {
    /** One request's worth: frames (one-based) of one instance, and the slices they are. */
    public record Batch(SeriesPlan series, String instanceUid, int[] frames, int[] slices) {}

    private final Map<String, Entry> series = new LinkedHashMap<>();
    private final int ahead;
    private final int behind;
    private final int maxFrames;
    private String focused;

    public FetchQueue(int ahead, int behind, int maxFrames) {
        if (maxFrames < 1) {
            throw new IllegalArgumentException("maxFrames " + maxFrames);
        }
        this.ahead = ahead;
        this.behind = behind;
        this.maxFrames = maxFrames;
    }

    private static final class Entry {
        final SeriesPlan plan;
        final Tier tier;
        final boolean[] claimed;
        final boolean[] done;
        int[] order;
        int cursor;
        int remaining;

        Entry(SeriesPlan plan, Tier tier, int[] order) {
            this.plan = plan;
            this.tier = tier;
            this.claimed = new boolean[plan.size()];
            this.done = new boolean[plan.size()];
            this.order = order;
            this.remaining = plan.size();
        }
    }

    /** Adds a series (again: ignored); its order starts from the middle until it is focused. */
    public void add(SeriesPlan plan, Tier tier) {
        int middle = Math.max(0, plan.size() / 2);
        series.putIfAbsent(plan.seriesUid(), new Entry(plan, tier, SliceOrder.of(plan.size(), middle, 1, 0, 0)));
    }

    /** The user looks at {@code slice} of the series, scrolling in {@code direction}: that comes first now. */
    public void focus(String seriesUid, int slice, int direction) {
        Entry e = series.get(seriesUid);
        if (e == null) {
            throw new IllegalArgumentException("unknown series " + seriesUid);
        }
        if (e.plan.size() == 0) {
            return;
        }
        int s = Math.clamp(slice, 0, e.plan.size() - 1);
        e.order = SliceOrder.of(e.plan.size(), s, direction, ahead, behind);
        e.cursor = 0;
        focused = seriesUid;
    }

    /** The next batch to fetch, claimed; empty when everything is claimed (in flight or done). */
    public Optional<Batch> next() {
        for (Entry e : ranked()) {
            while (e.cursor < e.order.length && e.claimed[e.order[e.cursor]]) {
                e.cursor++;
            }
            if (e.cursor == e.order.length) {
                continue;
            }
            int first = e.order[e.cursor];
            SliceRef ref = e.plan.slices().get(first);
            List<Integer> slices = new ArrayList<>();
            slices.add(first);
            // More frames of the same instance, in this order, go in the same request.
            for (int k = e.cursor + 1; k < e.order.length && slices.size() < maxFrames; k++) {
                int s = e.order[k];
                if (!e.claimed[s] && e.plan.slices().get(s).instanceUid().equals(ref.instanceUid())) {
                    slices.add(s);
                }
            }
            int[] sl = slices.stream().mapToInt(Integer::intValue).toArray();
            int[] frames = new int[sl.length];
            for (int i = 0; i < sl.length; i++) {
                e.claimed[sl[i]] = true;
                frames[i] = e.plan.slices().get(sl[i]).frameNumber();
            }
            return Optional.of(new Batch(e.plan, ref.instanceUid(), frames, sl));
        }
        return Optional.empty();
    }

    /** A slice arrived. */
    public void done(String seriesUid, int slice) {
        Entry e = series.get(seriesUid);
        if (e != null && !e.done[slice]) {
            e.done[slice] = true;
            e.claimed[slice] = true;
            e.remaining--;
        }
    }

    /** A slice is being fetched elsewhere: not handed out unless {@linkplain #release released}. */
    public void claim(String seriesUid, int slice) {
        Entry e = series.get(seriesUid);
        if (e != null) {
            e.claimed[slice] = true;
        }
    }

    /** A claimed slice did not arrive: it may be handed out again. */
    public void release(String seriesUid, int slice) {
        Entry e = series.get(seriesUid);
        if (e != null && !e.done[slice]) {
            e.claimed[slice] = false;
            e.cursor = 0;
        }
    }

    /** The plan of a series {@linkplain #add added}. */
    public SeriesPlan plan(String seriesUid) {
        Entry e = series.get(seriesUid);
        if (e == null) {
            throw new IllegalArgumentException("unknown series " + seriesUid);
        }
        return e.plan;
    }

    /** Whether the series has been {@linkplain #add added}. */
    public boolean knows(String seriesUid) {
        return series.containsKey(seriesUid);
    }

    /** The slice that is frame {@code frame} of {@code instanceUid} in the series, or -1 (not in its plan, or the series unknown). */
    public int sliceOf(String seriesUid, String instanceUid, int frame) {
        Entry e = series.get(seriesUid);
        if (e != null) {
            for (int i = 0; i < e.plan.size(); i++) {
                SliceRef r = e.plan.slices().get(i);
                if (r.frameNumber() == frame && r.instanceUid().equals(instanceUid)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Whether the slice has arrived (or been given up on). */
    public boolean isDone(String seriesUid, int slice) {
        Entry e = series.get(seriesUid);
        return e != null && e.done[slice];
    }

    /** Slices not yet arrived, over all series. */
    public int remaining() {
        return series.values().stream().mapToInt(e -> e.remaining).sum();
    }

    private List<Entry> ranked() {
        List<Entry> ranked = new ArrayList<>();
        Entry f = focused == null ? null : series.get(focused);
        if (f != null) {
            ranked.add(f);
        }
        for (Tier tier : Tier.values()) {
            for (Entry e : series.values()) {
                if (e != f && e.tier == tier) {
                    ranked.add(e);
                }
            }
        }
        return ranked;
    }
}
