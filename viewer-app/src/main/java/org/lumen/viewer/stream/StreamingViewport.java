package org.lumen.viewer.stream;

import java.util.List;
import java.util.Locale;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;

/**
 * Shows one slice of a {@link StreamedSeries} while it fills: the frame when it is there, the server's preview
 * marked PREVIEW / LOSSY while only that is, and "NOT YET RECEIVED" on an empty view for a slice still missing
 * (never a neighbour in its place). Below, the completeness bar: one mark per slice (white lossless, amber
 * preview or lossy, dark missing, red failed) and "n / N slices lossless". The mouse wheel scrolls and tells
 * the scheduler through {@code focus}. FX thread only; model changes are posted with {@code Platform.runLater}.
 */
public final class StreamingViewport extends BorderPane {
    /** Where the view tells the scheduler which slice it shows and which way it scrolls. */
    @FunctionalInterface
    public interface Focus {
        void focus(String seriesUid, int slice, int direction);
    }

    private final StreamedSeries series;
    private final Focus focus;
    private final ImageView image = new ImageView();
    private final Label marker = new Label();
    private final Label position = new Label();
    private final Label completeness = new Label();
    private final Canvas bar = new Canvas(512, 12);
    private int slice;
    private boolean pending;

    public StreamingViewport(StreamedSeries series, int firstSlice, Focus focus) {
        this.series = series;
        this.focus = focus;
        this.slice = Math.clamp(firstSlice, 0, Math.max(0, series.plan().size() - 1));
        setStyle("-fx-background-color: black;");
        image.setPreserveRatio(true);
        image.setFitWidth(512);
        image.setFitHeight(512);
        marker.setStyle("-fx-text-fill: black; -fx-background-color: #ffb000; -fx-font-weight: bold; -fx-padding: 2 6 2 6;");
        marker.setId("stream-marker");
        position.setStyle("-fx-text-fill: #dddddd;");
        completeness.setStyle("-fx-text-fill: #dddddd;");
        completeness.setId("stream-completeness");
        StackPane centre = new StackPane(image, marker, position);
        StackPane.setAlignment(marker, Pos.TOP_CENTER);
        StackPane.setAlignment(position, Pos.BOTTOM_LEFT);
        StackPane.setMargin(marker, new Insets(8));
        StackPane.setMargin(position, new Insets(6));
        setCenter(centre);
        javafx.scene.layout.VBox bottom = new javafx.scene.layout.VBox(2, completeness, bar);
        bottom.setAlignment(Pos.CENTER);
        bottom.setPadding(new Insets(4));
        setBottom(bottom);
        setOnScroll(e -> scrollBy(e.getDeltaY() > 0 ? -1 : 1));
        series.onChange(s -> schedule());
        focus.focus(series.plan().seriesUid(), slice, 0);
        refresh();
    }

    public int slice() {
        return slice;
    }

    /** The marker now on the image (empty for a lossless frame). */
    public String marker() {
        return marker.getText();
    }

    public void scrollBy(int delta) {
        int next = Math.clamp(slice + delta, 0, series.plan().size() - 1);
        if (next != slice) {
            slice = next;
            focus.focus(series.plan().seriesUid(), slice, Integer.signum(delta));
            refresh();
        }
    }

    private void schedule() {
        synchronized (this) {
            if (pending) {
                return;
            }
            pending = true;
        }
        Platform.runLater(() -> {
            synchronized (this) {
                pending = false;
            }
            refresh();
        });
    }

    /** Redraws from one snapshot of the slice, so the image and its marker always agree. */
    public void refresh() {
        SliceView view = series.view(slice);
        if (view.frame().isPresent()) {
            var f = view.frame().get();
            image.setImage(image(f.columns(), f.rows(), SliceImage.argb(view.source().orElseThrow().ref().metadata(), f)));
        } else if (view.preview().isPresent()) {
            Preview p = view.preview().get();
            image.setImage(image(p.width(), p.height(), p.argb()));
        } else {
            image.setImage(null);
        }
        marker.setText(view.marker());
        marker.setVisible(!view.marker().isEmpty());
        position.setText(String.format(Locale.ROOT, "Slice %d / %d", slice + 1, view.count()));
        drawBar(series.states());
        completeness.setText(String.format(Locale.ROOT, "%d / %d slices lossless%s", series.losslessCount(), view.count(),
                series.complete() ? " (complete)" : ""));
    }

    private void drawBar(List<SliceState> states) {
        GraphicsContext g = bar.getGraphicsContext2D();
        double w = bar.getWidth() / Math.max(1, states.size());
        g.setFill(Color.BLACK);
        g.fillRect(0, 0, bar.getWidth(), bar.getHeight());
        for (int i = 0; i < states.size(); i++) {
            g.setFill(switch (states.get(i)) {
                case LOSSLESS -> Color.gray(0.9);
                case PREVIEW, LOSSY -> Color.web("#ffb000");
                case MISSING -> Color.gray(0.25);
                case FAILED -> Color.RED;
            });
            g.fillRect(i * w, i == slice ? 0 : 3, Math.max(1, w - (w > 3 ? 1 : 0)), i == slice ? 12 : 9);
        }
    }

    private static WritableImage image(int w, int h, int[] argb) {
        WritableImage img = new WritableImage(w, h);
        img.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return img;
    }
}
