package org.lumen.viewer.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumen.dicom.Tag;
import org.lumen.dicom.io.DicomFile;
import org.lumen.dicom.io.Part10Reader;
import org.lumen.dicom.pixel.FrameDecoders;
import org.lumen.dicom.pixel.PixelDataReader;
import org.lumen.dicom.pixel.StoredFrame;
import org.lumen.dicomweb.DicomWebClient;
import org.lumen.dicomweb.QueryEncoding;
import org.lumen.dicomweb.ServerConfig;
import org.lumen.testkit.orthanc.Orthanc;
import org.lumen.testkit.orthanc.WithOrthanc;
import org.lumen.viewer.testdata.SyntheticStudies;

/** The scheduler against a real Orthanc: fills a study with the original pixels, obeys focus, cancels on close. */
@WithOrthanc
class RetrievalSchedulerIntegrationTest {
    @TempDir
    static Path data;

    private static SyntheticStudies.Study study;
    private static DicomWebClient client;
    private static final Map<String, Path> FILES = new HashMap<>();

    @BeforeAll
    static void store(Orthanc orthanc) throws Exception {
        client = DicomWebClient.builder().server(ServerConfig.of("orthanc", orthanc.dicomWebRoot())
                .withQueryEncoding(QueryEncoding.LITERAL)).build();
        study = SyntheticStudies.store(client, SyntheticStudies.write(data, "Stream^Test", "STM-1", "20240303", "Stream study",
                List.of(new SyntheticStudies.Series("CT", "Axial", 40), new SyntheticStudies.Series("CT", "Scout", 5))));
        for (Path file : study.files()) {
            FILES.put(Part10Reader.read(file).dataSet().getString(Tag.SOPInstanceUID, ""), file);
        }
    }

    /** Collects what arrives. */
    private static final class Collector implements SliceListener {
        final Map<String, StoredFrame> frames = new ConcurrentHashMap<>();
        final List<String> failures = new CopyOnWriteArrayList<>();
        final CountDownLatch all;

        Collector(int expected) {
            all = new CountDownLatch(expected);
        }

        @Override
        public void sliceReady(StreamedFrame source, StoredFrame frame) {
            if (frames.put(source.seriesUid() + "#" + source.slice() + "#" + source.ref().instanceUid(), frame) == null) {
                all.countDown();
            }
        }

        @Override
        public void sliceFailed(String seriesUid, int slice, Exception problem) {
            failures.add(seriesUid + "#" + slice + ": " + problem);
        }
    }

    private RetrievalScheduler scheduler(FrameSink sink, SliceListener listener, int workers) {
        return new RetrievalScheduler(study.studyUid(), new WebFrameSource(client, SyntaxPolicy.STORED, new LinkMeter(System::nanoTime)),
                List.of(sink), listener, new RetrievalScheduler.Settings(workers, 16, 4, 1, 2));
    }

    @Test
    void theStudyFillsCompletelyWithTheOriginalPixels() throws Exception {
        Collector collector = new Collector(45);
        try (RetrievalScheduler s = scheduler(f -> {}, collector, 3)) {
            SeriesPlan axial = SeriesPlan.fetch(client, study.studyUid(), study.seriesUids().get(0));
            s.add(axial, Tier.CURRENT);
            s.add(SeriesPlan.fetch(client, study.studyUid(), study.seriesUids().get(1)), Tier.NEXT);
            s.focus(axial.seriesUid(), 20, 1);
            assertThat(collector.all.await(60, TimeUnit.SECONDS)).as("all 45 slices arrive").isTrue();
            assertThat(s.remaining()).isZero();
        }
        assertThat(collector.failures).isEmpty();
        for (var e : collector.frames.entrySet()) {
            String instance = e.getKey().substring(e.getKey().lastIndexOf('#') + 1);
            DicomFile original = Part10Reader.read(FILES.get(instance));
            StoredFrame expected = PixelDataReader.open(original.dataSet(), original.transferSyntax().uid(), FrameDecoders.standard()).readFrame(0);
            assertThat(samples(e.getValue())).as(e.getKey()).isEqualTo(samples(expected));
        }
    }

    @Test
    void slicesComeInDisplayOrderOfThePlan() throws Exception {
        SeriesPlan axial = SeriesPlan.fetch(client, study.studyUid(), study.seriesUids().get(0));
        for (int i = 0; i < axial.size(); i++) {
            assertThat(axial.slices().get(i).metadata().getDoubles(Tag.ImagePositionPatient)[2]).isEqualTo(i * 2.0);
        }
    }

    @Test
    void refocusChangesWhatComesNext() throws Exception {
        List<Integer> order = new CopyOnWriteArrayList<>();
        SeriesPlan axial = SeriesPlan.fetch(client, study.studyUid(), study.seriesUids().get(0));
        Collector collector = new Collector(40);
        RetrievalScheduler[] self = new RetrievalScheduler[1];
        try (RetrievalScheduler s = scheduler(f -> {
            order.add(f.slice());
            if (order.size() == 1) {
                self[0].focus(axial.seriesUid(), 30, -1); // the user scrolled to 30, going down
            }
        }, collector, 1)) {
            self[0] = s;
            // added and focused in one step: add() then focus() let the worker start on the default slice
            // (the middle, 20) in between, once in CI
            s.open(axial, 5);
            assertThat(collector.all.await(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(order.subList(0, 7)).containsExactly(5, 30, 29, 28, 27, 26, 31);
        assertThat(order).hasSize(40).doesNotHaveDuplicates();
    }

    @Test
    void theSliceOnTheScreenIsFetchedAloneFirst() throws Exception {
        SeriesPlan axial = SeriesPlan.fetch(client, study.studyUid(), study.seriesUids().get(0));
        List<String> events = new CopyOnWriteArrayList<>();
        WebFrameSource web = new WebFrameSource(client, SyntaxPolicy.STORED, new LinkMeter(System::nanoTime));
        FrameSource recorded = (st, se, instance, frames, consumer) -> {
            events.add("start " + instance);
            web.fetch(st, se, instance, frames, part -> {
                events.add("frame " + instance);
                consumer.accept(part);
            });
        };
        Collector collector = new Collector(40);
        try (RetrievalScheduler s = new RetrievalScheduler(study.studyUid(), recorded, List.of(), collector,
                new RetrievalScheduler.Settings(4, 16, 4, 1, 2))) {
            s.open(axial, 20);
            assertThat(collector.all.await(60, TimeUnit.SECONDS)).isTrue();
        }
        String focused = axial.slices().get(20).instanceUid();
        assertThat(events.subList(0, 2)).containsExactly("start " + focused, "frame " + focused);
        assertThat(events).hasSize(80);
    }

    @Test
    void aStreamedStudyFillsItsSeriesLosslesslyWithPreviewsOnAndStopsOnClose() throws Exception {
        try (StreamedStudy open = new StreamedStudy(client, study.studyUid(), List.of(), true)) {
            StreamedSeries axial = open.open(study.seriesUids().get(0), 20);
            open.prefetch(study.seriesUids().get(1), Tier.NEXT);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!axial.complete() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(axial.complete()).isTrue();
            assertThat(axial.states()).containsOnly(SliceState.LOSSLESS);
            assertThat(axial.view(20).marker()).isEmpty();
        }
        assertThat(liveThreads("stream-")).isEmpty();
    }

    @Test
    void closeCancelsEverythingAndLeavesNoThreadOrRequest() throws Exception {
        SeriesPlan axial = SeriesPlan.fetch(client, study.studyUid(), study.seriesUids().get(0));
        CountDownLatch some = new CountDownLatch(3);
        List<Integer> received = new CopyOnWriteArrayList<>();
        Collector collector = new Collector(40);
        RetrievalScheduler s = scheduler(f -> {
            received.add(f.slice());
            some.countDown();
            try {
                Thread.sleep(30); // a slow link
            } catch (InterruptedException e) {
                throw new java.io.InterruptedIOException("interrupted");
            }
        }, collector, 2);
        s.add(axial, Tier.CURRENT);
        s.focus(axial.seriesUid(), 0, 1);
        assertThat(some.await(30, TimeUnit.SECONDS)).isTrue();
        s.close();
        int atClose = received.size();
        assertThat(s.inFlight()).isZero();
        assertThat(s.remaining()).isPositive();
        assertThat(liveThreads("stream-fetch-")).isEmpty();
        assertThat(liveThreads("stream-decode-")).isEmpty();
        Thread.sleep(200);
        assertThat(received).hasSize(atClose);
        assertThat(collector.failures).as("a cancelled slice is not reported as failed").isEmpty();
    }

    /** Threads with the prefix still alive (each given up to a second to finish exiting after its pool ended). */
    private static List<String> liveThreads(String prefix) throws InterruptedException {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith(prefix)) {
                t.join(1000);
            }
        }
        List<String> names = new ArrayList<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.isAlive() && t.getName().startsWith(prefix)) {
                names.add(t.getName());
            }
        }
        return names;
    }

    private static long[] samples(StoredFrame f) {
        long[] s = new long[f.sampleCount()];
        for (int i = 0; i < s.length; i++) {
            s[i] = f.sample(i);
        }
        return s;
    }
}
