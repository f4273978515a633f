package org.lumen.viewer.keys;

import java.util.Optional;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

import org.lumen.viewer.tools.LazyTooltip;

/**
 * The key-image marker of a viewport: a star and "KEY" at the top, right of the orientation letter,
 * clear of the corner text and the QC badge below. Gold when the archive holds it; outlined, with
 * "unsaved", when it was marked here and not saved yet. The tooltip says who saved it, where and when;
 * it is made when the pointer first enters the badge ({@link LazyTooltip}: every viewport has a
 * badge). FX thread only.
 */
public final class KeyImageBadge {
    private final Label label = new Label();
    private String description = "";

    public KeyImageBadge() {
        label.getStyleClass().add("key-image-badge");
        label.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        LazyTooltip.install(label, () -> new Tooltip(description)); // startup: the tooltip when first wanted
        label.setFocusTraversable(false);
        StackPane.setAlignment(label, Pos.TOP_CENTER);
        StackPane.setMargin(label, new Insets(8, 0, 0, 0));
        label.setTranslateX(70);
        show(Optional.empty());
    }

    public Node node() {
        return label;
    }

    /** Shows the mark of the shown image, or nothing. */
    public void show(Optional<KeyMark> mark) {
        label.setVisible(mark.isPresent());
        mark.ifPresent(m -> {
            label.setText(m.unsaved() ? "\u2606 KEY  unsaved" : "\u2605 KEY");
            label.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("unsaved"), m.unsaved());
            description = m.description();
            if (label.getTooltip() != null) {
                label.getTooltip().setText(description);
            }
        });
    }

    /** The badge's text as shown ("" when hidden). */
    public String text() {
        return label.isVisible() ? label.getText() : "";
    }

    /** The tooltip's text (the tooltip itself is made when the pointer first enters the badge). */
    public String tooltipText() {
        return description;
    }
}
