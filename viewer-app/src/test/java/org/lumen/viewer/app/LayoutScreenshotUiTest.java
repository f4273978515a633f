package org.lumen.viewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lumen.testkit.UiTest;
import org.lumen.viewer.demo.DemoStudy;
import org.lumen.viewer.layout.GridLayout;
import org.lumen.viewer.measure.ImagePoint;
import org.lumen.viewer.measure.Measurement;
import org.lumen.viewer.tools.ViewerAction;

/**
 * A 2x2 layout of the demo study with measurements in every viewport, turned and flipped views, and
 * a screenshot for the documentation (target/ui-screenshots/viewer-layout-measure.png).
 */
@UiTest
class LayoutScreenshotUiTest extends WorkstationUiBase {
    @Test
    void twoByTwoWithMeasurements() throws Exception {
        Path demo = DemoStudy.ensure(dir.resolve("demo"));
        onFx(() -> {
            stage.setWidth(1600);
            stage.setHeight(1000);
            workspace().setLayout(GridLayout.STANDARD.get(3));
            return null;
        });
        open(demo);
        List<StackViewport> views = onFx(() -> workspace().visibleViewports());
        waitFor(() -> texts(views.get(0)).stream().anyMatch(t -> t.startsWith("Im ")) && texts(views.get(1)).stream().anyMatch(t -> t.startsWith("Im ")));
        String axialUid = onFx(() -> SeriesCatalog.uid(views.get(0).series().orElseThrow()));
        String coronalUid = onFx(() -> SeriesCatalog.uid(views.get(1).series().orElseThrow()));
        onFx(() -> {
            workspace().dropSeries(views.get(2), axialUid);
            workspace().dropSeries(views.get(3), coronalUid);
            return null;
        });
        waitFor(() -> views.stream().allMatch(v -> onFx(() -> v.geometry().isPresent())));
        onFx(() -> {
            views.get(2).scrollTo(35);
            views.get(3).scrollTo(20);
            return null;
        });
        waitFor(() -> texts(views.get(2)).contains("Im 36 / 100") && texts(views.get(3)).contains("Im 21 / 60"));
        onFx(() -> {
            views.get(0).addMeasurement(new Measurement.Length(new ImagePoint(60, 165), new ImagePoint(196, 165)));
            views.get(0).addMeasurement(new Measurement.Roi(Measurement.Roi.Shape.ELLIPSE, new ImagePoint(112, 90), new ImagePoint(140, 114)));
            views.get(1).addMeasurement(new Measurement.Angle(new ImagePoint(70, 60), new ImagePoint(128, 120), new ImagePoint(190, 70)));
            views.get(1).addMeasurement(new Measurement.Probe(new ImagePoint(128, 160)));
            views.get(2).perform(ViewerAction.ROTATE_CLOCKWISE);
            views.get(2).perform(ViewerAction.PRESET_1);
            views.get(2).addMeasurement(new Measurement.Roi(Measurement.Roi.Shape.RECTANGLE, new ImagePoint(70, 100), new ImagePoint(105, 140)));
            views.get(3).perform(ViewerAction.FLIP_HORIZONTAL);
            views.get(3).perform(ViewerAction.PRESET_4);
            views.get(3).zoomAbout(1.6, 200, 200);
            views.get(3).addMeasurement(new Measurement.Length(new ImagePoint(118, 70), new ImagePoint(118, 170)));
            views.forEach(v -> v.perform(ViewerAction.CANCEL));
            workspace().activate(views.get(0));
            return null;
        });
        waitFor(() -> texts(views.get(2)).contains("W 1500  L -600") && texts(views.get(3)).contains("W 1800  L 400"));
        for (StackViewport v : views) {
            assertThat(onFx(v::measurements)).hasSize(v == views.get(0) || v == views.get(1) ? 2 : 1);
            assertThat(measureTexts(v)).isNotEmpty();
        }
        assertThat(measureTexts(views.get(0))).anyMatch(t -> t.equals("190.4 mm"));
        assertThat(markers(views.get(2))).containsExactly("P", "A", "R", "L");
        saveScreenshot("viewer-layout-measure");
    }

    private List<String> markers(StackViewport v) {
        return List.of(marker(v, javafx.geometry.Pos.CENTER_LEFT), marker(v, javafx.geometry.Pos.CENTER_RIGHT),
                marker(v, javafx.geometry.Pos.TOP_CENTER), marker(v, javafx.geometry.Pos.BOTTOM_CENTER));
    }
}
