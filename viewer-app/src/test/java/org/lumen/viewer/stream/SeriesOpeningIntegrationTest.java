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
        SliceListener listener = new SliceListener() {
            @Override
            public void sliceReady(StreamedFrame source, StoredFrame frame) {
                delivered.merge(source.slice(), 1, Integer::sum);
                all.countDown();
            }

            @Override
            public void sliceFailed(String seriesUid, int slice, Exception problem) {
                throw new AssertionError("slice " + slice + " failed", problem);
            }
        };
        ExecutorService side = Executors.newCachedThreadPool();
        try (ThrottledLink link = new ThrottledLink(orthanc.dicomWebRoot(), 50, 10)) {
            DicomWebClient client = client(link.through(orthanc.dicomWebRoot()));
            FrameSource source = new WebFrameSource(client, SyntaxPolicy.STORED, new LinkMeter(System::nanoTime));
            link.gate(middle + "/metadata", 0); // the first slice's own metadata waits at the link
            try (RetrievalScheduler scheduler = new RetrievalScheduler(studyUid, source, List.of(), listener,
                    new RetrievalScheduler.Settings(4, 16, 4, 1, 1))) {
                CompletableFuture<SeriesPlan> plan = CompletableFuture.supplyAsync(() -> {
                    try {
                        return SeriesPlan.fetch(client, studyUid, series);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, side);
                Future<Optional<SeriesOpening.Opened>> opening = side.submit(() -> SeriesOpening.open(scheduler, client, source, studyUid,
                        series, plan, middle, side, new SeriesOpening.Steps() {
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
                        }));
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

    private static long otherFrames(ThrottledLink link, String middle) {
        return link.forwarded().stream().filter(r -> r.contains("/frames") && !r.contains(middle)).count();
    }

    private static DicomWebClient client(java.net.URI root) {
        return DicomWebClient.builder().server(ServerConfig.of("orthanc", root).withQueryEncoding(QueryEncoding.LITERAL)).build();
    }
}
