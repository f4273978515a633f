package org.lumen.viewer.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumen.dicom.pixel.StoredFrame;
import org.lumen.dicomweb.DicomWebClient;
import org.lumen.dicomweb.QueryEncoding;
import org.lumen.dicomweb.ServerConfig;
import org.lumen.testkit.net.ThrottledLink;
import org.lumen.testkit.orthanc.Orthanc;
import org.lumen.testkit.orthanc.WithOrthanc;
import org.lumen.viewer.testdata.SyntheticStudies;

/**
 * The series' metadata and the slice on the screen side by side (Orthanc behind the testkit's link): the bulk
 * frame requests start while the first slice's own metadata is still held at the link, and every slice still
 * arrives once.
 */
@WithOrthanc
class SeriesOpeningIntegrationTest {
    private static final int SLICES = 20;

    @TempDir
    Path data;

    @Test
    void theBulkRequestsStartBeforeTheFirstSlicesMetadataAnswers(Orthanc orthanc) throws Exception {
        DicomWebClient direct = client(orthanc.dicomWebRoot());
        SyntheticStudies.Study study = SyntheticStudies.store(direct, SyntheticStudies.write(data, "Overlap^Test", "OV-1", "20240505",
                "Overlap", List.of(new SyntheticStudies.Series("CT", "Axial", SLICES))));
        String studyUid = study.studyUid();
        String series = study.seriesUids().get(0);
        String middle = FirstSlice.middleInstance(direct, studyUid, series, SLICES).orElseThrow();
        Map<Integer, Integer> delivered = new ConcurrentHashMap<>();
        CountDownLatch all = new CountDownLatch(SLICES);
        AtomicReference<FirstSlice> shown = new AtomicReference<>();
        SliceListener listener = listener(delivered, new ConcurrentHashMap<>(), all);
        ExecutorService side = Executors.newCachedThreadPool();
        try (ThrottledLink link = new ThrottledLink(orthanc.dicomWebRoot(), 50, 10)) {
            DicomWebClient client = client(link.through(orthanc.dicomWebRoot()));
            FrameSource source = new WebFrameSource(client, SyntaxPolicy.STORED, new LinkMeter(System::nanoTime));
            link.gate(middle + "/metadata", 0); // the first slice's own metadata waits at the link
            try (RetrievalScheduler scheduler = new RetrievalScheduler(studyUid, source, List.of(), listener,
                    new RetrievalScheduler.Settings(4, 16, 4, 1, 1))) {
                CompletableFuture<SeriesPlan> plan = planOf(client, studyUid, series, side);
                Future<Optional<SeriesOpening.Opened>> opening = side.submit(() -> SeriesOpening.open(scheduler, client, source, studyUid,
                        series, plan, middle, side, steps(shown)));
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (otherFrames(link, middle) < 3 && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                assertThat(otherFrames(link, middle)).as("frame requests of other slices while the first slice's metadata is held: "
                        + link.forwarded()).isGreaterThanOrEqualTo(3);
                assertThat(link.held()).as("the first slice's metadata still held").isEqualTo(1);
                assertThat(shown.get()).as("the first slice is not shown without its metadata").isNull();
                link.openGate();
                SeriesOpening.Opened opened = opening.get(30, TimeUnit.SECONDS).orElseThrow();
                assertThat(all.await(60, TimeUnit.SECONDS)).as("every slice arrives").isTrue();
                assertThat(opened.first()).isPresent();
                assertThat(shown.get()).isNotNull();
                assertThat(opened.index()).isEqualTo(SeriesOpening.indexOf(opened.plan(), middle));
            }
            List<String> frames = link.forwarded().stream().filter(r -> r.contains("/frames")).toList();
            assertThat(frames.get(0)).as("the slice on the screen is the first frame requested").contains(middle);
            assertThat(frames).as("each frame requested once").hasSize(SLICES).doesNotHaveDuplicates();
            assertThat(delivered).hasSize(SLICES).allSatisfy((slice, times) -> assertThat(times).as("slice " + slice).isEqualTo(1));
        } finally {
            side.shutdownNow();
        }
    }

    /**
     * The series metadata held at the link: the first slice is shown, and the frames of the instances around it that a
     * search listed are fetched meanwhile, but none of them reaches the listener (no place in the series without the
     * plan). Once the metadata passes, each lands at its own place (its pixels: image i of the synthetic series is the
     * ramp offset by 16 i, at z = 2 i) and none is fetched twice. (Off by default, {@code -Dlumen.stream.early=16} here.)
     */
    @Test
    void theBulkStartsBeforeTheSeriesMetadataAndWaitsForItsPlaceInTheSeries(Orthanc orthanc) throws Exception {
        String before = System.setProperty("lumen.stream.early", "16");
        try {
            earlyBulk(orthanc);
        } finally {
            if (before == null) {
                System.clearProperty("lumen.stream.early");
            } else {
                System.setProperty("lumen.stream.early", before);
            }
        }
    }

    private void earlyBulk(Orthanc orthanc) throws Exception {
        DicomWebClient direct = client(orthanc.dicomWebRoot());
        SyntheticStudies.Study study = SyntheticStudies.store(direct, SyntheticStudies.write(data, "Early^Bulk", "EB-1", "20240506",
                "Early bulk", List.of(new SyntheticStudies.Series("CT", "Axial", SLICES))));
        String studyUid = study.studyUid();
        String series = study.seriesUids().get(0);
        String middle = FirstSlice.middleInstance(direct, studyUid, series, SLICES).orElseThrow();
        Map<Integer, Integer> delivered = new ConcurrentHashMap<>();
        Map<Integer, Integer> firstSample = new ConcurrentHashMap<>();
        CountDownLatch all = new CountDownLatch(SLICES);
        AtomicReference<FirstSlice> shown = new AtomicReference<>();
        SliceListener listener = listener(delivered, firstSample, all);
        ExecutorService side = Executors.newCachedThreadPool();
        try (ThrottledLink link = new ThrottledLink(orthanc.dicomWebRoot(), 50, 10)) {
            DicomWebClient client = client(link.through(orthanc.dicomWebRoot()));
            FrameSource source = new WebFrameSource(client, SyntaxPolicy.STORED, new LinkMeter(System::nanoTime));
            link.gate("/series/" + series + "/metadata", 0); // the series metadata waits at the link
            try (RetrievalScheduler scheduler = new RetrievalScheduler(studyUid, source, List.of(), listener,
                    new RetrievalScheduler.Settings(4, 16, 4, 1, 1))) {
                CompletableFuture<SeriesPlan> plan = planOf(client, studyUid, series, side);
                Future<Optional<SeriesOpening.Opened>> opening = side.submit(() -> SeriesOpening.open(scheduler, client, source, studyUid,
                        series, plan, middle, SLICES, side, steps(shown)));
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (scheduler.heldUnplanned() < 3 && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                assertThat(otherFrames(link, middle)).as("frames of other slices requested while the series metadata is held: "
                        + link.forwarded()).isGreaterThanOrEqualTo(3);
                assertThat(scheduler.heldUnplanned()).as("frames in, held until the plan").isGreaterThanOrEqualTo(3);
                assertThat(link.held()).as("the series metadata still held").isEqualTo(1);
                assertThat(shown.get()).as("the first slice is shown without the series metadata").isNotNull();
                assertThat(delivered).as("no slice placed without the plan").isEmpty();
                link.openGate();
                SeriesOpening.Opened opened = opening.get(30, TimeUnit.SECONDS).orElseThrow();
                assertThat(all.await(60, TimeUnit.SECONDS)).as("every slice arrives").isTrue();
                assertThat(scheduler.heldUnplanned()).isZero();
                assertThat(opened.index()).isEqualTo(SeriesOpening.indexOf(opened.plan(), middle));
            }
            List<String> frames = link.forwarded().stream().filter(r -> r.contains("/frames")).toList();
            assertThat(frames.get(0)).as("the slice on the screen is the first frame requested").contains(middle);
            assertThat(frames).as("each frame requested once").hasSize(SLICES).doesNotHaveDuplicates();
            assertThat(delivered).hasSize(SLICES).allSatisfy((slice, times) -> assertThat(times).as("slice " + slice).isEqualTo(1));
            assertThat(firstSample).allSatisfy((slice, sample) -> assertThat(sample).as("slice " + slice + "'s pixels")
                    .isEqualTo(SyntheticStudies.stored(0, slice)));
        } finally {
            side.shutdownNow();
        }
    }

    /** Counts each slice delivered and keeps its first sample (little-endian 16 bits). */
    private static SliceListener listener(Map<Integer, Integer> delivered, Map<Integer, Integer> firstSample, CountDownLatch all) {
        return new SliceListener() {
            @Override
            public void sliceReady(StreamedFrame source, StoredFrame frame) {
                delivered.merge(source.slice(), 1, Integer::sum);
                firstSample.put(source.slice(), (frame.data()[0] & 0xff) | (frame.data()[1] & 0xff) << 8);
                all.countDown();
            }

            @Override
            public void sliceFailed(String seriesUid, int slice, Exception problem) {
                throw new AssertionError("slice " + slice + " failed", problem);
            }
        };
    }

    private static SeriesOpening.Steps steps(AtomicReference<FirstSlice> shown) {
        return new SeriesOpening.Steps() {
            @Override
            public void shown(FirstSlice first) {
                shown.set(first);
            }

            @Override
            public boolean streamable(SeriesPlan p) {
                return true;
            }

            @Override
            public void register(SeriesPlan p) {}
        };
    }

    private static CompletableFuture<SeriesPlan> planOf(DicomWebClient client, String studyUid, String series, ExecutorService side) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return SeriesPlan.fetch(client, studyUid, series);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, side);
    }

    private static long otherFrames(ThrottledLink link, String middle) {
        return link.forwarded().stream().filter(r -> r.contains("/frames") && !r.contains(middle)).count();
    }

    private static DicomWebClient client(java.net.URI root) {
        return DicomWebClient.builder().server(ServerConfig.of("orthanc", root).withQueryEncoding(QueryEncoding.LITERAL)).build();
    }
}
