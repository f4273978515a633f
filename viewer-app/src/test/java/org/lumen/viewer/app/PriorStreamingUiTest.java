package org.lumen.viewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumen.dicom.Tag;
import org.lumen.dicomweb.DicomWebClient;
import org.lumen.testkit.UiTest;
import org.lumen.testkit.net.ThrottledLink;
import org.lumen.testkit.orthanc.Orthanc;
import org.lumen.testkit.orthanc.WithOrthanc;
import org.lumen.viewer.priors.PriorPrefetch;
import org.lumen.viewer.priors.TimelineEntry;
import org.lumen.viewer.servers.StudyLink;
import org.lumen.viewer.strip.SeriesSummary;
import org.lumen.viewer.testdata.SyntheticStudies;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Priors streamed and prefetched (ADR 0016) against a real Orthanc behind the testkit's {@link ThrottledLink}: the
 * newest prior of the same modality is prefetched only once the current study's streams are idle (no request of the
 * prior before the last frame of the current study), into the encrypted cache, and opens for comparison with no frame
 * request; an older prior streams into its viewport beside the current (NOT YET RECEIVED marked, scrolling linked by
 * position); the corner text of the slice shown before its plan has no "Im 1 / 1".
 */
@UiTest
@WithOrthanc
class PriorStreamingUiTest extends WorkstationUiBase {
    private static final int SLICES = 40;
    private static final String SERVER = SlowServer.NAME;
    @TempDir
    static Path data;
    @TempDir
    static Path config;
    private static SlowServer server;
    private static ThrottledLink link;
    private static SyntheticStudies.Study current;
    private static SyntheticStudies.Study prior;
    private static SyntheticStudies.Study middle;
    private static SyntheticStudies.Study head;
    private static SyntheticStudies.Study older;

    @BeforeAll
    static void storeStudies(Orthanc orthanc) throws Exception {
        server = SlowServer.start(orthanc, config);
        link = server.link();
        DicomWebClient client = server.client();
        current = SyntheticStudies.store(client, SyntheticStudies.write(data, "Prior^Stream", "PS-1", "20260301", "CT chest",
                List.of(new SyntheticStudies.Series("CT", "Axial", SLICES), new SyntheticStudies.Series("CT", "Axial lung", 12),
                        new SyntheticStudies.Series("OT", "Dose report", 2)))); // prefetch2: the third downloaded whole by the strip
        prior = SyntheticStudies.store(client, SyntheticStudies.write(data, "Prior^Stream", "PS-1", "20250301", "CT chest",
                List.of(new SyntheticStudies.Series("CT", "Scout", 2), new SyntheticStudies.Series("CT", "Axial", SLICES))));
        // Newer than the relevant priors, of the same modality, but of the head: not relevant, not prefetched.
        head = SyntheticStudies.store(client, SyntheticStudies.write(data, "Prior^Stream", "PS-1", "20251101", "CT head",
                List.of(new SyntheticStudies.Series("CT", "Axial", 12))));
        // The second prior prefetched (two by default, ADR 0016): older ones are not.
        middle = SyntheticStudies.store(client, SyntheticStudies.write(data, "Prior^Stream", "PS-1", "20241001", "CT chest",
                List.of(new SyntheticStudies.Series("CT", "Axial", 12))));
        older = SyntheticStudies.store(client, SyntheticStudies.write(data, "Prior^Stream", "PS-1", "20240301", "CT chest",
                List.of(new SyntheticStudies.Series("CT", "Axial", SLICES))));
    }

    @AfterAll
    static void closeLink() throws Exception {
        server.close();
    }

    @Test
    void theNewestPriorIsPrefetchedBehindTheCurrentStudyAndOlderOnesStreamBesideIt() throws Exception {
        String axial = current.seriesUids().get(0);
        // The series metadata held back: the slice fetched before it shows alone, with no wrong "Im 1 / 1".
        link.gate("/series/" + axial + "/metadata", 0);
        WaitForAsyncUtils.asyncFx(() -> window.openLink(new StudyLink(SERVER, current.studyUid(), axial)));
        waitFor(() -> streaming().filter(StreamedSlices::provisional).isPresent() && active().raster().isPresent());
        assertThat(texts(active())).noneMatch(t -> t.startsWith("Im "));
        assertThat(texts(active())).contains("PS-1", "Pos 40.00 mm");

        // The rest of the current series held at the link: nothing of the prior is asked for meanwhile.
        link.gate("/frames", 0);
        waitFor(() -> streaming().filter(s -> !s.provisional()).isPresent());
        waitFor(() -> texts(active()).contains("Im " + (SLICES / 2 + 1) + " / " + SLICES)); // once the whole series is drawn
        waitFor(() -> link.held() > 0);
        Thread.sleep(500);
        assertThat(link.forwarded()).noneMatch(r -> r.contains(prior.studyUid()) || r.contains("PS-1"));
        assertThat(onFx(() -> window.priors().prefetch().prefetched())).isEmpty();

        // Let the link go: the current study's series (the one on the screen, then the next) come first; the strip's
        // whole download of the third held at the link: nothing of the prior meanwhile either (prefetch2); then the prior.
        String dose = current.seriesUids().get(2); // no prior series matches it
        link.gate("/series/" + dose + " ", 0);
        waitFor(() -> link.held() > 0);
        Thread.sleep(500);
        assertThat(link.forwarded()).noneMatch(r -> r.contains(prior.studyUid()) || r.contains("PS-1"));
        assertThat(onFx(() -> window.priors().prefetch().prefetched())).isEmpty();
        link.openGate();
        String priorAxial = prior.seriesUids().get(1);
        waitFor(() -> frames(priorAxial).stream().distinct().count() == SLICES);
        List<String> forwarded = link.forwarded();
        int lastCurrent = lastIndex(forwarded, current.studyUid(), "/frames");
        int firstPrior = forwarded.indexOf(forwarded.stream().filter(r -> r.contains(prior.studyUid())).findFirst().orElseThrow());
        assertThat(firstPrior).as("the prior's first request after the current study's last frame").isGreaterThan(lastCurrent);
        assertThat(firstPrior).as("and after the strip's download of the current study's third series")
                .isGreaterThan(forwarded.indexOf(forwarded.stream().filter(r -> r.contains("/series/" + dose + " ")).findFirst().orElseThrow()));
        assertThat(frames(current.seriesUids().get(1)).stream().distinct()).hasSize(12);
        waitFor(() -> onFx(() -> window.priors().prefetch().prefetched()).size() == 2);
        PriorPrefetch.Prefetched prefetched = onFx(() -> window.priors().prefetch().prefetched()).get(0);
        assertThat(prefetched.prior().studyUid()).isEqualTo(prior.studyUid());
        assertThat(prefetched.series()).extracting(SeriesSummary::seriesUid).as("the prior's series like the current study's")
                .containsExactly(priorAxial);
        assertThat(onFx(() -> window.priors().prefetch().prefetched()).get(1).prior().studyUid()).isEqualTo(middle.studyUid());
        waitFor(() -> frames(middle.seriesUids().get(0)).stream().distinct().count() == 12);
        assertThat(frames(prior.seriesUids().get(0))).as("the prior's scout is not prefetched").isEmpty();
        assertThat(link.forwarded()).noneMatch(r -> r.contains(older.studyUid()) && r.contains("/frames"));
        waitFor(() -> prefetched.retrieval().isDownloaded(priorAxial));

        // Compared: from the cache, no frame requested again, linked by position.
        int before = frameRequests().size();
        WaitForAsyncUtils.asyncFx(() -> window.priors().showTimeline());
        waitFor(() -> onFx(() -> window.priors().timelineWindow().entries().size()) == 5);
        assertThat(onFx(() -> window.priors().timelineWindow().selected()).map(TimelineEntry::studyUid))
                .as("the timeline chooses the most relevant prior prefetched, not the newer head CT").contains(prior.studyUid());
        assertThat(link.forwarded()).noneMatch(r -> r.contains(head.studyUid()) && r.contains("/frames"));
        saveScreenshot("prior-timeline-prefetched", onFx(() -> window.priors().timelineWindow().stage().getScene()));
        TimelineEntry newest = entry(prior.studyUid());
        WaitForAsyncUtils.asyncFx(() -> window.priors().compare(newest));
        waitFor(() -> onFx(() -> window.priors().comparison().isPresent()));
        StackViewport left = onFx(() -> window.priors().comparison().orElseThrow().current());
        StackViewport right = onFx(() -> window.priors().comparison().orElseThrow().prior());
        assertThat(onFx(() -> right.series().orElseThrow().streaming())).as("from the cache").isEmpty();
        assertThat(onFx(() -> right.series().orElseThrow().images())).hasSize(SLICES);
        assertThat(frameRequests()).hasSize(before);

        // An older prior (not prefetched) streams into its viewport: missing slices marked, scrolling linked by position.
        // 6 frame requests pass: the middle slice (the client may retry it on a busy server) and its next neighbours.
        link.gate("/frames", 6);
        TimelineEntry oldest = entry(older.studyUid());
        int sent = link.forwarded().size();
        WaitForAsyncUtils.asyncFx(() -> window.priors().compare(oldest));
        try {
            waitFor(() -> onFx(() -> window.priors().comparison().orElseThrow().prior().series()
                    .flatMap(OpenedSeries::streaming).isPresent()));
        } catch (AssertionError e) {
            List<String> all = link.forwarded();
            throw new AssertionError("held " + link.held() + ", forwarded since compare " + all.subList(sent, all.size()), e);
        }
        StackViewport streamingRight = onFx(() -> window.priors().comparison().orElseThrow().prior());
        waitFor(() -> link.held() > 0);
        WaitForAsyncUtils.asyncFx(() -> left.scrollTo(8));
        waitFor(() -> streamingRight.index() == 8 && streamingRight.streamMarkerText().startsWith("NOT YET RECEIVED"));
        assertThat(onFx(() -> z(streamingRight))).isEqualTo(onFx(() -> z(left)));
        assertThat(onFx(streamingRight::streamMarkerText)).isEqualTo("NOT YET RECEIVED\nImage 9 / " + SLICES);
        assertThat(onFx(() -> streamingRight.series().orElseThrow().streaming().orElseThrow().losslessCount())).isLessThan(SLICES);
        waitFor(() -> texts(left).contains("Im 9 / " + SLICES) && texts(streamingRight).contains("Im 9 / " + SLICES));
        assertThat(onFx(() -> labelsOverText(streamingRight))).as("the PRIOR label and its alignment line clear of the corner text").isEmpty();
        saveScreenshot("prior-streaming");
        link.openGate();
        waitFor(() -> streamingRight.raster().isPresent() && streamingRight.streamMarkerText().isEmpty());
        waitFor(() -> streamingRight.series().orElseThrow().streaming().orElseThrow().complete());
        // Every slice asked for (the client retries a request that timed out on a busy server: counted once).
        assertThat(frames(older.seriesUids().get(0)).stream().distinct()).hasSize(SLICES);

        // Closing the study ends the comparison and every stream of the three studies.
        WaitForAsyncUtils.asyncFx(() -> window.closeStudy());
        waitFor(() -> onFx(() -> window.priors().comparison().isEmpty()));
        waitFor(() -> Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().startsWith("stream-")));
    }

    private TimelineEntry entry(String studyUid) {
        return onFx(() -> window.priors().timelineWindow().entries()).stream().filter(e -> e.studyUid().equals(studyUid)).findFirst().orElseThrow();
    }

    private Optional<StreamedSlices> streaming() {
        return onFx(() -> workspace().active().series().flatMap(OpenedSeries::streaming));
    }

    private static List<String> frameRequests() {
        return server.frameRequests();
    }

    private static List<String> frames(String seriesUid) {
        return frameRequests().stream().filter(r -> r.contains(seriesUid)).toList();
    }

    private static int lastIndex(List<String> requests, String part, String kind) {
        int last = -1;
        for (int i = 0; i < requests.size(); i++) {
            if (requests.get(i).contains(part) && requests.get(i).contains(kind)) {
                last = i;
            }
        }
        return last;
    }

    private static double z(StackViewport v) {
        return v.series().orElseThrow().images().get(v.index()).dataSet().getDoubles(Tag.ImagePositionPatient)[2];
    }

    /** The comparison labels (date, alignment) of {@code v} that overlap its corner text or orientation letters (FX thread). */
    private static List<String> labelsOverText(StackViewport v) {
        List<javafx.scene.text.Text> labels = new java.util.ArrayList<>();
        for (String style : List.of(".comparison-label", ".comparison-basis")) {
            v.node().lookupAll(style).forEach(n -> labels.add((javafx.scene.text.Text) n));
        }
        List<javafx.scene.Node> others = new java.util.ArrayList<>(v.node().lookupAll(".overlay-text"));
        others.addAll(v.node().lookupAll(".orientation-marker"));
        List<String> overlaps = new java.util.ArrayList<>();
        for (javafx.scene.text.Text label : labels) {
            if (label.getText().isEmpty()) {
                continue;
            }
            javafx.geometry.Bounds b = label.localToScene(label.getBoundsInLocal());
            for (javafx.scene.Node other : others) {
                if (other.isVisible() && other instanceof javafx.scene.text.Text t && !t.getText().isBlank()
                        && b.intersects(other.localToScene(other.getBoundsInLocal()))) {
                    overlaps.add(label.getText() + " over " + t.getText());
                }
            }
        }
        return overlaps;
    }
}
