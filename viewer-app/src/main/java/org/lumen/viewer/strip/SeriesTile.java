package org.lumen.viewer.strip;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.lumen.viewer.layout.SeriesTransfer;
import org.lumen.viewer.text.Plural;

/** One series in the strip: thumbnail, modality and number, description, instance count, progress. FX thread only. */
final class SeriesTile {
    static final int THUMBNAIL = 96;
    private final SeriesSummary series;
    private final VBox box = new VBox(3);
    private final ImageView thumbnail = new ImageView();
    private final Label placeholder = new Label("\u2026");
    private final Label count = new Label();
    private final ProgressBar progress = new ProgressBar(0);

    SeriesTile(SeriesSummary series, java.util.function.Consumer<String> open) {
        this.series = series;
        thumbnail.setFitWidth(THUMBNAIL);
        thumbnail.setFitHeight(THUMBNAIL);
        thumbnail.setPreserveRatio(true);
        thumbnail.getStyleClass().add("series-thumbnail");
        StackPane frame = new StackPane(placeholder, thumbnail);
        frame.setMinSize(THUMBNAIL, THUMBNAIL);
        frame.setPrefSize(THUMBNAIL, THUMBNAIL);
        frame.getStyleClass().add("series-thumbnail-frame");
        Label modality = new Label(series.modality() + (series.number() != 0 ? "  #" + series.number() : ""));
        modality.getStyleClass().add("series-modality");
        Label description = new Label(series.description().isEmpty() ? "(no description)" : series.description());
        description.getStyleClass().add("series-description");
        description.setMaxWidth(THUMBNAIL + 40);
        count.setText(series.instanceCount() >= 0 ? series.instanceCount() + (series.instanceCount() == 1 ? " image" : " images") : "");
        count.getStyleClass().add("series-count");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.getStyleClass().add("series-progress");
        box.getChildren().addAll(frame, modality, description, count, progress);
        box.setAlignment(Pos.TOP_CENTER);
        box.getStyleClass().add("series-tile");
        box.setUserData(series.seriesUid());
        box.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                open.accept(series.seriesUid());
            }
        });
        box.setOnDragDetected(e -> {
            Dragboard board = box.startDragAndDrop(TransferMode.COPY);
            ClipboardContent content = new ClipboardContent();
            content.put(SeriesTransfer.FORMAT, series.seriesUid());
            board.setContent(content);
            if (thumbnail.getImage() != null) {
                board.setDragView(thumbnail.getImage());
            }
            e.consume();
        });
    }

    VBox node() {
        return box;
    }

    SeriesSummary series() {
        return series;
    }

    void thumbnail(Thumbnail t) {
        WritableImage image = new WritableImage(t.width(), t.height());
        image.getPixelWriter().setPixels(0, 0, t.width(), t.height(), PixelFormat.getIntArgbInstance(), t.argb(), 0, t.width());
        thumbnail.setImage(image);
        placeholder.setVisible(false);
        box.getStyleClass().add(t.serverRendered() ? "thumbnail-rendered" : "thumbnail-decoded");
    }

    void thumbnailFailed(String why) {
        placeholder.setText("no preview");
        placeholder.setTooltip(new javafx.scene.control.Tooltip(why));
    }

    /** Instances received so far. */
    void received(int instances) {
        progress.setProgress(series.instanceCount() > 0 ? Math.min(1.0, (double) instances / series.instanceCount())
                : ProgressBar.INDETERMINATE_PROGRESS);
    }

    void downloaded(int instances) {
        box.getStyleClass().add("downloaded");
        if (series.instanceCount() >= 0 && instances != series.instanceCount()) {
            // a full bar would read as "all here": it shows the share that arrived
            received(instances);
            // viewer-qc: what the archive reports against what arrived, where the technologist looks
            count.setText("\u26A0 " + instances + " of " + Plural.of(series.instanceCount(), "image", "images"));
            count.setTooltip(new javafx.scene.control.Tooltip("The archive reports " + Plural.of(series.instanceCount(), "instance", "instances")
                    + "; " + Plural.of(instances, "was", "were") + " received"));
            box.getStyleClass().add("incomplete");
            return;
        }
        progress.setProgress(1.0);
        count.setText(instances + (instances == 1 ? " image" : " images"));
    }

    void failed(String why) {
        progress.getStyleClass().add("failed");
        count.setText("download failed");
        count.setTooltip(new javafx.scene.control.Tooltip(why));
    }

    void selected(boolean selected) {
        box.getStyleClass().remove("selected");
        if (selected) {
            box.getStyleClass().add("selected");
        }
    }
}
