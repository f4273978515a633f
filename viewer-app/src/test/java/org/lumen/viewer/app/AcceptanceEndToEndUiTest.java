package org.lumen.viewer.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumen.dicomweb.DicomWebClient;
import org.lumen.dicomweb.QueryEncoding;
import org.lumen.dicomweb.ServerConfig;
import org.lumen.testkit.UiTest;
import org.lumen.testkit.orthanc.Orthanc;
import org.lumen.testkit.orthanc.WithOrthanc;
import org.lumen.viewer.browser.StudyRow;
import org.lumen.viewer.measure.Calibration;
import org.lumen.viewer.measure.ImagePoint;
import org.lumen.viewer.measure.Measurement;
import org.lumen.viewer.measure.MeasurementResult;
import org.lumen.viewer.qc.TagNode;
import org.lumen.viewer.testdata.WorkstationConfig;

/**
 * The acceptance path of the workstation, end to end against a real Orthanc holding a synthetic CT
 * phantom of known geometry ({@link MeasurePhantom}: 20 axial slices 2 mm apart, 0.7 mm pixels, two
 * markers 42 mm apart): add the server, search, open the study, scroll to slice 7, change the window,
 * measure the markers' distance (within half a pixel), check the orientation markers, open the tag
 * browser, see the network activity, and open a local folder.
 */
@UiTest
@WithOrthanc
class AcceptanceEndToEndUiTest extends WorkstationUiBase {
    private static final String SERIES = "1.2.826.0.1.3680043.9.7777.70";
    private static final int SLICES = 20;

    @TempDir
    static Path data;

    @BeforeAll
    static void storePhantom(Orthanc orthanc) throws Exception {
        orthanc.deleteAll();
        Path phantom = data.resolve("phantom");
        MeasurePhantom.writeSeries(phantom, SERIES, "Phantom axial 2 mm", SLICES);
        DicomWebClient client = DicomWebClient.builder().server(ServerConfig.of("orthanc", orthanc.dicomWebRoot())
                .withQueryEncoding(QueryEncoding.LITERAL)).build();
        try (Stream<Path> files = Files.list(phantom)) {
            assertThat(client.store(files.sorted().toList()).allStored()).isTrue();
        }
        WorkstationConfig.use(data.resolve("config"));
    }

    @AfterAll
    static void clearProperties() {
        WorkstationConfig.clear();
    }

    @Test
    void searchOpenScrollWindowMeasureOrientationTagsAndLocalFolder(Orthanc orthanc) throws Exception {
        // The server, then a search by patient name in the study browser.
        onFx(() -> {
            window.servers().showSettings();
            return null;
        });
        waitFor(() -> robot.lookup("#server-name").tryQuery().isPresent());
        onFx(() -> {
            find("#server-name", TextField.class).setText("Phantom PACS");
            find("#server-url", TextField.class).setText(orthanc.dicomWebRoot().toString());
            find("#auth-kind", ChoiceBox.class).getSelectionModel().select(0);
            return null;
        });
        robot.clickOn("#save-server");
        waitFor(() -> onFx(() -> find("#test-result", Label.class).getText()).startsWith("Saved Phantom PACS"));
        onFx(() -> {
            ((Stage) robot.lookup("#server-list").query().getScene().getWindow()).close();
            window.servers().showBrowser();
            find("#search-patient-name", TextField.class).setText("Measure");
            return null;
        });
        robot.clickOn("#search");
        @SuppressWarnings("unchecked")
        TableView<StudyRow> results = find("#study-results", TableView.class);
        waitFor(() -> onFx(() -> results.getItems().size()) == 1);
        assertThat(onFx(() -> results.getItems().get(0).patientId())).isEqualTo("MP-1");
        onFx(() -> {
            results.getSelectionModel().select(0);
            return null;
        });
        robot.clickOn("#open-study");

        // The study opens from the server: the middle slice, the header's window, the archive's count.
        waitFor(() -> texts(active()).contains("Im 11 / " + SLICES));
        waitFor(() -> onFx(() -> lookupNetwork().startsWith("Net ")));
        onFx(() -> {
            stage.toFront();
            stage.requestFocus();
            return null;
        });
        StackViewport v = active();
        // Completeness: the archive's count (QIDO) against the instances received; no finding, so no badge.
        waitFor(() -> onFx(() -> v.qcBadge().completeness().isPresent()));
        assertThat(onFx(() -> v.qcBadge().completeness().orElseThrow().countText())).isEqualTo(SLICES + " of " + SLICES + " instances");
        assertThat(onFx(() -> v.qcBadge().node().isVisible())).isFalse();
        clickCentre(v.node());

        // Scroll to slice 7 (z = 12 mm): Home, then six times Down.
        robot.type(KeyCode.HOME);
        for (int i = 0; i < 6; i++) {
            robot.type(KeyCode.DOWN);
        }
        waitFor(() -> texts(v).contains("Im 7 / " + SLICES) && texts(v).contains("Pos 12.00 mm"));

        // Window/level: the header's soft-tissue window, then a drag with the window tool widens it.
        waitFor(() -> texts(v).contains("W 400  L 40"));
        robot.drag(v.node(), MouseButton.PRIMARY).moveBy(120, 0).drop();
        waitFor(() -> texts(v).stream().anyMatch(t -> t.startsWith("W ") && !t.equals("W 400  L 40")));
        assertThat(v.currentWindow()).get().satisfies(w -> assertThat(w.width()).isGreaterThan(400));

        // Orientation markers of an axial slice: patient right on the screen's left, anterior on top.
        assertThat(List.of(marker(v, Pos.CENTER_LEFT), marker(v, Pos.CENTER_RIGHT), marker(v, Pos.TOP_CENTER),
                marker(v, Pos.BOTTOM_CENTER))).containsExactly("R", "L", "A", "P");

        // A known distance: the two markers, 60 columns of 0.7 mm apart = 42 mm, within half a pixel.
        robot.type(KeyCode.L);
        Point2D a = screenPoint(v, ImagePoint.pixelCenter(MeasurePhantom.MARKER_A_COLUMN, MeasurePhantom.MARKER_ROW));
        Point2D b = screenPoint(v, ImagePoint.pixelCenter(MeasurePhantom.MARKER_B_COLUMN, MeasurePhantom.MARKER_ROW));
        robot.moveTo(a).press(MouseButton.PRIMARY).moveTo(a.midpoint(b)).moveTo(b).release(MouseButton.PRIMARY);
        waitFor(() -> onFx(() -> v.measurements().size()) == 1);
        Measurement.Length length = (Measurement.Length) onFx(() -> v.measurements().get(0));
        double mm = MeasurementResult.length(length.start(), length.end(),
                new Calibration(MeasurePhantom.SPACING, MeasurePhantom.SPACING, Calibration.Kind.CALIBRATED));
        assertThat(mm).isCloseTo(MeasurePhantom.MARKER_DISTANCE_MM, within(MeasurePhantom.SPACING / 2));
        UiScreenshots.save(scene(), "acceptance-phantom-from-orthanc");

        // The tag browser on the shown image.
        robot.push(KeyCode.CONTROL, KeyCode.T);
        waitFor(() -> onFx(() -> tagBrowser() != null));
        Stage tags = onFx(AcceptanceEndToEndUiTest::tagBrowser);
        @SuppressWarnings("unchecked")
        TreeTableView<TagNode> tree = (TreeTableView<TagNode>) onFx(() -> tags.getScene().lookup("#tag-tree"));
        List<TagNode> rows = onFx(() -> tree.getRoot().getChildren().stream().map(TreeItem::getValue).toList());
        assertThat(rows).filteredOn(r -> r.keyword().equals("ImagePositionPatient")).singleElement()
                .extracting(TagNode::value).isEqualTo("0\\0\\12");
        assertThat(rows).filteredOn(r -> r.keyword().equals("PatientName")).singleElement()
                .extracting(TagNode::value).isEqualTo("Measure^Phantom");
        onFx(() -> {
            tags.close();
            return null;
        });

        // A local folder (what File ▸ Open Folder… opens once chosen).
        Path local = dir.resolve("local");
        PhantomSeries.write(local, PhantomSeries.AXIAL, "MONOCHROME2");
        open(local);
        waitFor(() -> texts(active()).contains("Im 11 / " + PhantomSeries.SLICES) && texts(active()).contains("Test^Phantom".replace('^', ' ')));
    }

    private String lookupNetwork() {
        return ((Label) scene().lookup("#status-network")).getText();
    }

    private static Stage tagBrowser() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && s.isShowing() && s.getTitle() != null
                && s.getTitle().startsWith("DICOM tags")).map(w -> (Stage) w).findFirst().orElse(null);
    }

    private <T extends Node> T find(String query, Class<T> type) {
        return type.cast(robot.lookup(query).query());
    }
}
