package org.lumen.viewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.text.Text;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumen.dicom.Tag;
import org.lumen.dicomweb.Auth;
import org.lumen.dicomweb.DicomWebClient;
import org.lumen.dicomweb.QueryEncoding;
import org.lumen.dicomweb.ServerConfig;
import org.lumen.testkit.UiTest;
import org.lumen.testkit.orthanc.Orthanc;
import org.lumen.testkit.orthanc.WithOrthanc;
import org.lumen.viewer.priors.TimelineEntry;
import org.lumen.viewer.testdata.WorkstationConfig;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Prior comparison and hanging protocols end to end, with a real Orthanc holding two CT studies of one
 * patient (2026 at 1.0 mm, 2023 at 2.5 mm, one frame of reference): the current opens with the CT
 * protocol's layout; the timeline lists both studies; the prior opens beside the current, labelled
 * with its date; scrolling the current brings the prior to the slice at the same position.
 */
@UiTest
@WithOrthanc
class PriorComparisonUiTest extends WorkstationUiBase {
    @TempDir
    static Path data;
    @TempDir
    static Path config;

    private static SpherePhantom.Study current;
    private static SpherePhantom.Study prior;

    @BeforeAll
    static void storeStudies(Orthanc orthanc) throws Exception {
        orthanc.deleteAll();
        String frame = org.lumen.dicom.UID.generate();
        current = SpherePhantom.write(data, "PRI-7", "20260110", frame, 1.0, "Axial 1.0 mm");
        prior = SpherePhantom.write(data, "PRI-7", "20230215", frame, 2.5, "Axial 2.5 mm");
        DicomWebClient client = DicomWebClient.builder().server(ServerConfig.of("orthanc", orthanc.dicomWebRoot())
                .withAuth(Auth.none()).withQueryEncoding(QueryEncoding.LITERAL)).build();
        for (SpherePhantom.Study s : List.of(current, prior)) {
            if (!client.store(s.files()).allStored()) {
                throw new IllegalStateException("STOW-RS did not store " + s.studyUid());
            }
        }
        URI root = orthanc.dicomWebRoot();
        WorkstationConfig.useServer(config, "Test Orthanc", root);
    }

    @AfterAll
    static void clearProperties() {
        WorkstationConfig.clear();
    }

    @Test
    void aCtStudyOpensWithTheCtProtocolsLayout() throws Exception {
        String study = org.lumen.dicom.UID.generate();
        Path folder = java.nio.file.Files.createDirectories(dir.resolve(study));
        String frame = org.lumen.dicom.UID.generate();
        List<String> uids = new java.util.ArrayList<>();
        // Series numbers 1..4: soft-tissue axial, lung axial, sagittal, coronal.
        uids.add(SpherePhantom.writeSeries(folder, study, "CT-4", "20260301", frame, 1, "Soft 5 mm", SpherePhantom.AXIAL, 5).seriesUid());
        uids.add(SpherePhantom.writeSeries(folder, study, "CT-4", "20260301", frame, 2, "Lung 5 mm", SpherePhantom.AXIAL, 5).seriesUid());
        uids.add(SpherePhantom.writeSeries(folder, study, "CT-4", "20260301", frame, 3, "Sag MPR", SpherePhantom.SAGITTAL, 5).seriesUid());
        uids.add(SpherePhantom.writeSeries(folder, study, "CT-4", "20260301", frame, 4, "Cor MPR", SpherePhantom.CORONAL, 5).seriesUid());
        open(folder);
        waitFor(() -> onFx(() -> workspace().layout().toString()).equals("2x2"));
        assertThat(status()).contains("Protocol: CT (2x2)");
        // The CT protocol: axial, coronal, sagittal, then the next axial.
        assertThat(onFx(() -> workspace().visibleViewports().stream().map(v -> v.series().map(SeriesCatalog::uid).orElse("")).toList()))
                .containsExactly(uids.get(0), uids.get(3), uids.get(2), uids.get(1));
        WaitForAsyncUtils.asyncFx(() -> window.protocols().apply(window.protocols().protocols().stream()
                .filter(p -> p.name().equals("CR/DX")).findFirst().orElseThrow()));
        waitFor(() -> status().contains("Protocol CR/DX finds no series"));
        assertThat(onFx(() -> workspace().layout().toString())).isEqualTo("2x2");
        WaitForAsyncUtils.asyncFx(() -> window.protocols().plain());
        waitFor(() -> onFx(() -> workspace().layout().toString()).equals("1x1"));
    }

    @Test
    void thePriorOpensBesideTheCurrentAndFollowsItByPatientPosition() throws Exception {
        open(current.folder());
        waitFor(() -> active().series().isPresent());
        WaitForAsyncUtils.asyncFx(() -> window.priors().showTimeline());
        waitFor(() -> onFx(() -> window.priors().timelineWindow().entries().size()) == 2);
        List<TimelineEntry> entries = onFx(() -> window.priors().timelineWindow().entries());
        assertThat(entries).extracting(TimelineEntry::studyDate).containsExactly("20260110", "20230215");
        assertThat(entries.get(1).servers()).containsExactly("Test Orthanc");
        robot.clickOn("#compare-prior");
        waitFor(() -> onFx(() -> window.priors().comparison().isPresent()));
        StackViewport left = onFx(() -> window.priors().comparison().orElseThrow().current());
        StackViewport right = onFx(() -> window.priors().comparison().orElseThrow().prior());
        assertThat(onFx(() -> workspace().layout().toString())).isEqualTo("1x2");
        assertThat(labels(left)).containsExactly("CURRENT  2026-01-10");
        assertThat(labels(right)).containsExactly("PRIOR  2023-02-15");
        for (int step : new int[] {17, -40, 3, 31}) {
            WaitForAsyncUtils.asyncFx(() -> left.scrollTo(left.index() + step));
            WaitForAsyncUtils.waitForFxEvents();
            double zCurrent = onFx(() -> z(left));
            double zPrior = onFx(() -> z(right));
            assertThat(Math.abs(zPrior - zCurrent)).as("current z %.1f, prior z %.1f", zCurrent, zPrior).isLessThanOrEqualTo(1.25);
        }
        // Window/level and zoom follow only once linked.
        SliceRasterizer.Window lung = new SliceRasterizer.Window(-600, 1500, false);
        WaitForAsyncUtils.asyncFx(() -> left.setWindow(lung));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(right::currentWindow)).isEmpty();
        WaitForAsyncUtils.asyncFx(() -> window.priors().comparison().orElseThrow().linkWindow(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(right::currentWindow)).contains(lung);
        WaitForAsyncUtils.asyncFx(() -> window.priors().comparison().orElseThrow().linkZoom(true));
        WaitForAsyncUtils.asyncFx(() -> left.setState(left.state().withScale(3.0)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> right.state().scale())).isEqualTo(3.0); // same pixel size: same scale
        WaitForAsyncUtils.asyncFx(() -> {
            left.setWindow(null);
            left.setState(left.state().fitted());
            right.setWindow(null);
        });
        WaitForAsyncUtils.asyncFx(() -> left.scrollTo(46)); // z 46 mm: the sphere's disc, 48 mm in radius
        waitFor(() -> onFx(() -> z(right)) == 45.0);
        WaitForAsyncUtils.waitForFxEvents();
        screenshot("prior-comparison");
        // Closing the study ends the comparison: no date labels stay on the emptied viewports.
        WaitForAsyncUtils.asyncFx(() -> workspace().closeStudy(() -> { }));
        waitFor(() -> onFx(() -> window.priors().comparison().isEmpty()));
        assertThat(labels(left)).isEmpty();
        assertThat(labels(right)).isEmpty();
    }

    /** Writes the scene to target/ui-screenshots/NAME.png (copied to docs/screenshots for the documentation). */
    private void screenshot(String name) throws java.io.IOException {
        javafx.scene.image.Image shot = onFx(() -> scene().snapshot(null));
        java.awt.image.BufferedImage out = new java.awt.image.BufferedImage((int) shot.getWidth(), (int) shot.getHeight(),
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                out.setRGB(x, y, shot.getPixelReader().getArgb(x, y));
            }
        }
        Path folder = java.nio.file.Files.createDirectories(Path.of("target", "ui-screenshots"));
        javax.imageio.ImageIO.write(out, "png", folder.resolve(name + ".png").toFile());
    }

    private List<String> labels(StackViewport v) {
        return onFx(() -> v.node().lookupAll(".comparison-label").stream().map(n -> ((Text) n).getText()).toList());
    }

    private static double z(StackViewport v) {
        return v.series().orElseThrow().images().get(v.index()).dataSet().getDoubles(Tag.ImagePositionPatient)[2];
    }
}
