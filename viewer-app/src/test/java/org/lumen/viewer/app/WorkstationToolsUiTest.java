package org.lumen.viewer.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.geometry.VerticalDirection;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

import org.junit.jupiter.api.Test;
import org.lumen.testkit.UiTest;
import org.lumen.viewer.measure.ImagePoint;
import org.lumen.viewer.measure.Measurement;
import org.lumen.viewer.measure.MeasurementResult;
import org.lumen.viewer.help.HelpPanel;
import org.lumen.viewer.tools.KeyTable;
import org.lumen.viewer.tools.ViewerAction;

/**
 * The reading tools on a measurement phantom: layouts and series drops, orientation letters under
 * zoom, pan, flips and turns, measuring a known distance and a known HU, deleting, cine stepped by a
 * hand-driven clock, the help panel, multi-frame objects.
 */
@UiTest
class WorkstationToolsUiTest extends WorkstationUiBase {
    private static final String SERIES_A = "1.2.826.0.1.3680043.9.7777.91";
    private static final String SERIES_B = "1.2.826.0.1.3680043.9.7777.92";

    private void openPhantoms() throws Exception {
        MeasurePhantom.writeSeries(dir.resolve("a"), SERIES_A, "Phantom A", 12);
        MeasurePhantom.writeSeries(dir.resolve("b"), SERIES_B, "Phantom B", 9);
        open(dir);
        waitFor(() -> texts(active()).contains("Im 7 / 12"));
    }

    @Test
    void twoByTwoLayoutAndASeriesDroppedIntoAViewport() throws Exception {
        openPhantoms();
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT4);
        waitFor(() -> onFx(() -> workspace().visibleViewports().size()) == 4);
        assertThat(onFx(() -> workspace().layout().toString())).isEqualTo("2x2");
        // Opened in 1x1, so only series A is shown; the new viewports are empty until a series is dropped.
        StackViewport target = onFx(() -> workspace().visibleViewports().get(3));
        assertThat(onFx(() -> target.series().isPresent())).isFalse();
        dragSeriesOnto(SERIES_B, target);
        waitFor(() -> texts(target).contains("Im 5 / 9"));
        assertThat(texts(target)).anyMatch(t -> t.contains("Phantom B"));
        assertThat(onFx(() -> workspace().active())).isSameAs(target);
        assertThat(onFx(() -> target.node().getPseudoClassStates().toString())).contains("active");
        assertThat(onFx(() -> workspace().series(SERIES_A).isPresent())).isTrue();
        assertThat(onFx(() -> workspace().showInActiveViewport("1.2.3.no.such.series"))).isFalse();
    }

    @Test
    void zoomAndPanKeepTheOrientationLettersFlipsAndTurnsChangeThemOneToOneFitAndScrollTool() throws Exception {
        openPhantoms();
        StackViewport v = active();
        assertThat(markers(v)).containsExactly("R", "L", "A", "P");
        String zoomBefore = zoomText(v);
        robot.moveTo(v.node()).press(KeyCode.CONTROL).scroll(2, VerticalDirection.UP).release(KeyCode.CONTROL);
        waitFor(() -> !zoomText(v).equals(zoomBefore));
        robot.moveTo(v.node()).press(KeyCode.SHIFT).drag(MouseButton.PRIMARY).moveBy(60, 40).drop().release(KeyCode.SHIFT);
        waitFor(() -> onFx(() -> v.state().panX()) != 0);
        assertThat(markers(v)).containsExactly("R", "L", "A", "P");
        robot.type(KeyCode.H);
        waitFor(() -> markers(v).equals(List.of("L", "R", "A", "P")));
        robot.type(KeyCode.V);
        waitFor(() -> markers(v).equals(List.of("L", "R", "P", "A")));
        robot.type(KeyCode.R);
        waitFor(() -> markers(v).equals(List.of("R", "L", "A", "P")));
        robot.type(KeyCode.PERIOD);
        waitFor(() -> markers(v).equals(List.of("P", "A", "R", "L")));
        robot.type(KeyCode.COMMA, KeyCode.COMMA);
        waitFor(() -> markers(v).equals(List.of("A", "P", "L", "R")));
        // 1:1 on this screen (output scale 1): one image pixel per screen pixel; F fits again.
        String fitted = zoomText(v);
        robot.type(KeyCode.A);
        waitFor(() -> zoomText(v).equals("Zoom 100%"));
        robot.type(KeyCode.F);
        waitFor(() -> zoomText(v).equals(fitted));
        // The scroll tool: dragging down moves forward through the stack.
        robot.type(KeyCode.S);
        robot.drag(v.node(), MouseButton.PRIMARY).moveBy(0, 40).drop();
        waitFor(() -> texts(v).stream().anyMatch(t -> t.startsWith("Im ") && !t.equals("Im 7 / 12")));
        assertThat(onFx(v::index)).isGreaterThan(6);
    }

    @Test
    void lengthRoiAngleAndPointValueReadTheKnownValuesAndHandlesEditAndDeleteRemoves() throws Exception {
        openPhantoms();
        StackViewport v = active();
        // Measure on a turned, zoomed view: measurements live in image coordinates.
        robot.type(KeyCode.PERIOD);
        robot.type(KeyCode.EQUALS);
        waitFor(() -> markers(v).get(0).equals("P"));
        robot.type(KeyCode.L);
        Point2D a = screenPoint(v, ImagePoint.pixelCenter(MeasurePhantom.MARKER_A_COLUMN, MeasurePhantom.MARKER_ROW));
        Point2D b = screenPoint(v, ImagePoint.pixelCenter(MeasurePhantom.MARKER_B_COLUMN, MeasurePhantom.MARKER_ROW));
        assertThat(greyAt(a)).as("marker A on screen").isGreaterThan(250);
        assertThat(greyAt(b)).as("marker B on screen").isGreaterThan(250);
        robot.moveTo(a).press(MouseButton.PRIMARY).moveTo(a.midpoint(b)).moveTo(b).release(MouseButton.PRIMARY);
        waitFor(() -> onFx(() -> v.measurements().size()) == 1);
        Measurement.Length length = (Measurement.Length) onFx(() -> v.measurements().get(0));
        double mm = MeasurementResult.length(length.start(), length.end(), calibration());
        assertThat(mm).isCloseTo(MeasurePhantom.MARKER_DISTANCE_MM, within(MeasurePhantom.SPACING / 2));
        assertThat(measureTexts(v)).contains(String.format(java.util.Locale.ROOT, "%.1f mm", mm));
        // Kept per image: the next image has none, coming back shows it again.
        robot.type(KeyCode.DOWN);
        waitFor(() -> texts(v).contains("Im 8 / 12") && onFx(() -> v.measurements().isEmpty()));
        robot.type(KeyCode.UP);
        waitFor(() -> texts(v).contains("Im 7 / 12") && onFx(() -> v.measurements().size()) == 1);
        waitFor(() -> measureTexts(v).contains(String.format(java.util.Locale.ROOT, "%.1f mm", mm)));

        robot.type(KeyCode.B);
        Point2D c1 = screenPoint(v, new ImagePoint(MeasurePhantom.SQUARE_FROM + 5, MeasurePhantom.SQUARE_FROM + 5));
        Point2D c2 = screenPoint(v, new ImagePoint(MeasurePhantom.SQUARE_TO - 5, MeasurePhantom.SQUARE_TO - 5));
        robot.moveTo(c1).press(MouseButton.PRIMARY).moveTo(c1.midpoint(c2)).moveTo(c2).release(MouseButton.PRIMARY);
        waitFor(() -> onFx(() -> v.measurements().size()) == 2);
        assertThat(measureTexts(v)).anyMatch(t -> t.startsWith("mean 40.0  SD 0.0 HU"));

        robot.type(KeyCode.DELETE);
        waitFor(() -> onFx(() -> v.measurements().size()) == 1);
        assertThat(measureTexts(v)).noneMatch(t -> t.startsWith("mean"));
        // Drag the length's end handle to the middle: half the distance.
        Point2D middle = screenPoint(v, ImagePoint.pixelCenter((MeasurePhantom.MARKER_A_COLUMN + MeasurePhantom.MARKER_B_COLUMN) / 2,
                MeasurePhantom.MARKER_ROW));
        robot.moveTo(b).press(MouseButton.PRIMARY).moveTo(b.midpoint(middle)).moveTo(middle).release(MouseButton.PRIMARY);
        waitFor(() -> {
            Measurement.Length edited = (Measurement.Length) onFx(() -> v.measurements().get(0));
            return Math.abs(edited.end().x() - length.end().x()) > 1;
        });
        Measurement.Length edited = (Measurement.Length) onFx(() -> v.measurements().get(0));
        assertThat(edited.start()).isEqualTo(length.start());
        assertThat(MeasurementResult.length(edited.start(), edited.end(), calibration()))
                .isCloseTo(MeasurePhantom.MARKER_DISTANCE_MM / 2, within(MeasurePhantom.SPACING / 2));
        robot.type(KeyCode.W);
        robot.clickOn(a);
        waitFor(() -> onFx(v::selected) == 0);
        robot.type(KeyCode.DELETE);
        waitFor(() -> onFx(() -> v.measurements().size()) == 0);
        assertThat(measureTexts(v)).isEmpty();

        // Angle: drag the first ray from marker A to marker B (the vertex), click the third point above B.
        robot.type(KeyCode.G);
        Point2D above = screenPoint(v, ImagePoint.pixelCenter(MeasurePhantom.MARKER_B_COLUMN, MeasurePhantom.MARKER_ROW - 50));
        robot.moveTo(a).press(MouseButton.PRIMARY).moveTo(a.midpoint(b)).moveTo(b).release(MouseButton.PRIMARY);
        robot.moveTo(above).clickOn(MouseButton.PRIMARY);
        waitFor(() -> onFx(() -> v.measurements().size()) == 1);
        Measurement.Angle angle = (Measurement.Angle) onFx(() -> v.measurements().get(0));
        assertThat(MeasurementResult.angleDegrees(angle.first(), angle.vertex(), angle.second(), calibration()))
                .isCloseTo(90, within(1.0));
        // Point value inside the square: its HU.
        robot.type(KeyCode.X);
        robot.clickOn(screenPoint(v, ImagePoint.pixelCenter(60, 60)));
        waitFor(() -> measureTexts(v).contains(MeasurePhantom.SQUARE_HU + ".0 HU"));
    }

    @Test
    void cineAdvancesOneImagePerFramePeriodOfTheSteppedClock() throws Exception {
        ManualFrameClock clock = new ManualFrameClock();
        onFx(() -> {
            workspace().useFrameClocks(() -> clock);
            return null;
        });
        openPhantoms();
        StackViewport v = active();
        onFx(() -> {
            v.setFps(10);
            return null;
        });
        robot.type(KeyCode.SPACE);
        waitFor(() -> onFx(clock::running));
        long period = 100_000_000L;
        onFx(() -> {
            clock.tick(1_000_000_000L);
            clock.tick(1_000_000_000L + 3 * period);
            return null;
        });
        waitFor(() -> texts(v).contains("Im 10 / 12"));
        assertThat(texts(v)).contains("Cine 10 fps  loop");
        assertThat(toolBarTexts()).contains("\u23F8");
        assertThat(onFx(() -> ((javafx.scene.control.Spinner<?>) scene().lookup(".workspace-tools .spinner")).getValue())).isEqualTo(10);
        onFx(() -> {
            clock.tick(1_000_000_000L + 6 * period); // 3 more: 13 wraps to image 1
            return null;
        });
        waitFor(() -> texts(v).contains("Im 1 / 12"));
        robot.type(KeyCode.SPACE);
        waitFor(() -> !onFx(clock::running));
        assertThat(toolBarTexts()).contains("\u25B6");
    }

    private List<String> toolBarTexts() {
        return onFx(() -> scene().lookup(".workspace-tools").lookupAll(".button").stream()
                .filter(n -> n instanceof javafx.scene.control.Button).map(n -> ((javafx.scene.control.Button) n).getText()).toList());
    }

    @Test
    void helpPanelListsEveryBindingOfTheKeyTable() throws Exception {
        openPhantoms();
        robot.type(KeyCode.F1);
        waitFor(() -> onFx(() -> workspace().help().showing()));
        List<String> descriptions = onFx(() -> scene().getRoot().lookupAll(".help-description").stream()
                .map(n -> ((Label) n).getText()).toList());
        List<String> keys = onFx(() -> scene().getRoot().lookupAll(".help-key").stream().map(n -> ((Label) n).getText()).toList());
        List<ViewerAction> listed = Arrays.stream(ViewerAction.values())
                .sorted(java.util.Comparator.comparing(a -> groupOrder(a.group()))).toList();
        assertThat(descriptions).containsExactlyElementsOf(listed.stream().map(ViewerAction::description).toList());
        KeyTable table = onFx(() -> workspace().keys());
        assertThat(keys).containsExactlyElementsOf(listed.stream().map(a -> onFx(() -> HelpPanel.keysText(table, a))).toList());
        assertThat(keys).contains("F1, ?", "Home", "H");
        assertThat(keys).anyMatch(k -> k.contains("4") && k.contains("Ctrl"));
        robot.type(KeyCode.F1);
        waitFor(() -> !onFx(() -> workspace().help().showing()));
    }

    @Test
    void framesOfAMultiFrameObjectScrollLikeSlicesAndHeaderWindowsFromKeysAndMenu() throws Exception {
        MeasurePhantom.writeMultiFrame(dir.resolve("mf.dcm"), "1.2.826.0.1.3680043.9.7777.93", 5);
        open(dir);
        StackViewport v = active();
        waitFor(() -> texts(v).contains("Im 3 / 5  (frame 3)"));
        assertThat(texts(v)).contains("LOSSY");
        robot.type(KeyCode.DOWN);
        waitFor(() -> texts(v).contains("Im 4 / 5  (frame 4)"));
        robot.type(KeyCode.END);
        waitFor(() -> texts(v).contains("Im 5 / 5  (frame 5)"));
        robot.type(KeyCode.HOME);
        waitFor(() -> texts(v).contains("Im 1 / 5  (frame 1)"));
        robot.type(KeyCode.DIGIT0, KeyCode.DIGIT0);
        waitFor(() -> texts(v).contains("W 1800  L 400"));
        assertThat(status()).contains("BONE");
        robot.rightClickOn(v.node());
        robot.clickOn("SOFT  (W 400  L 40)");
        waitFor(() -> texts(v).contains("W 400  L 40"));
        robot.rightClickOn(v.node());
        robot.clickOn((javafx.scene.Node n) -> n instanceof javafx.scene.control.Labeled l && l.getText().startsWith("Lung  (W 1500  L -600)"));
        waitFor(() -> texts(v).contains("W 1500  L -600"));
    }

    @Test
    void imagerSpacingIsEstimatedAndMissingSpacingMeasuresInPixels() throws Exception {
        MeasurePhantom.writeSeries(dir.resolve("cr"), "1.2.826.0.1.3680043.9.7777.94", "Imager spacing", 1, ds -> {
            ds.remove(org.lumen.dicom.Tag.PixelSpacing);
            ds.setDouble(org.lumen.dicom.Tag.ImagerPixelSpacing, org.lumen.dicom.VR.DS, 0.5, 0.5);
        });
        open(dir.resolve("cr"));
        StackViewport v = active();
        waitFor(() -> texts(v).contains("Spacing estimated (imager)"));
        assertThat(texts(v)).anyMatch(t -> t.endsWith("mm (est.)"));
        onFx(() -> {
            v.addMeasurement(new Measurement.Length(ImagePoint.pixelCenter(10, 10), ImagePoint.pixelCenter(50, 10)));
            return null;
        });
        waitFor(() -> measureTexts(v).contains("20.0 mm (estimated)"));

        MeasurePhantom.writeSeries(dir.resolve("none"), "1.2.826.0.1.3680043.9.7777.95", "No spacing", 1,
                ds -> ds.remove(org.lumen.dicom.Tag.PixelSpacing));
        open(dir.resolve("none"));
        waitFor(() -> texts(v).contains("No pixel spacing: lengths in pixels"));
        assertThat(texts(v)).noneMatch(t -> t.contains(" mm (est.)") || t.matches("\\d+ mm"));
        onFx(() -> {
            v.addMeasurement(new Measurement.Length(ImagePoint.pixelCenter(10, 10), ImagePoint.pixelCenter(50, 10)));
            return null;
        });
        waitFor(() -> measureTexts(v).contains("40.0 px (no pixel spacing)"));
    }

    private static org.lumen.viewer.measure.Calibration calibration() {
        return new org.lumen.viewer.measure.Calibration(MeasurePhantom.SPACING, MeasurePhantom.SPACING,
                org.lumen.viewer.measure.Calibration.Kind.CALIBRATED);
    }

    private int groupOrder(String group) {
        return Arrays.stream(ViewerAction.values()).map(ViewerAction::group).distinct().toList().indexOf(group);
    }

    private List<String> markers(StackViewport v) {
        return List.of(marker(v, Pos.CENTER_LEFT), marker(v, Pos.CENTER_RIGHT), marker(v, Pos.TOP_CENTER), marker(v, Pos.BOTTOM_CENTER));
    }

    private String zoomText(StackViewport v) {
        return texts(v).stream().filter(t -> t.startsWith("Zoom")).findFirst().orElse("");
    }
}
