package org.lumen.viewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.Test;
import org.lumen.testkit.UiTest;
import org.lumen.viewer.layout.GridLayout;
import org.lumen.viewer.qc.HeaderDiff;
import org.lumen.viewer.qc.QcFinding;
import org.lumen.viewer.qc.QcSeries;
import org.lumen.viewer.qc.TagNode;

/**
 * The QC tools in the main window: tag browser (keys, search, copy, another instance), header diff
 * (two series, hide equal), completeness badge and panel, Close Study. Screenshots of the three QC
 * windows go to target/ui-screenshots.
 */
@UiTest
class QcUiTest extends WorkstationUiBase {
    private static final String CHEST = "1.2.826.0.1.3680043.9.7777.60";
    private static final String GAPPY = "1.2.826.0.1.3680043.9.7777.61";

    @Test
    void tagBrowserShowsTheActiveImageSearchesAndCopies() throws Exception {
        MeasurePhantom.writeSeries(dir.resolve("chest"), CHEST, "Chest QC", 8);
        open(dir.resolve("chest"));
        waitFor(() -> active().series().isPresent() && !texts(active()).isEmpty());
        clickCentre(active().node());
        robot.push(KeyCode.END);
        waitFor(() -> active().index() == 7);
        robot.push(KeyCode.CONTROL, KeyCode.T);
        Stage tags = waitForWindow("DICOM tags");
        ComboBox<?> instance = lookup(tags, "#tag-instance", ComboBox.class);
        assertThat(onFx(() -> instance.getValue().toString())).isEqualTo("Image 8 (instance 8)");
        TreeTableView<TagNode> tree = treeOf(tags);
        assertThat(onFx(() -> tree.getRoot().getChildren().size())).isGreaterThan(20);

        onFx(() -> {
            lookup(tags, "#tag-search", TextField.class).setText("0020,0032");
            return null;
        });
        List<TagNode> shown = onFx(() -> tree.getRoot().getChildren().stream().map(TreeItem::getValue).toList());
        assertThat(shown).extracting(TagNode::keyword).containsExactly("ImagePositionPatient");
        assertThat(shown.get(0).value()).isEqualTo("0\\0\\14");
        assertThat(onFx(() -> lookup(tags, "#tag-count", Label.class).getText())).matches("1 of \\d+ elements match");
        onFx(() -> {
            tree.getSelectionModel().select(0);
            return null;
        });
        clickCentre(lookup(tags, "#tag-copy", javafx.scene.control.Button.class));
        assertThat(onFx(() -> Clipboard.getSystemClipboard().getString())).isEqualTo("(0020,0032)\tDS\tImagePositionPatient\t0\\0\\14\n");

        onFx(() -> {
            lookup(tags, "#tag-search", TextField.class).setText("chest qc");
            @SuppressWarnings("unchecked")
            ComboBox<QcSeries.Instance> box = (ComboBox<QcSeries.Instance>) instance;
            box.setValue(box.getItems().get(0));
            return null;
        });
        assertThat(onFx(() -> tree.getRoot().getChildren().get(0).getValue().keyword())).isEqualTo("SeriesDescription");
        onFx(() -> {
            lookup(tags, "#tag-search", TextField.class).setText("");
            return null;
        });
        UiScreenshots.save(tags.getScene(), "qc-tag-browser");
    }

    @Test
    void headerDiffOfTwoSeriesHighlightsDifferencesAndHidesEqualOnes() throws Exception {
        MeasurePhantom.writeSeries(dir.resolve("chest"), CHEST, "Chest QC", 6);
        MeasurePhantom.writeSeries(dir.resolve("gappy"), GAPPY, "Chest thin", 6, ds -> ds.setString(org.lumen.dicom.Tag.SliceThickness,
                org.lumen.dicom.VR.DS, "0.6"));
        onFx(() -> {
            workspace().setLayout(GridLayout.STANDARD.get(1));
            return null;
        });
        open(dir);
        waitFor(() -> workspace().visibleViewports().stream().allMatch(v -> v.series().isPresent()));
        clickCentre(workspace().visibleViewports().get(0).node());
        robot.push(KeyCode.CONTROL, KeyCode.D);
        Stage diff = waitForWindow("Header diff");
        @SuppressWarnings("unchecked")
        TableView<HeaderDiff.Row> table = lookup(diff, "#diff-table", TableView.class);
        List<HeaderDiff.Row> all = onFx(() -> List.copyOf(table.getItems()));
        assertThat(all).anyMatch(HeaderDiff.Row::same);
        assertThat(all).filteredOn(r -> r.keyword().equals("SeriesInstanceUID")).singleElement()
                .extracting(HeaderDiff.Row::kind).isEqualTo(HeaderDiff.Kind.DIFFERENT);
        onFx(() -> {
            lookup(diff, "#diff-hide-equal", CheckBox.class).setSelected(true);
            return null;
        });
        List<HeaderDiff.Row> differing = onFx(() -> List.copyOf(table.getItems()));
        assertThat(differing).isNotEmpty().noneMatch(HeaderDiff.Row::same);
        assertThat(differing).extracting(HeaderDiff.Row::keyword).contains("SeriesDescription", "SeriesInstanceUID", "SOPInstanceUID");
        assertThat(onFx(() -> lookup(diff, "#diff-summary", Label.class).getText())).startsWith(differing.size() + " elements differ");
        onFx(() -> {
            lookup(diff, "#diff-whole-series", CheckBox.class).setSelected(true);
            return null;
        });
        List<HeaderDiff.Row> seriesLevel = onFx(() -> List.copyOf(table.getItems()));
        assertThat(seriesLevel).extracting(HeaderDiff.Row::keyword).contains("SeriesDescription", "SliceThickness")
                .doesNotContain("SOPInstanceUID", "ImagePositionPatient", "InstanceNumber");
        UiScreenshots.save(diff.getScene(), "qc-header-diff");
    }

    @Test
    void aSeriesWithAMissingSliceGetsABadgeAndThePanelListsTheGap() throws Exception {
        MeasurePhantom.writeSeries(dir.resolve("gappy"), GAPPY, "Chest gap", 12);
        Files.delete(dir.resolve("gappy").resolve("im5.dcm"));
        open(dir.resolve("gappy"));
        waitFor(() -> active().series().isPresent());
        waitFor(() -> onFx(() -> active().qcBadge().node().isVisible()));
        Label badge = (Label) active().qcBadge().node();
        assertThat(onFx(badge::getText)).startsWith("\u26A0 QC");
        assertThat(onFx(() -> badge.getStyleClass())).contains("qc-badge-error");
        assertThat(marker(active(), javafx.geometry.Pos.TOP_CENTER)).isEqualTo("A");
        assertThat(onFx(() -> active().node().lookupAll(".orientation-marker").stream()
                .noneMatch(m -> m.localToScene(m.getBoundsInLocal()).intersects(badge.localToScene(badge.getBoundsInLocal())))))
                .as("the badge leaves the orientation markers visible").isTrue();
        UiScreenshots.save(scene(), "qc-viewport-badge");
        clickCentre(badge);
        Stage panel = waitForWindow("Series completeness");
        @SuppressWarnings("unchecked")
        ListView<QcFinding> findings = lookup(panel, "#qc-findings", ListView.class);
        assertThat(onFx(() -> findings.getItems().stream().map(QcFinding::title).toList()))
                .contains("Missing slices (gap in positions)", "Gaps in Instance Number");
        assertThat(onFx(() -> lookup(panel, "#qc-count", Label.class).getText())).startsWith("11 instances (archive count unknown)");
        UiScreenshots.save(panel.getScene(), "qc-completeness");
    }

    @Test
    void closeStudyEmptiesTheViewportsAndForgetsTheSeries() throws Exception {
        MeasurePhantom.writeSeries(dir.resolve("chest"), CHEST, "Chest QC", 6);
        open(dir.resolve("chest"));
        waitFor(() -> active().raster().isPresent());
        clickCentre(active().node());
        robot.push(KeyCode.CONTROL, KeyCode.T);
        Stage tags = waitForWindow("DICOM tags");
        onFx(() -> {
            tags.setX(1300); // beside the main window, so that the click below reaches the viewport
            stage.requestFocus(); // no window manager under Xvfb: keys go to the window given focus
            return null;
        });
        clickCentre(active().node());
        robot.push(KeyCode.CONTROL, KeyCode.W);
        waitFor(() -> status().equals("Study closed"));
        assertThat(onFx(() -> workspace().openedSeries())).isEmpty();
        assertThat(active().series()).isEmpty();
        assertThat(active().raster()).isEmpty();
        assertThat(texts(active())).allMatch(String::isEmpty);
        assertThat(onFx(() -> Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getTitle() != null
                && s.getTitle().startsWith("DICOM tags")).count())).isZero();
        assertThat(onFx(() -> workspace().help().content().lookupAll(".help-description").stream()
                .map(n -> ((Label) n).getText()).toList())).contains("DICOM tag browser of the shown image", "Close the study (frees its memory, cancels downloads)");
    }

    private Stage waitForWindow(String titleStart) throws Exception {
        waitFor(() -> onFx(() -> Window.getWindows().stream().anyMatch(w -> w instanceof Stage s && s.isShowing()
                && s.getTitle() != null && s.getTitle().startsWith(titleStart))));
        return onFx(() -> Window.getWindows().stream().filter(w -> w instanceof Stage s && s.isShowing()
                && s.getTitle() != null && s.getTitle().startsWith(titleStart)).map(w -> (Stage) w).findFirst().orElseThrow());
    }

    @SuppressWarnings("unchecked")
    private static TreeTableView<TagNode> treeOf(Stage stage) {
        return lookup(stage, "#tag-tree", TreeTableView.class);
    }

    private static <T> T lookup(Stage stage, String selector, Class<T> type) {
        return type.cast(onFx(() -> stage.getScene().lookup(selector)));
    }
}
