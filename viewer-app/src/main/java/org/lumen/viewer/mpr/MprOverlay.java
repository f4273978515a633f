package org.lumen.viewer.mpr;

import java.util.List;
import java.util.Locale;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

import org.lumen.rendering.geometry.OrientationLabels;

/**
 * What an MPR view draws over its image: the crosshair lines of the other two planes in their
 * colours (a gap around the centre keeps the anatomy there visible), their rotation handles, dashed
 * lines at their slab faces, the orientation letters at the edges (from the plane's directions, so
 * they are right for oblique planes), the view's name in its colour with its obliquity and slab, the
 * position along its normal, and the shared window and the zoom. FX thread only; mouse-transparent.
 */
final class MprOverlay {
    private static final double CENTRE_GAP = 14;
    private static final double HANDLE_RADIUS = 5;
    private final Pane lines = new Pane();
    private final Text left = placed(new Text(), Pos.CENTER_LEFT, "orientation-marker");
    private final Text right = placed(new Text(), Pos.CENTER_RIGHT, "orientation-marker");
    private final Text top = placed(new Text(), Pos.TOP_CENTER, "orientation-marker");
    private final Text bottom = placed(new Text(), Pos.BOTTOM_CENTER, "orientation-marker");
    private final VBox topLeft = placed(new VBox(1), Pos.TOP_LEFT, "mpr-corner");
    private final VBox bottomLeft = placed(new VBox(1), Pos.BOTTOM_LEFT, "mpr-corner");
    private final VBox bottomRight = placed(new VBox(1), Pos.BOTTOM_RIGHT, "mpr-corner");
    private final StackPane pane = new StackPane(lines, topLeft, bottomLeft, bottomRight, left, right, top, bottom);

    MprOverlay() {
        pane.setMouseTransparent(true);
        pane.setMinSize(0, 0);
        pane.setPadding(new Insets(6, 8, 6, 8));
        lines.setManaged(false);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(pane.widthProperty());
        clip.heightProperty().bind(pane.heightProperty());
        pane.setClip(clip);
    }

    Node node() {
        return pane;
    }

    /** Redraws for a view of {@code state}; {@code window} and {@code zoom} are the bottom-right lines. */
    void update(MprViewport view, MprState state, String window, String zoom) {
        lines.getChildren().clear();
        double reach = 2 * (pane.getWidth() + pane.getHeight());
        for (MprPlane other : MprPlane.values()) {
            if (other != view.view()) {
                draw(view.line(state, other), view.handleDistance(), reach);
            }
        }
        OrientationLabels.EdgeLabels edges = view.labels();
        left.setText(edges.left());
        right.setText(edges.right());
        top.setText(edges.top());
        bottom.setText(edges.bottom());
        MprPlane p = view.view();
        double tilt = state.obliquityDegrees(p);
        String name = p.label() + (tilt > 0.05 ? String.format(Locale.ROOT, "  oblique %.1f\u00B0", tilt) : "");
        set(topLeft, List.of(name, state.slab(p).text()), p.colour());
        set(bottomLeft, List.of(String.format(Locale.ROOT, "Pos %.1f mm", state.centre().dot(state.normal(p)))), null);
        set(bottomRight, List.of(window, zoom), null);
    }

    private void draw(MprViewport.CrossLine l, double handleDistance, double reach) {
        Color colour = Color.web(l.plane().colour());
        for (int side = -1; side <= 1; side += 2) {
            Line half = new Line(l.x() + side * CENTRE_GAP * l.dx(), l.y() + side * CENTRE_GAP * l.dy(),
                    l.x() + side * reach * l.dx(), l.y() + side * reach * l.dy());
            half.setStroke(colour);
            half.setStrokeWidth(1.2);
            half.getStyleClass().add("mpr-line");
            Circle handle = new Circle(l.x() + side * handleDistance * l.dx(), l.y() + side * handleDistance * l.dy(), HANDLE_RADIUS);
            handle.setStroke(colour);
            handle.setFill(Color.color(colour.getRed(), colour.getGreen(), colour.getBlue(), 0.35));
            handle.getStyleClass().add("mpr-handle");
            lines.getChildren().addAll(half, handle);
            if (l.slabHalfPx() > 0) {
                double ox = -l.dy() * side * l.slabHalfPx();
                double oy = l.dx() * side * l.slabHalfPx();
                Line face = new Line(l.x() + ox - reach * l.dx(), l.y() + oy - reach * l.dy(), l.x() + ox + reach * l.dx(), l.y() + oy + reach * l.dy());
                face.setStroke(colour);
                face.setOpacity(0.7);
                face.getStrokeDashArray().addAll(6.0, 5.0);
                face.getStyleClass().add("mpr-slab-face");
                lines.getChildren().add(face);
            }
        }
    }

    private static void set(VBox box, List<String> texts, String colour) {
        box.getChildren().clear();
        for (String line : texts) {
            if (!line.isBlank()) {
                Text text = new Text(line);
                text.getStyleClass().add("overlay-text");
                if (colour != null) {
                    text.setStyle("-fx-fill: " + colour + ";");
                }
                box.getChildren().add(text);
            }
        }
    }

    /** An orientation letter ({@code marker}) or a corner's lines, aligned in the overlay. */
    private static <T extends Node> T placed(T node, Pos pos, String styleClass) {
        StackPane.setAlignment(node, pos);
        node.getStyleClass().add(styleClass);
        if (node instanceof VBox box) {
            box.setAlignment(pos);
            box.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        }
        return node;
    }
}
