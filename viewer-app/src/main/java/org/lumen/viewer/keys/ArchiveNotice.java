package org.lumen.viewer.keys;

import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

/**
 * A notice over the bottom of the reading area about the archive: a save in progress (with a
 * spinner), its outcome, documents that could not be read, and a failed save with Retry. A success
 * fades after a while; a failure or warning stays until dismissed. FX thread only.
 */
public final class ArchiveNotice {
    /** What the notice says: its style follows. */
    public enum Kind { PROGRESS, DONE, WARNING, FAILED }

    private static final Duration DONE_SHOWN = Duration.seconds(12);
    private final Label text = new Label();
    private final ProgressIndicator spinner = new ProgressIndicator();
    private final Button retry = new Button("Retry");
    private final Button dismiss = new Button("\u2715");
    private final HBox box = new HBox(10, spinner, text, retry, dismiss);
    private final PauseTransition fade = new PauseTransition(DONE_SHOWN);
    private Kind kind = Kind.DONE;

    public ArchiveNotice() {
        box.setId("archive-notice");
        text.setId("archive-notice-text");
        retry.setId("archive-retry");
        dismiss.setId("archive-dismiss");
        box.getStyleClass().add("archive-notice");
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(8, 10, 8, 12));
        box.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        text.setWrapText(true);
        text.setMaxWidth(520);
        spinner.setPrefSize(18, 18);
        spinner.setMaxSize(18, 18);
        retry.setFocusTraversable(false);
        dismiss.setFocusTraversable(false);
        dismiss.getStyleClass().add("archive-dismiss");
        dismiss.setOnAction(e -> hide());
        fade.setOnFinished(e -> {
            if (kind == Kind.DONE) {
                hide();
            }
        });
        // bottom centre, above the scale bar and the bottom orientation letter: clear of the corner text
        StackPane.setAlignment(box, Pos.BOTTOM_CENTER);
        StackPane.setMargin(box, new Insets(0, 0, 64, 0));
        hide();
    }

    public Node node() {
        return box;
    }

    /** A save or a read under way. */
    public void progress(String message) {
        show(Kind.PROGRESS, message, null);
    }

    /** A save that succeeded, or a read that found something: fades after a while. */
    public void done(String message) {
        show(Kind.DONE, message, null);
        fade.playFromStart();
    }

    /** Something the reader should know (documents that could not be read): stays until dismissed. */
    public void warn(String message) {
        show(Kind.WARNING, message, null);
    }

    /** A save that failed: stays, with Retry running {@code again}. */
    public void failed(String message, Runnable again) {
        show(Kind.FAILED, message, again);
    }

    public void hide() {
        fade.stop();
        box.setVisible(false);
        box.setManaged(false);
    }

    public boolean showing() {
        return box.isVisible();
    }

    public Kind kind() {
        return kind;
    }

    public String text() {
        return text.getText();
    }

    private void show(Kind newKind, String message, Runnable again) {
        fade.stop();
        kind = newKind;
        text.setText(message);
        box.getStyleClass().removeIf(c -> c.startsWith("archive-notice-"));
        box.getStyleClass().add("archive-notice-" + newKind.name().toLowerCase(java.util.Locale.ROOT));
        spinner.setVisible(newKind == Kind.PROGRESS);
        spinner.setManaged(newKind == Kind.PROGRESS);
        retry.setVisible(again != null);
        retry.setManaged(again != null);
        retry.setOnAction(again == null ? null : e -> again.run());
        dismiss.setVisible(newKind != Kind.PROGRESS);
        dismiss.setManaged(newKind != Kind.PROGRESS);
        box.setVisible(true);
        box.setManaged(true);
    }
}
