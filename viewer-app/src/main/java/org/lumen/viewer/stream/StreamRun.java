package org.lumen.viewer.stream;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.lumen.dicom.pixel.StoredFrame;
import org.lumen.dicomweb.DicomWebClient;

/**
 * Opens one series the way the viewer does (metadata, then the scheduler focused on a slice) and waits until
 * every slice is decoded: what {@code lumen web stream} and the streaming benchmark run.
 */
public final class StreamRun {
    private StreamRun() {}

    /**
     * @param focus slice on the screen first; negative: the middle
     */
    public static StreamReport open(DicomWebClient client, String studyUid, String seriesUid, int focus, SyntaxPolicy policy,
            RetrievalScheduler.Settings settings, Duration timeout) throws IOException {
        long t0 = System.nanoTime();
        SeriesPlan plan = SeriesPlan.fetch(client, studyUid, seriesUid);
        if (plan.size() == 0) {
            throw new IOException("series " + seriesUid + " has no images on the server");
        }
        long tMeta = System.nanoTime();
        CountDownLatch all = new CountDownLatch(plan.size());
        AtomicLong first = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        AtomicInteger lossy = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        Map<String, Integer> bySyntax = new ConcurrentHashMap<>();
        SliceListener listener = new SliceListener() {
            @Override
            public void sliceReady(StreamedFrame source, StoredFrame frame) {
                first.compareAndSet(0, System.nanoTime());
                bytes.addAndGet(source.part().data().length);
                bySyntax.merge(source.part().transferSyntaxUid(), 1, Integer::sum);
                if (source.part().lossy()) {
                    lossy.incrementAndGet();
                }
                all.countDown();
            }

            @Override
            public void sliceFailed(String series, int slice, Exception problem) {
                failed.incrementAndGet();
                all.countDown();
            }
        };
        WebFrameSource source = new WebFrameSource(client, policy, new LinkMeter(System::nanoTime));
        try (RetrievalScheduler scheduler = new RetrievalScheduler(studyUid, source, List.of(), listener, settings)) {
            scheduler.open(plan, focus < 0 ? plan.size() / 2 : Math.min(focus, plan.size() - 1));
            if (!all.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IOException("the series did not arrive within " + timeout + ": " + org.lumen.viewer.text.Plural.of(scheduler.remaining(), "slice", "slices") + " missing");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted");
        }
        long tAll = System.nanoTime();
        return new StreamReport(plan.size(), (tMeta - t0) / 1e6, (first.get() - t0) / 1e6, (tAll - t0) / 1e6, bytes.get(),
                lossy.get(), failed.get(), bySyntax);
    }
}
