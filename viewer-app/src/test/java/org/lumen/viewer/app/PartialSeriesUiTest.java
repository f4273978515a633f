package org.lumen.viewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javafx.scene.control.Label;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumen.dicom.Tag;
import org.lumen.testkit.UiTest;
import org.lumen.testkit.net.ThrottledLink;
import org.lumen.testkit.orthanc.Orthanc;
import org.lumen.testkit.orthanc.WithOrthanc;
import org.lumen.viewer.servers.ServerSettings;
import org.lumen.viewer.servers.StudyLink;
import org.lumen.viewer.testdata.SyntheticStudies;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A series closed mid-stream (ADR 0016), against a real Orthanc behind the testkit's {@link ThrottledLink}: part of
 * it is in the encrypted cache with its whole plan; reopened with Orthanc stopped it opens with its missing slices
 * marked MISSING and the strip's badge "⚠ 6 of 40 images", never as a complete series; reopened online only the
 * missing frames are requested.
 */
@UiTest
@WithOrthanc
class PartialSeriesUiTest extends WorkstationUiBase {
    private static final int SLICES = 40;
    private static final int ARRIVED = 6;
    private static final String SERVER = SlowServer.NAME;
    @TempDir
    static Path data;
    @TempDir
    static Path config;
    private static SlowServer server;
    private static ThrottledLink link;
    private static SyntheticStudies.Study study;

    @BeforeAll
    static void storeStudy(Orthanc orthanc) throws Exception {
        server = SlowServer.start(orthanc, config);
        link = server.link();
        study = SyntheticStudies.store(server.client(), SyntheticStudies.write(data, "Partial^Series", "PS-9", "20260401", "CT abdomen",
                List.of(new SyntheticStudies.Series("CT", "Axial", SLICES))));
    }

    @AfterAll
    static void closeLink() throws Exception {
        server.close();
    }

    @Test
    void aSeriesClosedMidStreamShowsItsMissingSlicesOfflineAndFetchesOnlyThemOnline(Orthanc orthanc) throws Exception {
        String series = study.seriesUids().get(0);
        link.gate("/frames", ARRIVED);
        WaitForAsyncUtils.asyncFx(() -> window.openLink(new StudyLink(SERVER, study.studyUid(), series)));
        waitFor(() -> streaming().filter(s -> !s.provisional()).isPresent() && link.held() > 0);
        waitFor(() -> streaming().orElseThrow().losslessCount() > 0);
        Set<String> arrivedSops = new java.util.HashSet<>();
        int[] count = {0};
        ServerSettings server = onFx(() -> window.servers().registry().byName(SERVER)).orElseThrow();
        waitFor(() -> window.servers().retrieval(server, study.studyUid()).isPartial(series)); // the plan kept beside the frames
        WaitForAsyncUtils.asyncFx(() -> window.closeStudy());
        waitFor(() -> onFx(() -> workspace().active().series().isEmpty()));
        waitFor(() -> Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().startsWith("stream-")));
        link.openGate();

        // Offline: the cached slices shown, the others MISSING; the strip says "⚠ n of 40 images".
        orthanc.kill();
        try {
            WaitForAsyncUtils.asyncFx(() -> window.openLink(new StudyLink(SERVER, study.studyUid(), series)));
            waitFor(() -> streaming().isPresent() && active().series().orElseThrow().images().size() == SLICES);
            StreamedSlices offline = streaming().orElseThrow();
            // What arrived before the close (at most what the gate let through; a failed request is tried again, held).
            int arrivedCount = offline.losslessCount();
            assertThat(arrivedCount).as("frame requests %s", frameRequests()).isBetween(1, ARRIVED);
            Set<Integer> arrived = IntStream.range(0, SLICES).filter(i -> offline.received(i).isPresent()).boxed().collect(Collectors.toSet());
            arrivedSops.addAll(arrived.stream().map(this::sopOf).toList());
            count[0] = arrivedCount;
            assertThat(offline.complete()).isFalse();
            assertThat(arrived).as("opens at a cached slice").contains(onFx(() -> active().index()));
            waitFor(() -> active().raster().isPresent());
            int missing = IntStream.range(0, SLICES).filter(i -> !arrived.contains(i)).findFirst().orElseThrow();
            int present = arrived.iterator().next();
            WaitForAsyncUtils.asyncFx(() -> workspace().active().scrollTo(missing));
            waitFor(() -> active().streamMarkerText().startsWith("MISSING"));
            assertThat(onFx(() -> active().streamMarkerText())).isEqualTo("MISSING (could not be retrieved)\nImage " + (missing + 1) + " / " + SLICES);
            assertThat(onFx(() -> active().raster())).isEmpty();
            WaitForAsyncUtils.asyncFx(() -> workspace().active().scrollTo(present));
            waitFor(() -> active().raster().isPresent());
            assertThat(onFx(() -> active().streamMarkerText())).isEmpty();
            waitFor(() -> tileCount().equals("\u26A0 " + arrivedCount + " of " + SLICES + " images"));
            // Its bar shows the share that arrived, not a full bar.
            assertThat(onFx(() -> ((javafx.scene.control.ProgressBar) scene().getRoot().lookup(".series-progress")).getProgress()))
                    .isCloseTo((double) arrivedCount / SLICES, org.assertj.core.data.Offset.offset(1e-9));
            // The viewport's QC badge flags it too: the instances missing, counted as the tile counts them.
            javafx.scene.control.Label badge = (javafx.scene.control.Label) onFx(() -> active().qcBadge().node());
            waitFor(() -> onFx(badge::isVisible));
            assertThat(onFx(badge::getText)).startsWith("\u26A0 QC").endsWith(arrivedCount + " of " + SLICES);
            assertThat(onFx(() -> badge.getStyleClass())).contains("qc-badge-error");
            assertThat(onFx(() -> active().qcBadge().completeness().orElseThrow().findings()))
                    .anyMatch(f -> f.title().equals("Instances missing"));
            saveScreenshot("partial-series-offline");
            assertThat(status()).doesNotContain("complete");
        } finally {
            orthanc.restart();
        }

        // Online again: only the missing frames are asked for.
        WaitForAsyncUtils.asyncFx(() -> window.closeStudy());
        waitFor(() -> onFx(() -> workspace().active().series().isEmpty()));
        int before = frameRequests().size();
        WaitForAsyncUtils.asyncFx(() -> window.openLink(new StudyLink(SERVER, study.studyUid(), series)));
        waitFor(() -> streaming().isPresent() && streaming().orElseThrow().complete());
        List<String> fetched = frameRequests().subList(before, frameRequests().size());
        assertThat(fetched.stream().distinct()).hasSize(SLICES - count[0]); // a retried request counted once
        assertThat(fetched).noneMatch(r -> arrivedSops.stream().anyMatch(r::contains));
        for (int i = 0; i < SLICES; i++) {
            assertThat(streaming().orElseThrow().received(i)).as("slice %d", i).isPresent();
        }
        WaitForAsyncUtils.asyncFx(() -> window.closeStudy());
        waitFor(() -> onFx(() -> workspace().active().series().isEmpty()));
    }

    private Optional<StreamedSlices> streaming() {
        return onFx(() -> workspace().active().series().flatMap(OpenedSeries::streaming));
    }

    private String sopOf(int slice) {
        return onFx(() -> workspace().active().series().orElseThrow().images().get(slice).dataSet().getString(Tag.SOPInstanceUID, ""));
    }

    private String tileCount() {
        return onFx(() -> scene().getRoot().lookupAll(".series-count").stream().map(n -> ((Label) n).getText()).findFirst().orElse(""));
    }

    private static List<String> frameRequests() {
        return server.frameRequests();
    }
}
