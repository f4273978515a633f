package org.lumen.viewer.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.scene.text.Text;

import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;
import org.lumen.rendering.geometry.OrientationLabels;
import org.lumen.rendering.geometry.Vec3;
import org.lumen.viewer.measure.Calibration;
import org.lumen.viewer.overlay.CornerTextLayout;
import org.lumen.viewer.viewport.ScaleBar;
import org.lumen.viewer.viewport.ViewGeometry;

/**
 * Overlay of a viewport: corner text from a {@link CornerTextLayout} (patient, study, series,
 * acquisition), image number and position (bottom left), window, zoom, cine and a LOSSY marker when
 * the shown pixels are not lossless (bottom right), orientation letters that follow rotation and
 * flips, and a scale bar in mm. FX thread only.
 */
final class ViewportOverlay {
    private final CornerTextLayout layout;
    private final VBox topLeft = corner(Pos.TOP_LEFT);
    private final VBox topRight = corner(Pos.TOP_RIGHT);
    private final VBox bottomLeft = corner(Pos.BOTTOM_LEFT);
    private final VBox bottomRight = corner(Pos.BOTTOM_RIGHT);
    private final Text left = marker(Pos.CENTER_LEFT);
    private final Text right = marker(Pos.CENTER_RIGHT);
    private final Text top = marker(Pos.TOP_CENTER);
    private final Text bottom = marker(Pos.BOTTOM_CENTER);
    private final Line scaleLine = new Line();
    private final Text scaleText = new Text();
    private final VBox scaleBar = new VBox(2, scaleText, scaleLine);
    private final StackPane pane = new StackPane(topLeft, topRight, bottomLeft, bottomRight, left, right, top, bottom, scaleBar);

    ViewportOverlay(CornerTextLayout layout) {
        this.layout = layout;
        pane.setMouseTransparent(true);
        pane.setPadding(new Insets(8, 10, 8, 10));
        pane.setMinSize(0, 0);
        scaleLine.getStyleClass().add("scale-bar");
        scaleText.getStyleClass().addAll("overlay-text", "scale-text");
        scaleBar.setAlignment(Pos.CENTER);
        scaleBar.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(scaleBar, Pos.BOTTOM_CENTER);
        StackPane.setMargin(scaleBar, new Insets(0, 0, 30, 0));
    }

    Node node() {
        return pane;
    }

    /** What the bottom-right corner says about the view besides the header. */
    record ViewText(String window, String zoom, String cine) {}

    void update(OpenedSeries.Image image, int index, int count, ViewGeometry geometry, Calibration calibration, ViewText view) {
        DataSet ds = image.dataSet();
        set(topLeft, false, layout.lines(CornerTextLayout.Corner.TOP_LEFT, ds));
        set(topRight, false, layout.lines(CornerTextLayout.Corner.TOP_RIGHT, ds));
        List<String> position = new ArrayList<>(layout.lines(CornerTextLayout.Corner.BOTTOM_LEFT, ds));
        if (count > 0) { // 0: not known yet (a streamed slice shown before its series' plan)
            position.add("Im " + (index + 1) + " / " + count + (image.framesInFile() > 1 ? "  (frame " + (image.frame() + 1) + ")" : ""));
        }
        double[] iop = ds.getDoubles(Tag.ImageOrientationPatient);
        double[] ipp = ds.getDoubles(Tag.ImagePositionPatient);
        if (iop.length == 6 && ipp.length == 3) {
            Vec3 normal = Vec3.of(iop, 0).cross(Vec3.of(iop, 3));
            position.add(String.format(Locale.ROOT, "Pos %.2f mm", normal.dot(Vec3.of(ipp, 0))));
        }
        ds.getDouble(Tag.SliceLocation).ifPresent(v -> position.add(String.format(Locale.ROOT, "Loc %.2f mm", v)));
        ds.getDouble(Tag.SliceThickness).ifPresent(v -> position.add(String.format(Locale.ROOT, "Thk %.2f mm", v)));
        position.add(geometry.imageWidth() + " x " + geometry.imageHeight());
        set(bottomLeft, false, position);
        if (iop.length == 6) {
            // Screen right and down, as image directions, mapped to the patient (PS3.3 C.7.6.2.1.1).
            OrientationLabels.EdgeLabels edges = geometry.state().orientation().edgeLabels(Vec3.of(iop, 0), Vec3.of(iop, 3));
            left.setText(edges.left());
            right.setText(edges.right());
            top.setText(edges.top());
            bottom.setText(edges.bottom());
        } else {
            for (Text t : new Text[] {left, right, top, bottom}) {
                t.setText("");
            }
        }
        boolean lossy = image.transferSyntax().lossy() || "01".equals(ds.getString(Tag.LossyImageCompression, "").trim());
        List<String> lines = new ArrayList<>();
        lines.add(lossy ? "LOSSY" : "");
        lines.add(view.window());
        lines.add(view.zoom());
        lines.add(view.cine());
        if (calibration.kind() != Calibration.Kind.CALIBRATED) {
            lines.add(calibration.kind() == Calibration.Kind.PIXELS ? "No pixel spacing: lengths in pixels" : "Spacing estimated (imager)");
        }
        set(bottomRight, lossy, lines);
        updateScaleBar(geometry, calibration);
    }

    private void updateScaleBar(ViewGeometry geometry, Calibration calibration) {
        if (calibration.kind() == Calibration.Kind.PIXELS) {
            scaleBar.setVisible(false);
            scaleText.setText("");
            return;
        }
        ScaleBar bar = ScaleBar.fitting(geometry.mmPerScreenPixel(), Math.max(20, geometry.viewportWidth() / 4));
        scaleLine.setStartX(0);
        scaleLine.setEndX(bar.pixels());
        scaleText.setText(formatLength(bar.length()) + " mm" + (calibration.kind() == Calibration.Kind.ESTIMATED ? " (est.)" : ""));
        scaleBar.setVisible(true);
    }

    private static String formatLength(double mm) {
        return mm >= 1 ? String.format(Locale.ROOT, "%.0f", mm) : String.format(Locale.ROOT, "%.2g", mm);
    }

    void clear() {
        for (VBox box : new VBox[] {topLeft, topRight, bottomLeft, bottomRight}) {
            box.getChildren().clear();
        }
        for (Text t : new Text[] {left, right, top, bottom}) {
            t.setText("");
        }
        scaleBar.setVisible(false);
        scaleText.setText("");
    }

    private static Text marker(Pos pos) {
        Text text = new Text();
        text.getStyleClass().add("orientation-marker");
        StackPane.setAlignment(text, pos);
        StackPane.setMargin(text, new Insets(22, 4, 6, 4));
        return text;
    }

    private static VBox corner(Pos pos) {
        VBox box = new VBox(1);
        box.setAlignment(pos);
        StackPane.setAlignment(box, pos);
        box.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        return box;
    }

    private static void set(VBox box, boolean firstIsAlert, List<String> lines) {
        box.getChildren().clear();
        boolean first = true;
        for (String line : lines) {
            if (line != null && !line.isBlank()) {
                Text text = new Text(line);
                text.getStyleClass().add("overlay-text");
                if (first && firstIsAlert) {
                    text.getStyleClass().add("lossy");
                }
                box.getChildren().add(text);
            }
            first = false;
        }
    }
}
