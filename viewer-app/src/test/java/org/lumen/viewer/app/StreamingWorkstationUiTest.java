package org.lumen.viewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumen.dicom.Tag;
import org.lumen.dicom.io.DicomFile;
import org.lumen.dicom.io.Part10Reader;
import org.lumen.dicom.io.ReadOptions;
import org.lumen.dicom.pixel.StoredFrame;
import org.lumen.dicomweb.DicomWebClient;
import org.lumen.testkit.UiTest;
import org.lumen.testkit.net.ThrottledLink;
import org.lumen.testkit.orthanc.Orthanc;
import org.lumen.testkit.orthanc.WithOrthanc;
import org.lumen.viewer.servers.StudyLink;
import org.lumen.viewer.testdata.SyntheticStudies;
import org.lumen.viewer.tools.ViewerAction;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Streaming in the workstation against a real Orthanc behind a slow link (2 Mbit/s, 10 ms, in-process
 * {@link ThrottledLink}) whose gate lets only the first frame request through until the test opens it: the
 * slice on the screen shows before the series arrived, a slice not received shows NOT YET RECEIVED, every slice
 * equals the original pixels once complete, MPR waits for the whole volume, the second open reads the cache (no
 * frame request), closing the study mid-stream cancels the requests, and a multi-frame series is downloaded whole.
 */
@UiTest
@WithOrthanc
class StreamingWorkstationUiTest extends WorkstationUiBase {
    private static final int SLICES = 40;
    @TempDir
    static Path data;
    @TempDir
    static Path config;
    private static SlowServer server;
    private static ThrottledLink link;
    private static SyntheticStudies.Study chest;
    private static SyntheticStudies.Study head;
    /** A multi-frame instance (2 frames, RGB, RLE) in a series of its own: not streamed, downloaded whole. */
    private static org.lumen.dicom.DataSet multiFrame;

    @BeforeAll
    static void storeStudies(Orthanc orthanc) throws Exception {
        server = SlowServer.start(orthanc, config);
        link = server.link();
        DicomWebClient client = server.client();
        chest = SyntheticStudies.store(client, SyntheticStudies.write(data, "Stream^Chest", "ST-1", "20260301", "CT chest",
                List.of(new SyntheticStudies.Series("CT", "Axial", SLICES), new SyntheticStudies.Series("CT", "Axial lung", 12))));
        head = SyntheticStudies.store(client, SyntheticStudies.write(data, "Stream^Head", "ST-2", "20260302", "CT head",
                List.of(new SyntheticStudies.Series("CT", "Axial", SLICES))));
        Path twoFrames = org.lumen.testkit.data.PydicomCorpus.testFile("SC_rgb_rle_2frame.dcm");
        if (!client.store(List.of(twoFrames)).allStored()) {
            throw new IllegalStateException("STOW-RS did not store " + twoFrames);
        }
        multiFrame = Part10Reader.read(twoFrames, ReadOptions.DEFAULT).dataSet();
    }

    @AfterAll
    static void closeLink() throws Exception {
        server.close();
    }

    @Test
    void theSliceOnTheScreenShowsFirstMissingOnesAreMarkedAndTheCompleteSeriesEqualsTheOriginal() throws Exception {
        String series = chest.seriesUids().get(0);
        link.gate("/frames", 1);
        WaitForAsyncUtils.asyncFx(() -> window.openLink(new StudyLink("Slow Orthanc", chest.studyUid(), series)));
        waitFor(() -> streaming().filter(s -> !s.provisional()).isPresent() && onFx(() -> workspace().active().raster().isPresent()));

        // The slice on the screen (the middle one) is drawn; the rest of the series has not arrived.
        StreamedSlices stream = streaming().orElseThrow();
        assertThat(onFx(() -> workspace().active().index())).isEqualTo(SLICES / 2);
        assertThat(stream.losslessCount()).isEqualTo(1);
        assertThat(onFx(() -> workspace().active().streamMarkerText())).isEmpty();
        assertThat(onFx(() -> workspace().active().streamProgressText())).isEqualTo("STREAMING: 1 / " + SLICES + " slices received");
        waitFor(() -> link.held() > 0); // the next requests wait at the link
        // One frame asked for (the link counts a retry of it, on a loaded machine, as the same request).
        List<String> firstFrames = frameRequests().stream().distinct().toList();
        assertThat(firstFrames).hasSize(1);
        assertThat(firstFrames.get(0)).contains(sopOf(SLICES / 2));
        saveScreenshot("stream-first-slice");

        // A slice not received: an empty view that says so, never a neighbour.
        WaitForAsyncUtils.asyncFx(() -> workspace().active().scrollTo(5));
        waitFor(() -> onFx(() -> workspace().active().streamMarkerText()).startsWith("NOT YET RECEIVED"));
        assertThat(onFx(() -> workspace().active().streamMarkerText())).isEqualTo("NOT YET RECEIVED\nImage 6 / " + SLICES);
        assertThat(onFx(() -> workspace().active().raster())).isEmpty();
        assertThat(stream.received(5)).isEmpty();
        saveScreenshot("stream-not-yet-received");

        // MPR needs the whole volume: it waits, saying how much has arrived, and builds nothing from a partial one.
        WaitForAsyncUtils.asyncFx(() -> workspace().perform(ViewerAction.MPR));
        waitFor(() -> status().startsWith("MPR waits for the whole volume: 1 / " + SLICES));
        assertThat(onFx(() -> workspace().mpr().showing() && workspace().mpr().shown().isEmpty())).isTrue();

        // Let the link go: the slice on the screen comes, then all; each equals the original.
        link.openGate();
        waitFor(() -> onFx(() -> workspace().mpr().shown().isPresent()));
        assertThat(onFx(() -> workspace().mpr().shown().orElseThrow().volume().geometry().slices())).isEqualTo(SLICES);
        WaitForAsyncUtils.asyncFx(() -> workspace().perform(ViewerAction.MPR));
        waitFor(() -> onFx(() -> !workspace().mpr().showing()));
        waitFor(() -> onFx(() -> workspace().active().raster().isPresent() && active().streamMarkerText().isEmpty()));
        waitFor(stream::complete);
        waitFor(() -> onFx(() -> workspace().active().streamProgressText()).isEmpty());
        Map<String, Path> files = originals();
        for (int i = 0; i < SLICES; i++) {
            OpenedSeries.Image received = stream.received(i).orElseThrow();
            String sop = received.dataSet().getString(Tag.SOPInstanceUID, "");
            assertThat(samples(SliceRasterizer.decode(received))).as("slice %d", i).isEqualTo(samples(original(files.get(sop))));
        }
        // Every slice was asked for (distinct requests: the client retries a request that timed out on a loaded
        // machine), in the order of first requests. The refocus put slice 5 right after what the 8 workers had
        // already claimed (the on-screen neighbours); without it, the bisection order would reach slice 5 sixteenth.
        List<String> frames = frameRequests().stream().filter(r -> r.contains(series)).distinct().toList();
        assertThat(frames).hasSize(SLICES);
        for (int i = 0; i < SLICES; i++) {
            String sop = sopOf(i);
            assertThat(frames).as("slice %d requested", i).anyMatch(r -> r.contains(sop));
        }
        String sop5 = sopOf(5);
        int at = frames.indexOf(frames.stream().filter(r -> r.contains(sop5)).findFirst().orElseThrow());
        assertThat(at).isBetween(1, 1 + 8);
        // The next series streamed after it, at a lower priority.
        try {
            waitFor(() -> frameRequests().stream().filter(r -> r.contains(chest.seriesUids().get(1))).distinct().count() == 12);
        } catch (AssertionError e) {
            throw new AssertionError("next series: " + link.forwarded().stream().filter(r -> r.contains(chest.seriesUids().get(1))).toList(), e);
        }

        // Closed and opened again: from the encrypted cache, no frame fetched again.
        WaitForAsyncUtils.asyncFx(() -> window.closeStudy());
        waitFor(() -> onFx(() -> workspace().active().series().isEmpty()));
        int before = frameRequests().size();
        WaitForAsyncUtils.asyncFx(() -> window.openLink(new StudyLink("Slow Orthanc", chest.studyUid(), series)));
        waitFor(() -> onFx(() -> workspace().active().series().isPresent() && active().raster().isPresent()));
        assertThat(streaming()).as("read from the cache, not streamed").isEmpty();
        assertThat(onFx(() -> workspace().active().series().orElseThrow().images())).hasSize(SLICES);
        assertThat(frameRequests()).hasSize(before);
    }

    @Test
    void closingTheStudyMidStreamCancelsItsRequests() throws Exception {
        link.gate("/frames", 1);
        WaitForAsyncUtils.asyncFx(() -> window.openLink(new StudyLink("Slow Orthanc", head.studyUid(), head.seriesUids().get(0))));
        waitFor(() -> streaming().filter(s -> !s.provisional()).isPresent() && onFx(() -> workspace().active().raster().isPresent()));
        // Held requests still arriving (the workers start one after the other): counted once none came for 300 ms.
        waitFor(() -> {
            int now = link.held();
            Thread.sleep(300);
            return now > 0 && now == link.held();
        });
        int held = link.held();
        int cancelledBefore = link.cancelled();
        int framesBefore = frameRequests().size();

        WaitForAsyncUtils.asyncFx(() -> window.closeStudy());
        waitFor(() -> onFx(() -> workspace().active().series().isEmpty()));
        // Every request held at the link was cancelled by the client (its connection closed), none reached the server.
        waitFor(() -> link.held() == 0);
        assertThat(link.cancelled() - cancelledBefore).isEqualTo(held);
        waitFor(() -> Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().startsWith("stream-")));
        link.openGate();
        Thread.sleep(500);
        assertThat(frameRequests()).hasSize(framesBefore);
    }

    @Test
    void aSeriesOfMultiFrameInstancesIsDownloadedWholeAsBefore() throws Exception {
        link.openGate();
        String study = multiFrame.getString(Tag.StudyInstanceUID, "");
        String series = multiFrame.getString(Tag.SeriesInstanceUID, "");
        WaitForAsyncUtils.asyncFx(() -> window.openLink(new StudyLink("Slow Orthanc", study, series)));
        waitFor(() -> onFx(() -> workspace().active().series().isPresent() && workspace().active().raster().isPresent()));
        assertThat(streaming()).as("multi-frame: not streamed").isEmpty();
        assertThat(onFx(() -> workspace().active().series().orElseThrow().images())).hasSize(2);
        assertThat(onFx(() -> workspace().active().streamMarkerText())).isEmpty();
        assertThat(onFx(() -> workspace().active().streamProgressText())).isEmpty();
    }

    private Optional<StreamedSlices> streaming() {
        return onFx(() -> workspace().active().series().flatMap(OpenedSeries::streaming));
    }

    private static List<String> frameRequests() {
        return server.frameRequests();
    }

    private String sopOf(int slice) {
        return onFx(() -> workspace().active().series().orElseThrow().images().get(slice).dataSet().getString(Tag.SOPInstanceUID, ""));
    }

    private static Map<String, Path> originals() throws Exception {
        Map<String, Path> bySop = new HashMap<>();
        for (Path file : chest.files()) {
            bySop.put(Part10Reader.read(file, ReadOptions.DEFAULT).dataSet().getString(Tag.SOPInstanceUID, ""), file);
        }
        return bySop;
    }

    private static StoredFrame original(Path file) throws Exception {
        DicomFile dicom = Part10Reader.read(file, ReadOptions.DEFAULT);
        return SliceRasterizer.decode(new OpenedSeries.Image(file, dicom.dataSet(), dicom.transferSyntax(), 0, 1));
    }

    private static long[] samples(StoredFrame frame) {
        long[] out = new long[frame.sampleCount()];
        for (int i = 0; i < out.length; i++) {
            out[i] = frame.sample(i);
        }
        return out;
    }
}
