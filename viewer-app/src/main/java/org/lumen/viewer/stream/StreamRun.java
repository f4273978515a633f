package org.lumen.viewer.stream;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;
import org.lumen.dicom.pixel.StoredFrame;
import org.lumen.dicomweb.QidoQuery;
import org.lumen.dicomweb.DicomWebClient;

/**
 * Opens one series the way the viewer does (the slice on the screen, then the series' metadata and the scheduler;
 * or, as the peer, the metadata first) and waits until every slice is decoded: what {@code lumen web stream} and
 * the streaming benchmark run.
 */
public final class StreamRun {
    private StreamRun() {}

    /** Where the opening starts: which request comes first. */
    public enum First {
        /** The slice on the screen (its frame and its instance's metadata), then the series' metadata (ADR 0015). */
        INSTANCE,
        /** The series' metadata, then the slice on the screen (the order before ADR 0015; kept as the peer). */
        METADATA
    }

    /**
     * @param focus slice on the screen first; negative: the middle
     */
    public static StreamReport open(DicomWebClient client, String studyUid, String seriesUid, int focus, SyntaxPolicy policy,
            RetrievalScheduler.Settings settings, Duration timeout) throws IOException {
        return open(client, studyUid, seriesUid, focus, policy, settings, timeout, First.METADATA);
    }

    /**
     * Opens the series as the viewer does. With {@link First#INSTANCE} the instance on the screen is the middle
     * one by Instance Number, found with the clock running by one QIDO-RS search for it
     * ({@link FirstSlice#middleInstance(DicomWebClient, String, String, int)}); the series search that gives the
     * instance count comes before the clock starts (the viewer's strip lists the series before the user clicks;
     * its time is reported as {@code qidoMs}), and {@code focus} is ignored.
     */
    public static StreamReport open(DicomWebClient client, String studyUid, String seriesUid, int focus, SyntaxPolicy policy,
            RetrievalScheduler.Settings settings, Duration timeout, First firstRequest) throws IOException {
        return open(client, studyUid, seriesUid, focus, policy, settings, timeout, firstRequest, StreamTrace.OFF);
    }

    /** As above, with its time line recorded in {@code trace} (see {@link StreamTrace}). */
    public static StreamReport open(DicomWebClient client, String studyUid, String seriesUid, int focus, SyntaxPolicy policy,
            RetrievalScheduler.Settings settings, Duration timeout, First firstRequest, StreamTrace trace) throws IOException {
        double qidoMs = 0;
        int count = -1;
        if (firstRequest == First.INSTANCE) {
            long q0 = System.nanoTime();
            for (DataSet ds : client.search(QidoQuery.seriesOfStudy(studyUid).match(Tag.SeriesInstanceUID, seriesUid)
                    .includeField(Tag.NumberOfSeriesRelatedInstances).build())) {
                count = ds.getInt(Tag.NumberOfSeriesRelatedInstances, -1);
            }
            qidoMs = (System.nanoTime() - q0) / 1e6;
        }
        long t0 = System.nanoTime();
        trace.event("open", "\"first\":\"" + firstRequest + "\"");
        java.util.concurrent.ExecutorService side = java.util.concurrent.Executors.newCachedThreadPool();
        AtomicLong tMeta = new AtomicLong();
        CompletableFuture<SeriesPlan> planned = firstRequest != First.INSTANCE ? null : CompletableFuture.supplyAsync(() -> {
            try {
                SeriesPlan p = SeriesPlan.fetch(client, studyUid, seriesUid);
                tMeta.set(System.nanoTime());
                trace.event("metadata", "");
                return p;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, side);
        String middle = null;
        if (firstRequest == First.INSTANCE) {
            try {
                middle = FirstSlice.middleInstance(client, studyUid, seriesUid, count)
                        .orElseThrow(() -> new IOException("series " + seriesUid + " has no instances on the server"));
            } catch (IOException | RuntimeException e) {
                side.shutdownNow();
                throw e;
            }
            trace.event("middleInstance", "");
        }
        String middleInstance = middle;
        AtomicLong first = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        AtomicInteger lossy = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger arrived = new AtomicInteger();
        Map<String, Integer> bySyntax = new ConcurrentHashMap<>();
        Object done = new Object();
        SliceListener listener = new SliceListener() {
            @Override
            public void sliceReady(StreamedFrame source, StoredFrame frame) {
                if (firstRequest == First.METADATA) {
                    first.compareAndSet(0, System.nanoTime()); // the focused slice, fetched alone
                }
                trace.event("ready", "\"slice\":" + source.slice());
                bytes.addAndGet(source.part().data().length);
                bySyntax.merge(source.part().transferSyntaxUid(), 1, Integer::sum);
                if (source.part().lossy()) {
                    lossy.incrementAndGet();
                }
                count();
            }

            @Override
            public void sliceFailed(String series, int slice, Exception problem) {
                failed.incrementAndGet();
                count();
            }

            private void count() {
                arrived.incrementAndGet();
                synchronized (done) {
                    done.notifyAll();
                }
            }
        };
        FrameSource source = trace.traced(new WebFrameSource(client, policy, new LinkMeter(System::nanoTime)));
        SeriesPlan plan;
        try (RetrievalScheduler scheduler = new RetrievalScheduler(studyUid, source, List.of(), listener, settings)) {
            if (firstRequest == First.INSTANCE) {
                try {
                    SeriesOpening.Opened opened = SeriesOpening.open(scheduler, client, source, studyUid, seriesUid, planned, middleInstance, count, side,
                            new SeriesOpening.Steps() {
                                @Override
                                public void shown(FirstSlice shown) {
                                    first.compareAndSet(0, System.nanoTime());
                                    trace.event("firstSlice", "");
                                }

                                @Override
                                public boolean streamable(SeriesPlan p) {
                                    return true;
                                }

                                @Override
                                public void register(SeriesPlan p) {
                                    trace.event("planOpened", "");
                                }
                            }).orElseThrow(() -> new IOException("the slice on the screen, instance " + middleInstance + ", has more than one frame"));
                    plan = opened.plan();
                } finally {
                    side.shutdownNow();
                }
            } else {
                side.shutdownNow();
                plan = SeriesPlan.fetch(client, studyUid, seriesUid);
                tMeta.set(System.nanoTime());
                trace.event("metadata", "");
                if (plan.size() > 0) {
                    scheduler.open(plan, focus < 0 ? plan.size() / 2 : Math.min(focus, plan.size() - 1));
                }
            }
            if (plan.size() == 0) {
                throw new IOException("series " + seriesUid + " has no images on the server");
            }
            long deadline = System.nanoTime() + timeout.toNanos();
            synchronized (done) {
                while (arrived.get() < plan.size()) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        throw new IOException("the series did not arrive within " + timeout + ": " + org.lumen.viewer.text.Plural.of(scheduler.remaining(), "slice", "slices") + " missing");
                    }
                    done.wait(Math.max(1, left / 1_000_000));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted");
        }
        long tAll = System.nanoTime();
        trace.event("full", "");
        return new StreamReport(plan.size(), (tMeta.get() - t0) / 1e6, (first.get() - t0) / 1e6, (tAll - t0) / 1e6, bytes.get(),
                lossy.get(), failed.get(), bySyntax, qidoMs, firstRequest.name().toLowerCase(java.util.Locale.ROOT));
    }
}
