package org.lumen.viewer.app;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import javafx.geometry.Pos;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;

import org.lumen.viewer.measure.Calibration;
import org.lumen.viewer.priors.FrameOffsets;
import org.lumen.viewer.priors.ScrollLink;
import org.lumen.viewer.priors.SliceStack;
import org.lumen.viewer.priors.ZoomLink;

/**
 * Current and prior side by side: each viewport labelled with its study date (the prior also "PRIOR"),
 * scrolling linked by patient position ({@link ScrollLink}), window/level and zoom linked when switched
 * on. Either viewport leads: the other follows. FX thread only.
 */
final class PriorComparison {
    private final StackViewport current;
    private final StackViewport prior;
    private final ScrollLink link;
    private final Text currentLabel = label();
    private final Text priorLabel = label();
    /** How the prior's slices follow (aligned by an offset, or by table position only): below the orientation letter, clear of the corner text. */
    private final Text basisLabel = basisLabel();
    private final StatusBar status;
    private boolean scrollLinked = true;
    private boolean windowLinked;
    private boolean zoomLinked;
    private boolean following;
    private String basis = "";

    PriorComparison(StackViewport current, StackViewport prior, FrameOffsets offsets, StatusBar status) {
        this.current = Objects.requireNonNull(current);
        this.prior = Objects.requireNonNull(prior);
        this.link = new ScrollLink(offsets, true);
        this.status = Objects.requireNonNull(status);
        ((StackPane) current.node()).getChildren().add(currentLabel);
        ((StackPane) prior.node()).getChildren().addAll(priorLabel, basisLabel);
        relabel();
    }

    StackViewport current() {
        return current;
    }

    StackViewport prior() {
        return prior;
    }

    /** Removes the labels; the viewports stop following each other. */
    void end() {
        ((StackPane) current.node()).getChildren().remove(currentLabel);
        ((StackPane) prior.node()).getChildren().removeAll(priorLabel, basisLabel);
    }

    void linkScrolling(boolean on) {
        scrollLinked = on;
        if (on) {
            changed(current);
        }
    }

    void linkWindow(boolean on) {
        windowLinked = on;
        if (on) {
            changed(current);
        }
    }

    void linkZoom(boolean on) {
        zoomLinked = on;
        if (on) {
            changed(current);
        }
    }

    /**
     * Keeps the offset between the two frames of reference that makes the slices shown now correspond,
     * and links scrolling again.
     */
    void align() {
        Optional<SliceStack> a = current.series().flatMap(HeaderFacts::stack);
        Optional<SliceStack> b = prior.series().flatMap(HeaderFacts::stack);
        if (a.isEmpty() || b.isEmpty() || !a.get().parallelTo(b.get())) {
            status.show("Cannot align: both series need positioned, parallel slices");
            return;
        }
        double offset = link.align(a.get(), current.index(), b.get(), prior.index());
        status.show(String.format(Locale.ROOT, "Prior aligned: offset %+.1f mm kept between the two frames of reference", offset));
        scrollLinked = true;
        relabel();
    }

    /** One of the two viewports changed (slice, window, view or series): the other follows. */
    void changed(StackViewport source) {
        if (following || (source != current && source != prior)) {
            return;
        }
        StackViewport target = source == current ? prior : current;
        following = true;
        try {
            relabel();
            if (source.series().isEmpty() || target.series().isEmpty()) {
                return;
            }
            if (scrollLinked) {
                followSlice(source, target);
            }
            if (windowLinked) {
                source.currentWindow().filter(w -> !w.equals(target.currentWindow().orElse(null))).ifPresent(target::setWindow);
            }
            if (zoomLinked) {
                followZoom(source, target);
            }
        } finally {
            following = false;
        }
    }

    private void followSlice(StackViewport source, StackViewport target) {
        Optional<SliceStack> from = source.series().flatMap(HeaderFacts::stack);
        Optional<SliceStack> to = target.series().flatMap(HeaderFacts::stack);
        if (from.isPresent() && to.isPresent()) {
            link.link(from.get(), source.index(), to.get()).ifPresent(l -> {
                target.scrollTo(l.index());
                basis = switch (l.basis()) {
                    case SAME_FRAME -> "";
                    case USER_OFFSET -> String.format(Locale.ROOT, "aligned, %+.1f mm", source == current ? l.offsetMm() : -l.offsetMm());
                    case UNALIGNED -> "table position: align once";
                };
                relabel();
            });
        }
    }

    private void followZoom(StackViewport source, StackViewport target) {
        double fromMm = Calibration.of(source.series().orElseThrow().first()).columnSpacingMm();
        double toMm = Calibration.of(target.series().orElseThrow().first()).columnSpacingMm();
        double scale = ZoomLink.linkedScale(source.state().scale(), fromMm, toMm);
        var s = source.state();
        var next = scale == 0 ? target.state().fitted().withPan(s.panX(), s.panY()) : target.state().withScale(scale).withPan(s.panX(), s.panY());
        if (!next.equals(target.state())) {
            target.setState(next);
        }
    }

    private void relabel() {
        currentLabel.setText(current.series().map(s -> "CURRENT  " + HeaderFacts.displayDate(s)).orElse("CURRENT"));
        priorLabel.setText(prior.series().map(s -> "PRIOR  " + HeaderFacts.displayDate(s)).orElse("PRIOR"));
        basisLabel.setText(basis.isEmpty() ? "" : "(" + basis + ")");
    }

    private static Text label() {
        return label("comparison-label", "-fx-fill: #ffd54f; -fx-font-size: 15px; -fx-font-weight: bold;", 6);
    }

    private static Text basisLabel() {
        return label("comparison-basis", "-fx-fill: #ffd54f; -fx-font-size: 12px; -fx-effect: dropshadow(gaussian, rgba(0,0,0,0.95), 2, 1.0, 0, 0);", 54);
    }

    private static Text label(String styleClass, String style, double top) {
        Text t = new Text();
        t.getStyleClass().add(styleClass);
        t.setStyle(style);
        t.setMouseTransparent(true);
        StackPane.setAlignment(t, Pos.TOP_CENTER);
        StackPane.setMargin(t, new javafx.geometry.Insets(top, 0, 0, 0));
        return t;
    }
}
