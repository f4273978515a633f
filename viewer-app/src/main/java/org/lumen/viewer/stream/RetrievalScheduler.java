package org.lumen.viewer.stream;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.lumen.dicom.pixel.StoredFrame;

/**
 * Fetches one open study's frames in priority order (see {@link FetchQueue}) with {@code workers} requests in
 * flight, hands each raw frame to the {@link FrameSink}s on the fetch thread, decodes it in a separate pool and
 * tells the {@link SliceListener}. {@link #focus} re-orders what is not yet in flight, and the focused slice is
 * fetched alone (no other request starts until it has arrived) so that it has the whole link; {@link #close} cancels
 * every request (the body being read fails at its next part) and stops both pools. A slice whose request fails
 * is tried once more, then reported failed; it is never filled in.
 */
public final class RetrievalScheduler implements AutoCloseable {
    private static final int ATTEMPTS = 2;
    private final String studyUid;
    private final FrameSource source;
    private final List<FrameSink> sinks;
    private final SliceListener listener;
    private final FetchQueue queue;
    private final UnplannedFrames unplanned;
    private final ExecutorService fetchers;
    private final ExecutorService decoders;
    private final Map<String, Integer> failures = new HashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger sinkFailures = new AtomicInteger();
    private final Object lock = new Object();
    private volatile boolean closed;
    /** The slice on the screen, while it has not arrived: it gets the link to itself ("series#slice"). */
    private String awaitedFocus;
    private boolean focusInFlight;

    /** How many requests at once, how many frames per request, how many neighbours first. */
    public record Settings(int workers, int maxFramesPerRequest, int ahead, int behind, int decodeThreads) {
        /**
         * 8 in flight; decoding on the cores less one, but at least 2 threads: with one (2 cores) JPEG-LS decoding
         * was the bottleneck of a loaded 100 Mbit/s open (bench/README.md, an archive keeping JPEG-LS).
         */
        public static final Settings DEFAULT = new Settings(8, 16, 8, 2, Math.max(2, Runtime.getRuntime().availableProcessors() - 1));

        public Settings {
            if (workers < 1 || maxFramesPerRequest < 1 || ahead < 0 || behind < 0 || decodeThreads < 1) {
                throw new IllegalArgumentException(toStringOf(workers, maxFramesPerRequest, ahead, behind, decodeThreads));
            }
        }

        private static String toStringOf(int... v) {
            return java.util.Arrays.toString(v);
        }
    }

    public RetrievalScheduler(String studyUid, FrameSource source, List<FrameSink> sinks, SliceListener listener, Settings settings) {
        this.studyUid = Objects.requireNonNull(studyUid, "studyUid");
        this.source = Objects.requireNonNull(source, "source");
        this.sinks = List.copyOf(sinks);
        this.listener = Objects.requireNonNull(listener, "listener");
        this.queue = new FetchQueue(settings.ahead(), settings.behind(), settings.maxFramesPerRequest());
        this.unplanned = new UnplannedFrames(Integer.getInteger("lumen.stream.earlyInFlight", Math.max(1, settings.workers() / 2)));
        this.fetchers = Executors.newFixedThreadPool(settings.workers(), named("stream-fetch-"));
        this.decoders = Executors.newFixedThreadPool(settings.decodeThreads(), named("stream-decode-"));
        for (int w = 0; w < settings.workers(); w++) {
            fetchers.execute(this::work);
        }
    }

    /** Adds a series to fetch at {@code tier}; the first {@link #focus} on it puts it before all others. */
    public void add(SeriesPlan plan, Tier tier) {
        List<StreamedFrame> early;
        synchronized (lock) {
            queue.add(plan, tier);
            early = adopt(plan);
            lock.notifyAll();
        }
        early.forEach(this::deliverUndecoded);
    }

    /**
     * Asks for frame 1 of these instances of a series whose plan is not in yet (a QIDO-RS search listed them), in
     * this order, while the series' metadata is on its way: the link is not left idle waiting for it. They come
     * before other series' slices (the series is being opened) but after a focused slice in flight. Each frame is
     * held, neither decoded nor shown, until the plan places it by its instance ({@link #add}, {@link #open},
     * {@link #expect}); then it is decoded with the plan's metadata and never fetched again. Frames the plan does
     * not hold are dropped; so is everything of a series that {@link #dropUnplanned} names. Ignored once the plan is in.
     */
    public void fetchUnplanned(String seriesUid, List<String> instanceUids) {
        synchronized (lock) {
            if (!queue.knows(seriesUid) && !closed) {
                unplanned.add(seriesUid, instanceUids);
                lock.notifyAll();
            }
        }
    }

    /** The series asked for by {@link #fetchUnplanned} will not be planned here: what it holds is dropped. */
    public void dropUnplanned(String seriesUid) {
        synchronized (lock) {
            unplanned.drop(seriesUid);
        }
    }

    /** Frames fetched before their plan and held now (see {@link #fetchUnplanned}). */
    public int heldUnplanned() {
        synchronized (lock) {
            return unplanned.held();
        }
    }

    /**
     * Opens a series in a viewport at {@code slice}: added as {@link Tier#CURRENT} and focused in one step, so
     * that no request for another slice starts before the one on the screen.
     */
    public void open(SeriesPlan plan, int slice) {
        List<StreamedFrame> early;
        synchronized (lock) {
            queue.add(plan, Tier.CURRENT);
            early = adopt(plan);
            focus(plan.seriesUid(), slice, 0);
        }
        early.forEach(this::deliverUndecoded);
    }

    /**
     * Opens a series whose slice on the screen has already arrived (fetched before the plan, {@link FirstSlice}):
     * added and focused on {@code first.slice()} in one step with that slice done, so it is never fetched again;
     * the frame then goes to the sinks and the listener like any other.
     */
    public void open(SeriesPlan plan, StreamedFrame first, StoredFrame decoded) {
        List<StreamedFrame> early;
        synchronized (lock) {
            queue.add(plan, Tier.CURRENT);
            queue.done(plan.seriesUid(), first.slice());
            early = adopt(plan);
            queue.focus(plan.seriesUid(), first.slice(), 0);
            awaitedFocus = null;
            focusInFlight = false;
            lock.notifyAll();
        }
        deliver(first, decoded);
        early.forEach(this::deliverUndecoded);
    }

    /**
     * Opens a series whose slice on the screen is being fetched outside the scheduler (the {@link FirstSlice},
     * requested before the plan was known): added and focused on {@code slice} with that slice claimed, so it is
     * not fetched twice; as for a focused slice in flight, no other request starts until {@link #arrivedElsewhere}
     * says its frame is in (the slice on the screen keeps the whole link). Then {@link #deliver} hands it on, or
     * {@link #failedElsewhere} lets the scheduler fetch it itself.
     */
    public void expect(SeriesPlan plan, int slice) {
        List<StreamedFrame> early;
        synchronized (lock) {
            queue.add(plan, Tier.CURRENT);
            queue.claim(plan.seriesUid(), slice);
            early = adopt(plan);
            queue.focus(plan.seriesUid(), slice, 0);
            awaitedFocus = plan.seriesUid() + "#" + slice;
            focusInFlight = true;
            lock.notifyAll();
        }
        early.forEach(this::deliverUndecoded);
    }

    /** The frame of a slice {@linkplain #expect expected} from outside arrived: the other requests may start. */
    public void arrivedElsewhere(String seriesUid, int slice) {
        settled(seriesUid, slice);
    }

    /** A slice {@linkplain #expect expected} from outside did not arrive: the scheduler fetches it (first, as it is focused). */
    public void failedElsewhere(String seriesUid, int slice) {
        synchronized (lock) {
            queue.release(seriesUid, slice);
            if ((seriesUid + "#" + slice).equals(awaitedFocus)) {
                focusInFlight = false;
            }
            lock.notifyAll();
        }
    }

    /** A slice whose frame arrived outside the scheduler but was not decoded there: kept and decoded here. */
    public void deliverUndecoded(StreamedFrame frame) {
        for (FrameSink sink : sinks) {
            keep(sink, frame);
        }
        decoders.execute(() -> decode(frame));
    }

    /** A slice fetched and decoded outside the scheduler goes to the sinks and the listener like any other. */
    public void deliver(StreamedFrame frame, StoredFrame decoded) {
        for (FrameSink sink : sinks) {
            keep(sink, frame);
        }
        listener.sliceReady(frame, decoded);
    }

    /**
     * Opens a series part of which is here already (read from the cache): the slices in {@code done} are never
     * fetched, the others are, from {@code slice} outwards; added as {@link Tier#CURRENT} and focused in one step
     * (priors-stream: a series closed mid-stream fetches only what it lacks).
     */
    public void resume(SeriesPlan plan, int slice, int[] done) {
        List<StreamedFrame> early;
        synchronized (lock) {
            queue.add(plan, Tier.CURRENT);
            boolean here = false;
            for (int d : done) {
                queue.done(plan.seriesUid(), d);
                here |= d == slice;
            }
            early = adopt(plan);
            queue.focus(plan.seriesUid(), slice, 0);
            awaitedFocus = here ? null : plan.seriesUid() + "#" + slice;
            focusInFlight = false;
            lock.notifyAll();
        }
        early.forEach(this::deliverUndecoded);
    }

    /**
     * Adds a series at {@code tier} part of which is here already (read from the cache): the slices in {@code done}
     * are never fetched (priors2: a prefetch completes a series closed mid-stream with only what it lacks).
     */
    public void add(SeriesPlan plan, Tier tier, int[] done) {
        synchronized (lock) {
            queue.add(plan, tier);
            for (int d : done) {
                queue.done(plan.seriesUid(), d);
            }
            lock.notifyAll();
        }
    }

    /** The viewport shows {@code slice} of the series, scrolling in {@code direction} (+1, -1, 0). */
    public void focus(String seriesUid, int slice, int direction) {
        synchronized (lock) {
            queue.focus(seriesUid, slice, direction);
            awaitedFocus = seriesUid + "#" + slice;
            focusInFlight = false;
            lock.notifyAll();
        }
    }

    /** Requests in flight now (0 once closed). */
    public int inFlight() {
        return inFlight.get();
    }

    /** Slices not yet arrived (or given up on). */
    public int remaining() {
        synchronized (lock) {
            return queue.remaining();
        }
    }

    public boolean isClosed() {
        return closed;
    }

    /**
     * Stops handing out requests and delivering slices, without waiting: what is still in flight is dropped when it
     * ends (a request cancelled under it fails and is not reported as a failed slice). {@link #close} then ends the
     * threads.
     */
    public void stop() {
        closed = true;
        synchronized (lock) {
            lock.notifyAll();
        }
    }

    /** Cancels everything and waits (briefly) for the threads to end; idempotent. */
    @Override
    public void close() {
        stop();
        fetchers.shutdownNow();
        decoders.shutdownNow();
        try {
            fetchers.awaitTermination(10, TimeUnit.SECONDS);
            decoders.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void work() {
        while (!closed) {
            FetchQueue.Batch batch = null;
            UnplannedFrames.Request early = null;
            synchronized (lock) {
                while (!closed && batch == null && early == null) {
                    // Frames of a series being opened, asked for before its plan, come first (after the focus in flight).
                    early = focusInFlight ? null : unplanned.next().orElse(null);
                    batch = focusInFlight || early != null ? null : queue.next().orElse(null);
                    if (batch != null && awaitedFocus != null && contains(batch, awaitedFocus)) {
                        focusInFlight = true;
                    }
                    if (batch == null && early == null) {
                        try {
                            lock.wait();
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }
                if (closed) {
                    return;
                }
            }
            if (early != null) {
                fetch(early);
            } else {
                fetch(batch);
            }
        }
    }

    /** Frame 1 of an instance asked for before its series' plan: held, or placed if the plan came meanwhile. */
    private void fetch(UnplannedFrames.Request early) {
        inFlight.incrementAndGet();
        try {
            source.fetch(studyUid, early.seriesUid(), early.instanceUid(), new int[] {1}, part -> {
                if (closed) {
                    throw new InterruptedIOException("study closed");
                }
                StreamedFrame placed = null;
                synchronized (lock) {
                    if (!queue.knows(early.seriesUid())) {
                        unplanned.hold(early, part);
                        return;
                    }
                    int slice = queue.sliceOf(early.seriesUid(), early.instanceUid(), 1);
                    if (slice >= 0 && !queue.isDone(early.seriesUid(), slice)) {
                        placed = new StreamedFrame(studyUid, early.seriesUid(), slice, queue.plan(early.seriesUid()).slices().get(slice), part);
                    }
                }
                if (placed != null) {
                    settled(early.seriesUid(), placed.slice());
                    deliverUndecoded(placed);
                }
            });
        } catch (IOException | RuntimeException e) {
            synchronized (lock) {
                if (closed) {
                    return;
                }
                // Not arrived: once the plan is in, the slice is fetched like any other.
                int slice = queue.sliceOf(early.seriesUid(), early.instanceUid(), 1);
                if (slice >= 0) {
                    queue.release(early.seriesUid(), slice);
                }
                lock.notifyAll();
            }
        } finally {
            synchronized (lock) {
                unplanned.ended(early);
            }
            inFlight.decrementAndGet();
        }
    }

    /**
     * The plan of a series is in (under the lock): the frames fetched before it are placed by their instance and
     * returned, to be decoded with the plan's metadata; those still in flight are claimed, so not asked for twice.
     */
    private List<StreamedFrame> adopt(SeriesPlan plan) {
        List<String> pending = new java.util.ArrayList<>();
        Map<String, org.lumen.dicomweb.FramePart> held = unplanned.adopt(plan.seriesUid(), pending);
        List<StreamedFrame> placed = new java.util.ArrayList<>();
        for (Map.Entry<String, org.lumen.dicomweb.FramePart> e : held.entrySet()) {
            int slice = queue.sliceOf(plan.seriesUid(), e.getKey(), 1);
            if (slice >= 0 && !queue.isDone(plan.seriesUid(), slice)) {
                queue.done(plan.seriesUid(), slice);
                placed.add(new StreamedFrame(studyUid, plan.seriesUid(), slice, plan.slices().get(slice), e.getValue()));
            }
        }
        for (String instance : pending) {
            int slice = queue.sliceOf(plan.seriesUid(), instance, 1);
            if (slice >= 0) {
                queue.claim(plan.seriesUid(), slice);
            }
        }
        return placed;
    }

    private void fetch(FetchQueue.Batch batch) {
        String seriesUid = batch.series().seriesUid();
        boolean[] arrived = new boolean[batch.slices().length];
        inFlight.incrementAndGet();
        try {
            source.fetch(studyUid, seriesUid, batch.instanceUid(), batch.frames(), part -> {
                if (closed) {
                    throw new InterruptedIOException("study closed");
                }
                int i = indexOf(batch.frames(), part.frameNumber());
                int slice = batch.slices()[i];
                arrived[i] = true;
                StreamedFrame frame = new StreamedFrame(studyUid, seriesUid, slice, batch.series().slices().get(slice), part);
                settled(seriesUid, slice);
                for (FrameSink sink : sinks) {
                    keep(sink, frame);
                }
                decoders.execute(() -> decode(frame));
            });
        } catch (IOException | RuntimeException e) {
            if (!closed) {
                retryOrFail(batch, arrived, e);
            }
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private void retryOrFail(FetchQueue.Batch batch, boolean[] arrived, Exception problem) {
        String seriesUid = batch.series().seriesUid();
        synchronized (lock) {
            for (int i = 0; i < arrived.length; i++) {
                if (arrived[i]) {
                    continue;
                }
                int slice = batch.slices()[i];
                int failed = failures.merge(seriesUid + "#" + slice, 1, Integer::sum);
                if (failed < ATTEMPTS) {
                    queue.release(seriesUid, slice);
                } else {
                    queue.done(seriesUid, slice);
                    listener.sliceFailed(seriesUid, slice, problem);
                }
                if ((seriesUid + "#" + slice).equals(awaitedFocus)) {
                    focusInFlight = false; // tried again (or given up): the other workers go on meanwhile
                }
            }
            lock.notifyAll();
        }
    }

    private void settled(String seriesUid, int slice) {
        synchronized (lock) {
            queue.done(seriesUid, slice);
            if ((seriesUid + "#" + slice).equals(awaitedFocus)) {
                awaitedFocus = null;
                focusInFlight = false;
                lock.notifyAll();
            }
        }
    }

    /** A sink that fails (the cache is full, a disk error) loses that frame there; the slice is still shown. */
    private void keep(FrameSink sink, StreamedFrame frame) {
        try {
            sink.accept(frame);
        } catch (IOException | RuntimeException e) {
            sinkFailures.incrementAndGet();
        }
    }

    /** Frames a sink refused (see {@link FrameSink}). */
    public int sinkFailures() {
        return sinkFailures.get();
    }

    private static boolean contains(FetchQueue.Batch batch, String key) {
        for (int s : batch.slices()) {
            if ((batch.series().seriesUid() + "#" + s).equals(key)) {
                return true;
            }
        }
        return false;
    }

    private void decode(StreamedFrame frame) {
        if (closed) {
            return;
        }
        try {
            long start = System.nanoTime();
            StoredFrame decoded = FrameDecoding.decode(frame.ref().metadata(), frame.part());
            source.decoded(frame.part().transferSyntaxUid(), frame.part().data().length, System.nanoTime() - start);
            listener.sliceReady(frame, decoded);
        } catch (IOException | RuntimeException e) {
            listener.sliceFailed(frame.seriesUid(), frame.slice(), e);
        }
    }

    private static int indexOf(int[] frames, int frame) throws IOException {
        for (int i = 0; i < frames.length; i++) {
            if (frames[i] == frame) {
                return i;
            }
        }
        throw new IOException("the server sent frame " + frame + ", not asked for");
    }

    private static java.util.concurrent.ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
