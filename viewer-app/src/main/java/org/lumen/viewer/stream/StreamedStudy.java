package org.lumen.viewer.stream;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.lumen.dicom.pixel.StoredFrame;
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
        this.client = Objects.requireNonNull(client, "client");
        this.studyUid = Objects.requireNonNull(studyUid, "studyUid");
        this.previews = previews;
        this.scheduler = new RetrievalScheduler(studyUid, new WebFrameSource(client, SyntaxPolicy.DEFAULT,
                new LinkMeter(System::nanoTime)), sinks, this, RetrievalScheduler.Settings.DEFAULT);
    }

    /** Fetches the series' metadata (blocking: call off the FX thread) and starts streaming it at {@code slice}. */
    public StreamedSeries open(String seriesUid, int slice) throws IOException {
        SeriesPlan plan = SeriesPlan.fetch(client, studyUid, seriesUid);
        StreamedSeries s = series.computeIfAbsent(seriesUid, k -> new StreamedSeries(plan));
        int first = Math.clamp(slice < 0 ? plan.size() / 2 : slice, 0, Math.max(0, plan.size() - 1));
        scheduler.open(plan, first);
        preview(s, first);
        return s;
    }

    /** Prefetches a series at a lower tier (the next series, or a prior study's through its own StreamedStudy). */
    public void prefetch(String seriesUid, Tier tier) throws IOException {
        SeriesPlan plan = SeriesPlan.fetch(client, studyUid, seriesUid);
        series.computeIfAbsent(seriesUid, k -> new StreamedSeries(plan));
        scheduler.add(plan, tier);
    }

    /** A view of an opened series; the FX thread only. */
    public StreamingViewport viewport(StreamedSeries s, int slice) {
        return new StreamingViewport(s, slice, (uid, index, direction) -> {
            scheduler.focus(uid, index, direction);
            preview(s, index);
        });
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
        if (!previews || s.view(slice).state() != SliceState.MISSING) {
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

    @Override
    public void close() {
        previewThread.shutdownNow();
        scheduler.close();
        try {
            previewThread.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
