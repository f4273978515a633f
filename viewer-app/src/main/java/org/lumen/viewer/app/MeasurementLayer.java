package org.lumen.viewer.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;

import org.lumen.viewer.keys.ArchivedMeasurement;
import org.lumen.viewer.measure.Calibration;
import org.lumen.viewer.measure.ImagePoint;
import org.lumen.viewer.measure.Measurement;
import org.lumen.viewer.measure.MeasurementResult;
import org.lumen.viewer.measure.ModalityPixels;
import org.lumen.viewer.viewport.ViewGeometry;

/**
 * Draws the measurements of the shown image in screen coordinates, mapped from image coordinates
 * through the viewport's {@link ViewGeometry}, so they follow zoom, pan, rotation and flips while
 * lines keep a constant width. Mouse-transparent: the viewport handles input. FX thread only.
 */
final class MeasurementLayer {
    private static final int ELLIPSE_POINTS = 72;
    private final Pane pane = new Pane();

    MeasurementLayer() {
        pane.setMouseTransparent(true);
        pane.setMinSize(0, 0);
        pane.getStyleClass().add("measurement-layer");
    }

    Node node() {
        return pane;
    }

    /**
     * Redraws: the archived measurements (read-only: dashed, no handles, with who saved them), the stored
     * ones (one of them selected, or -1) and the one being drawn, if any.
     */
    void draw(List<Measurement> measurements, int selected, Optional<Measurement> drawing, List<ArchivedMeasurement> archived,
              ViewGeometry geometry, Optional<ModalityPixels> pixels, Calibration calibration) {
        List<Node> nodes = new ArrayList<>();
        for (ArchivedMeasurement a : archived) {
            int first = nodes.size();
            add(nodes, a.measurement(), false, geometry, pixels, calibration);
            archived(nodes.subList(first, nodes.size()), a);
        }
        for (int i = 0; i < measurements.size(); i++) {
            add(nodes, measurements.get(i), i == selected, geometry, pixels, calibration);
        }
        drawing.ifPresent(m -> add(nodes, m, true, geometry, pixels, calibration));
        pane.getChildren().setAll(nodes);
    }

    void clear() {
        pane.getChildren().clear();
    }

    private void add(List<Node> nodes, Measurement m, boolean selected, ViewGeometry g, Optional<ModalityPixels> pixels,
                     Calibration calibration) {
        List<Shape> shapes = new ArrayList<>();
        double[] labelAt;
        switch (m) {
            case Measurement.Length l -> {
                shapes.add(line(g.toScreen(l.start()), g.toScreen(l.end())));
                labelAt = g.toScreen(l.end());
            }
            case Measurement.Angle a -> {
                double[] v = g.toScreen(a.vertex());
                shapes.add(line(v, g.toScreen(a.first())));
                shapes.add(line(v, g.toScreen(a.second())));
                labelAt = v;
            }
            case Measurement.Roi r -> {
                Polygon outline = new Polygon();
                for (ImagePoint p : outline(r)) {
                    double[] s = g.toScreen(p);
                    outline.getPoints().addAll(s[0], s[1]);
                }
                outline.setFill(null);
                shapes.add(outline);
                labelAt = g.toScreen(new ImagePoint(r.maxX(), r.maxY()));
            }
            case Measurement.Probe p -> {
                double[] s = g.toScreen(p.at());
                shapes.add(line(new double[] {s[0] - 6, s[1]}, new double[] {s[0] + 6, s[1]}));
                shapes.add(line(new double[] {s[0], s[1] - 6}, new double[] {s[0], s[1] + 6}));
                labelAt = s;
            }
        }
        for (Shape shape : shapes) {
            shape.getStyleClass().addAll("measure-shape", selected ? "selected" : "plain");
            nodes.add(shape);
        }
        for (ImagePoint h : m.handles()) {
            double[] s = g.toScreen(h);
            Rectangle handle = new Rectangle(s[0] - 3, s[1] - 3, 6, 6);
            handle.getStyleClass().addAll("measure-handle", selected ? "selected" : "plain");
            nodes.add(handle);
        }
        List<String> lines = pixels.map(px -> MeasurementResult.describe(m, px, calibration))
                .orElseGet(() -> MeasurementResult.describeGeometry(m, calibration));
        Text label = new Text(labelAt[0] + 8, labelAt[1] + 14, String.join("\n", lines));
        label.getStyleClass().addAll("measure-text", selected ? "selected" : "plain");
        nodes.add(label);
    }

    /** Restyles a measurement's nodes as archived: no handles, a caption under the values. */
    private static void archived(List<Node> drawn, ArchivedMeasurement a) {
        drawn.removeIf(n -> n.getStyleClass().contains("measure-handle"));
        Text caption = null;
        for (Node n : drawn) {
            n.getStyleClass().setAll(n.getStyleClass().get(0), "archived");
            if (n instanceof Text values) {
                caption = new Text(values.getX(), values.getY() + values.getLayoutBounds().getHeight() + 2,
                        (a.label().isEmpty() ? "" : a.label() + " — ") + a.caption());
                caption.getStyleClass().add("measure-caption");
            }
        }
        if (caption != null) {
            drawn.add(caption);
        }
    }

    private static Line line(double[] a, double[] b) {
        return new Line(a[0], a[1], b[0], b[1]);
    }

    /** The outline of a region in image coordinates: four corners, or points around the ellipse. */
    private static List<ImagePoint> outline(Measurement.Roi r) {
        if (r.shape() == Measurement.Roi.Shape.RECTANGLE) {
            return List.of(new ImagePoint(r.minX(), r.minY()), new ImagePoint(r.maxX(), r.minY()),
                    new ImagePoint(r.maxX(), r.maxY()), new ImagePoint(r.minX(), r.maxY()));
        }
        double cx = (r.minX() + r.maxX()) / 2;
        double cy = (r.minY() + r.maxY()) / 2;
        double rx = (r.maxX() - r.minX()) / 2;
        double ry = (r.maxY() - r.minY()) / 2;
        List<ImagePoint> points = new ArrayList<>();
        for (int i = 0; i < ELLIPSE_POINTS; i++) {
            double t = 2 * Math.PI * i / ELLIPSE_POINTS;
            points.add(new ImagePoint(cx + rx * Math.cos(t), cy + ry * Math.sin(t)));
        }
        return points;
    }
}
