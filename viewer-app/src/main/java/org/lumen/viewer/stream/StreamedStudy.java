package org.lumen.viewer.stream;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;

import org.lumen.dicom.pixel.StoredFrame;
import org.lumen.dicomweb.CallOptions;
import org.lumen.dicomweb.Cancellation;
import org.lumen.dicomweb.DicomWebClient;

/**
 * One study open for streaming: its scheduler, a {@link StreamedSeries} per opened series, optional previews,
 * and {@link StreamingViewport}s that focus the scheduler as the user scrolls. What the workstation holds per
 * open server study; {@link #close()} when the study closes cancels everything. Thread-safe.
 */
public final class StreamedStudy implements AutoCloseable, SliceListener {
    private final DicomWebClient client;
    private final String studyUid;
    private final RetrievalScheduler scheduler;
    private final Map<String, StreamedSeries> series = new ConcurrentHashMap<>();
    private final boolean previews;
    private final Cancellation cancellation = new Cancellation();
    private final WebFrameSource frames;
    /** Fetches the first slice's instance metadata beside its frame. */
    private final ExecutorService side = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "stream-first");
        t.setDaemon(true);
        return t;
    });
    private final ExecutorService previewThread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "stream-preview");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param sinks    where raw frames also go (the encrypted cache)
     * @param previews whether a server-rendered preview of the focused slice is shown until its frame arrives
     */
    public StreamedStudy(DicomWebClient client, String studyUid, List<FrameSink> sinks, boolean previews) {
        this(client, studyUid, sinks, previews, RetrievalScheduler.Settings.DEFAULT, UnaryOperator.identity());
    }

    /**
     * @param settings the scheduler's settings
     * @param around   wraps the scheduler's frame source (priors-stream: a prior prefetched in the background,
     *                 {@link BackgroundSource}); the slice fetched before the metadata ({@link #first}) bypasses it
     */
    public StreamedStudy(DicomWebClient client, String studyUid, List<FrameSink> sinks, boolean previews,
            RetrievalScheduler.Settings settings, UnaryOperator<FrameSource> around) {
        // Every request of this study carries one token: closing the study cancels them, queued or in flight.
        this.client = Objects.requireNonNull(client, "client").withOptions(new CallOptions(client.options().priority(), cancellation));
        this.studyUid = Objects.requireNonNull(studyUid, "studyUid");
        this.previews = previews;
        this.frames = new WebFrameSource(this.client, SyntaxPolicy.DEFAULT, new LinkMeter(System::nanoTime));
        this.scheduler = new RetrievalScheduler(studyUid, around.apply(frames), sinks, this, settings);
    }

    /** Fetches the series' metadata (blocking: call off the FX thread) and starts streaming it at {@code slice}. */
    public StreamedSeries open(String seriesUid, int slice) throws IOException {
        return open(plan(seriesUid), slice);
    }

    /**
     * Starts streaming a series whose plan is known at {@code slice} (negative: the middle); a series already
     * streaming (prefetched) keeps what it received and moves to the front.
     */
    public StreamedSeries open(SeriesPlan plan, int slice) {
        StreamedSeries s = series.computeIfAbsent(plan.seriesUid(), k -> new StreamedSeries(plan));
        int first = Math.clamp(slice < 0 ? s.plan().size() / 2 : slice, 0, Math.max(0, s.plan().size() - 1));
        scheduler.open(s.plan(), first);
        preview(s, first);
        return s;
    }

    /** The series' plan (see {@link #plan}), fetched on a thread of this study: started at an open, beside the first slice. */
    public java.util.concurrent.CompletableFuture<SeriesPlan> planAsync(String seriesUid) {
        return java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return plan(seriesUid);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, side);
    }

    /**
     * Opens a series with the slice on the screen ({@code middleInstance}) fetched beside its {@code plan} in flight
     * (blocking until both are settled; see {@link SeriesOpening}): {@code shown} gets the first slice as soon as
     * it is decoded, and the bulk requests start as soon as that slice's frame is in: the instances around it that
     * a search lists (of {@code count}, as the series search reported; -1 unknown) before the plan, held until it
     * places them, the others by the plan. Empty when the series is not streamed (a multi-frame instance, or
     * {@code streamable} said no).
     */
    public java.util.Optional<SeriesOpening.Opened> open(String seriesUid, String middleInstance, int count,
            java.util.concurrent.CompletableFuture<SeriesPlan> plan, java.util.function.Consumer<FirstSlice> shown,
            java.util.function.Predicate<SeriesPlan> streamable) throws IOException {
        return SeriesOpening.open(scheduler, client, frames, studyUid, seriesUid, plan, middleInstance, count, side, new SeriesOpening.Steps() {
            @Override
            public void shown(FirstSlice first) {
                shown.accept(first);
            }

            @Override
            public boolean streamable(SeriesPlan p) {
                return streamable.test(p);
            }

            @Override
            public void register(SeriesPlan p) {
                series.computeIfAbsent(p.seriesUid(), k -> new StreamedSeries(p));
            }
        });
    }

    /**
     * The first slice alone, as a one-slice series to show until the whole series is known: the same frame,
     * never fetched again (the whole series gets it when opened).
     */
    public SeriesStream provisional(String seriesUid, FirstSlice first, String origin) {
        SeriesPlan one = SeriesPlan.of(studyUid, seriesUid, List.of(first.metadata()));
        StreamedSeries s = new StreamedSeries(one);
        if (one.size() == 1) {
            s.sliceReady(new StreamedFrame(studyUid, seriesUid, 0, one.slices().get(0), first.part()), first.frame());
        }
        return new SeriesStream(this, s, origin, 0, true);
    }

    /**
     * Opens a series part of which is here already ({@code cached}: its slices read from the cache, decoded): they
     * are shown at once and never fetched, nor kept again. Online ({@code offline} empty) the others are fetched
     * from {@code slice} outwards; offline they are marked failed with that reason: missing, never filled in.
     * A series streaming already keeps what it has.
     */
    public StreamedSeries resume(SeriesPlan plan, List<CachedSlice> cached, int slice, java.util.Optional<Exception> offline) {
        StreamedSeries s = series.computeIfAbsent(plan.seriesUid(), k -> new StreamedSeries(plan));
        for (CachedSlice c : cached) {
            s.sliceReady(c.frame(), c.decoded());
        }
        boolean[] here = new boolean[plan.size()];
        cached.forEach(c -> here[c.frame().slice()] = true);
        int[] done = offline.isPresent() ? java.util.stream.IntStream.range(0, plan.size()).toArray()
                : java.util.stream.IntStream.range(0, plan.size()).filter(i -> here[i]).toArray();
        offline.ifPresent(why -> {
            for (int i = 0; i < plan.size(); i++) {
                if (!here[i]) {
                    s.sliceFailed(plan.seriesUid(), i, why);
                }
            }
        });
        scheduler.resume(s.plan(), Math.clamp(slice < 0 ? plan.size() / 2 : slice, 0, Math.max(0, plan.size() - 1)), done);
        return s;
    }

    /** The series' plan: the one streaming already, else from the server's metadata (blocking). */
    public SeriesPlan plan(String seriesUid) throws IOException {
        StreamedSeries known = series.get(seriesUid);
        return known != null ? known.plan() : SeriesPlan.fetch(client, studyUid, seriesUid);
    }

    /** Prefetches a series at a lower tier (the next series, or a prior study's through its own StreamedStudy). */
    public void prefetch(String seriesUid, Tier tier) throws IOException {
        prefetch(plan(seriesUid), tier);
    }

    /** Prefetches a series whose plan is known at a lower tier. */
    public StreamedSeries prefetch(SeriesPlan plan, Tier tier) {
        StreamedSeries s = series.computeIfAbsent(plan.seriesUid(), k -> new StreamedSeries(plan));
        scheduler.add(s.plan(), tier);
        return s;
    }

    /**
     * Prefetches at a lower tier a series part of which is here already ({@code cached}, read from the cache and
     * decoded): those slices are filled at once and never fetched, nor kept again; only the others are requested.
     */
    public StreamedSeries prefetch(SeriesPlan plan, List<CachedSlice> cached, Tier tier) {
        StreamedSeries s = series.computeIfAbsent(plan.seriesUid(), k -> new StreamedSeries(plan));
        for (CachedSlice c : cached) {
            s.sliceReady(c.frame(), c.decoded());
        }
        scheduler.add(s.plan(), tier, cached.stream().mapToInt(c -> c.frame().slice()).toArray());
        return s;
    }

    /** The viewport shows {@code slice} of a streaming series, scrolling in {@code direction} (+1, -1, 0). */
    public void focus(String seriesUid, int slice, int direction) {
        StreamedSeries s = series.get(seriesUid);
        if (s == null || scheduler.isClosed()) {
            return;
        }
        scheduler.focus(seriesUid, slice, direction);
        preview(s, slice);
    }

    /** A series of this study opened or prefetched for streaming; null when none. */
    public StreamedSeries series(String seriesUid) {
        return series.get(seriesUid);
    }

    /** Slices of every series of this study not yet arrived (or given up on): 0 when the link is idle. */
    public int remaining() {
        return scheduler.remaining();
    }

    /** Requests in flight now (0 once closed). */
    public int inFlight() {
        return scheduler.inFlight();
    }

    public boolean isClosed() {
        return scheduler.isClosed();
    }

    public String studyUid() {
        return studyUid;
    }

    /** A view of an opened series; the FX thread only. */
    public StreamingViewport viewport(StreamedSeries s, int slice) {
        return new StreamingViewport(s, slice, this::focus);
    }

    @Override
    public void sliceReady(StreamedFrame source, StoredFrame frame) {
        StreamedSeries s = series.get(source.seriesUid());
        if (s != null) {
            s.sliceReady(source, frame);
        }
    }

    @Override
    public void sliceFailed(String seriesUid, int slice, Exception problem) {
        StreamedSeries s = series.get(seriesUid);
        if (s != null) {
            s.sliceFailed(seriesUid, slice, problem);
        }
    }

    private void preview(StreamedSeries s, int slice) {
        if (!previews || scheduler.isClosed() || s.view(slice).state() != SliceState.MISSING) {
            return;
        }
        previewThread.execute(() -> {
            try {
                if (s.view(slice).state() == SliceState.MISSING) {
                    s.previewArrived(slice, new PreviewFetcher(client).fetch(s.plan(), slice));
                }
            } catch (IOException | RuntimeException e) {
                // No preview (the server cannot render this image): the slice stays marked missing until it arrives.
            }
        });
    }

    /** Cancels every request (queued or in flight: their connections close), then ends the threads; idempotent. */
    @Override
    public void close() {
        scheduler.stop();
        cancellation.cancel();
        side.shutdownNow();
        previewThread.shutdownNow();
        scheduler.close();
        try {
            previewThread.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
