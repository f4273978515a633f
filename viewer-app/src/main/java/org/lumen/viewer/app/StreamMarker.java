package org.lumen.viewer.app;

import java.util.Locale;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/**
 * What a viewport says about a streaming series: over a slice not yet received, "NOT YET RECEIVED" and which
 * slice it is (the view stays empty: never a neighbour, never interpolated); over a received slice only a
 * LOSSY mark when the server sent it lossy; in the corner, while the series fills, "n / N slices received".
 * FX thread only.
 */
final class StreamMarker {
    private final Label marker = new Label();
    private final Label progress = new Label();
    private final StackPane box = new StackPane(marker, progress);

    StreamMarker() {
        marker.setId("stream-slice-marker");
        marker.setStyle("-fx-text-fill: black; -fx-background-color: #ffb000; -fx-font-weight: bold; -fx-padding: 3 8 3 8;");
        progress.setId("stream-progress");
        progress.setStyle("-fx-text-fill: #ffb000; -fx-font-size: 12px;");
        StackPane.setAlignment(progress, Pos.BOTTOM_CENTER);
        StackPane.setMargin(progress, new Insets(0, 0, 64, 0)); // above the scale bar and the bottom orientation marker
        box.setMouseTransparent(true);
        box.setPickOnBounds(false);
        clear();
    }

    Node node() {
        return box;
    }

    /** A slice with nothing to show: its marker and position, centred on the empty view. */
    void missing(String text, int slice, int count) {
        marker.setText(text + "\nImage " + (slice + 1) + " / " + count);
        StackPane.setAlignment(marker, Pos.CENTER);
        StackPane.setMargin(marker, Insets.EMPTY);
        marker.setVisible(true);
    }

    /** A slice drawn: its marker (empty for a lossless frame) at the top. */
    void drawn(String text) {
        marker.setText(text);
        StackPane.setAlignment(marker, Pos.TOP_CENTER);
        StackPane.setMargin(marker, new Insets(80, 0, 0, 0));
        marker.setVisible(!text.isEmpty());
    }

    /** How much of the series arrived; hidden once complete. */
    void progress(int received, int count) {
        progress.setText(String.format(Locale.ROOT, "STREAMING: %d / %d slices received", received, count));
        progress.setVisible(received < count);
    }

    void clear() {
        marker.setText("");
        marker.setVisible(false);
        progress.setText("");
        progress.setVisible(false);
    }

    /** The marker now shown (empty when none): for tests and the status of the view. */
    String markerText() {
        return marker.isVisible() ? marker.getText() : "";
    }

    String progressText() {
        return progress.isVisible() ? progress.getText() : "";
    }
}
