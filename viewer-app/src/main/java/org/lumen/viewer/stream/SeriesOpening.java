package org.lumen.viewer.stream;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;

import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;
import org.lumen.dicomweb.DicomWebClient;
import org.lumen.dicomweb.FramePart;
import org.lumen.dicomweb.QidoQuery;

/**
 * Opens a series with the slice on the screen and the series' metadata side by side (ADR 0015): the caller starts
 * the metadata request with the open, beside the search for the middle instance; then that instance's frame and
 * metadata are fetched ({@link FirstSlice}) while the metadata is still on its way. Whichever comes first: the
 * first slice is shown as soon as it is decoded; the plan opens the scheduler as soon as it is in, with the first
 * slice claimed ({@link RetrievalScheduler#expect}), so the bulk requests start the moment that slice's frame has
 * arrived instead of after the metadata that followed it. Before, the bulk waited for the search, the first
 * slice and then the metadata in a row (about 0.3 s of a 100 Mbit/s open).
 */
public final class SeriesOpening {
    /**
     * Instances listed by the search made beside the series metadata, whose frames are asked for while the metadata
     * is still on its way: {@code -Dlumen.stream.early=n} (read at each open), default 0, the bulk waits for the
     * metadata. Off by default: in the quiet benchmark at 100 Mbit/s and 20 ms (ADR 0015, 100 Mbit/s amendment) 16
     * early instances gave the same full volume (1.20x against 1.19x of the link) and the metadata, so scrolling,
     * 300 ms later (512 against 214 ms), the 4 early requests taking the server's CPU from it. Kept for links with a
     * long round trip, where the metadata's wait is longer: {@code EARLY=16 bench/stream.sh} measures it.
     */
    static int early() {
        return Math.max(0, Integer.getInteger("lumen.stream.early", 0));
    }

    private SeriesOpening() {}

    /** What the caller does along the way. */
    public interface Steps {
        /** The first slice is decoded: show it (before or after the plan is in). */
        void shown(FirstSlice first);

        /** Whether the plan is streamed; false: nothing is opened and the opening ends empty. */
        boolean streamable(SeriesPlan plan);

        /** The series is about to be opened in the scheduler: what receives its slices must know it now. */
        void register(SeriesPlan plan);
    }

    /**
     * @param plan  the series' plan, its request started with the open
     * @param first the slice on the screen, {@code -1} when the plan came first and that slice's own fetch failed
     *              (the scheduler fetches it then)
     */
    public record Opened(SeriesPlan plan, Optional<FirstSlice> first, int index) {}

    /**
     * Fetches the first slice of {@code middleInstance} beside the {@code plan} in flight and opens the series in
     * {@code scheduler} (blocking until both are settled). {@code side} runs the first slice's two requests (at
     * least two threads). Empty when the series is not streamed (a multi-frame first instance, or
     * {@link Steps#streamable} said no).
     */
    public static Optional<Opened> open(RetrievalScheduler scheduler, DicomWebClient client, FrameSource source, String studyUid,
            String seriesUid, CompletableFuture<SeriesPlan> plan, String middleInstance, Executor side, Steps steps) throws IOException {
        return open(scheduler, client, source, studyUid, seriesUid, plan, middleInstance, -1, side, steps);
    }

    /**
     * As above, for a series of {@code count} instances (as the series search reported; -1 unknown): besides, one
     * QIDO-RS search lists up to {@link #early()} instances around the middle ({@link #nearby}), and once the first
     * slice is decoded and while the plan is not in, the scheduler asks for their frames
     * ({@link RetrievalScheduler#fetchUnplanned}): held, never shown, until the plan places them by their instance.
     */
    public static Optional<Opened> open(RetrievalScheduler scheduler, DicomWebClient client, FrameSource source, String studyUid,
            String seriesUid, CompletableFuture<SeriesPlan> plan, String middleInstance, int count, Executor side, Steps steps)
            throws IOException {
        try {
            Optional<Opened> opened = opening(scheduler, client, source, studyUid, seriesUid, plan, middleInstance, count, side, steps);
            if (opened.isEmpty()) {
                scheduler.dropUnplanned(seriesUid);
            }
            return opened;
        } catch (IOException | RuntimeException e) {
            scheduler.dropUnplanned(seriesUid);
            throw e;
        }
    }

    private static Optional<Opened> opening(RetrievalScheduler scheduler, DicomWebClient client, FrameSource source, String studyUid,
            String seriesUid, CompletableFuture<SeriesPlan> plan, String middleInstance, int count, Executor side, Steps steps)
            throws IOException {
        CompletableFuture<FramePart> frameIn = new CompletableFuture<>();
        CompletableFuture<FirstSlice> first = CompletableFuture.supplyAsync(() -> {
            try {
                return FirstSlice.fetch(client, probe(source, frameIn), studyUid, seriesUid, middleInstance, side);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, side);
        first.whenComplete((f, e) -> frameIn.complete(null)); // the frame never came: no one waits for it
        int early = early();
        CompletableFuture<List<String>> nearby = early == 0 ? CompletableFuture.completedFuture(List.of()) : CompletableFuture.supplyAsync(() -> {
            try {
                return nearby(client, studyUid, seriesUid, middleInstance, count, early);
            } catch (IOException e) {
                return List.of(); // only an earlier start: the plan fetches them all the same
            }
        }, side);
        // The slice on the screen has the link to itself until it is shown (its frame and its own metadata in, decoded:
        // the 150 ms target); then, while the plan is not in, the others listed.
        first.thenAcceptBoth(nearby, (f, listed) -> {
            if (!plan.isDone() && !listed.isEmpty()) {
                scheduler.fetchUnplanned(seriesUid, listed);
            }
        });
        try {
            CompletableFuture.anyOf(plan, first).get();
        } catch (ExecutionException e) {
            // one of them failed: settled below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted");
        }
        if (first.isDone()) {
            FirstSlice f = get(first);
            if (!f.singleFrame()) {
                return Optional.empty();
            }
            steps.shown(f);
            SeriesPlan p = get(plan);
            if (!steps.streamable(p)) {
                return Optional.empty();
            }
            int index = f.indexIn(p);
            steps.register(p);
            if (index < 0) {
                scheduler.open(p, p.size() / 2);
            } else {
                scheduler.open(p, new StreamedFrame(studyUid, seriesUid, index, p.slices().get(index), f.part()), f.frame());
            }
            return Optional.of(new Opened(p, Optional.of(f), index));
        }
        // The plan came first: the scheduler opens now, the first slice's frame lets its other requests go.
        SeriesPlan p = get(plan);
        if (!steps.streamable(p)) {
            return Optional.empty();
        }
        int index = indexOf(p, middleInstance);
        steps.register(p);
        if (index < 0) {
            scheduler.open(p, p.size() / 2);
            get(first); // a failure of the first slice is the opening's, as before
            return Optional.of(new Opened(p, Optional.empty(), -1));
        }
        scheduler.expect(p, index);
        frameIn.thenAccept(part -> {
            if (part != null) {
                scheduler.arrivedElsewhere(seriesUid, index);
            }
        });
        try {
            FirstSlice f = get(first);
            steps.shown(f);
            scheduler.deliver(new StreamedFrame(studyUid, seriesUid, index, p.slices().get(index), f.part()), f.frame());
            return Optional.of(new Opened(p, Optional.of(f), index));
        } catch (IOException | RuntimeException e) {
            FramePart part = frameIn.getNow(null);
            if (part != null) {
                // The frame came, its own metadata or its decoding did not: decoded with the plan's metadata.
                scheduler.deliverUndecoded(new StreamedFrame(studyUid, seriesUid, index, p.slices().get(index), part));
            } else {
                scheduler.failedElsewhere(seriesUid, index);
            }
            return Optional.of(new Opened(p, Optional.empty(), index));
        }
    }

    /**
     * Up to {@code early} instances of the series other than {@code middleInstance}, nearest to it by Instance
     * Number first: one QIDO-RS search for a page around the middle of {@code count} (from the start when the count
     * is unknown). Only the order of fetching comes from it, never a slice's place; multi-frame instances are left
     * out (such a series is not streamed frame by frame).
     */
    static List<String> nearby(DicomWebClient client, String studyUid, String seriesUid, String middleInstance, int count, int early)
            throws IOException {
        List<DataSet> listed = client.search(QidoQuery.instancesOfSeries(studyUid, seriesUid).includeField(Tag.InstanceNumber)
                .includeField(Tag.NumberOfFrames).offset(Math.max(0, count / 2 - early / 2)).limit(early + 1).build());
        int middle = listed.stream().filter(ds -> ds.getString(Tag.SOPInstanceUID, "").equals(middleInstance))
                .mapToInt(ds -> ds.getInt(Tag.InstanceNumber, 0)).findFirst().orElse(count / 2 + 1);
        return listed.stream()
                .filter(ds -> !ds.getString(Tag.SOPInstanceUID, "").isEmpty() && !ds.getString(Tag.SOPInstanceUID, "").equals(middleInstance)
                        && ds.getInt(Tag.NumberOfFrames, 1) <= 1)
                .sorted(java.util.Comparator.comparingInt(ds -> Math.abs(ds.getInt(Tag.InstanceNumber, 0) - middle)))
                .map(ds -> ds.getString(Tag.SOPInstanceUID, "")).limit(early).toList();
    }

    /** The slice index of frame 1 of {@code instanceUid} in the plan, or -1. */
    static int indexOf(SeriesPlan plan, String instanceUid) {
        for (int i = 0; i < plan.size(); i++) {
            if (plan.slices().get(i).instanceUid().equals(instanceUid) && plan.slices().get(i).frameNumber() == 1) {
                return i;
            }
        }
        return -1;
    }

    /** The source, telling {@code frameIn} when the frame is in. */
    private static FrameSource probe(FrameSource source, CompletableFuture<FramePart> frameIn) {
        return new FrameSource() {
            @Override
            public void fetch(String studyUid, String seriesUid, String instanceUid, int[] frames, org.lumen.dicomweb.FrameConsumer consumer)
                    throws IOException {
                source.fetch(studyUid, seriesUid, instanceUid, frames, part -> {
                    consumer.accept(part);
                    frameIn.complete(part);
                });
            }

            @Override
            public void decoded(String transferSyntaxUid, int bytes, long nanos) {
                source.decoded(transferSyntaxUid, bytes, nanos);
            }
        };
    }

    private static <T> T get(Future<T> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            if (c instanceof IOException io) {
                throw io;
            }
            throw new IOException(c.getMessage(), c);
        }
    }
}
