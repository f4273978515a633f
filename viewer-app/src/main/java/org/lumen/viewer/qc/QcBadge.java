package org.lumen.viewer.qc;

import java.util.Optional;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

/**
 * The QC badge of a viewport (or a series tile): hidden while the series checks out, else "⚠ QC n"
 * with the findings in its tooltip; a click opens the completeness panel. The check runs on a virtual
 * thread; only the newest check is shown. FX thread only.
 */
public final class QcBadge {
    private final Label label = new Label();
    private Consumer<SeriesCompleteness> open = c -> {};
    private SeriesCompleteness shown;
    private long generation;

    public QcBadge() {
        label.getStyleClass().add("qc-badge");
        label.setVisible(false);
        label.setManaged(false);
        label.setOnMouseClicked(e -> {
            if (shown != null) {
                open.accept(shown);
                e.consume();
            }
        });
    }

    public Node node() {
        return label;
    }

    /** What a click does with the shown result (open the completeness panel). */
    public void onOpen(Consumer<SeriesCompleteness> action) {
        open = action;
    }

    /** Checks a series in the background, then shows the result. */
    public void check(QcSeries series) {
        long ticket = ++generation;
        Thread.ofVirtual().name("lumen-qc-check").start(() -> {
            SeriesCompleteness c = SeriesCompleteness.check(series);
            Platform.runLater(() -> {
                if (ticket == generation) {
                    show(c);
                }
            });
        });
    }

    /** Hides the badge and forgets the series. */
    public void clear() {
        generation++;
        shown = null;
        label.setVisible(false);
        label.setManaged(false);
    }

    /** The last result shown, if any. */
    public Optional<SeriesCompleteness> completeness() {
        return Optional.ofNullable(shown);
    }

    private void show(SeriesCompleteness c) {
        shown = c;
        long problems = c.findings().stream().filter(f -> f.severity() != QcFinding.Severity.INFO).count();
        boolean error = c.findings().stream().anyMatch(f -> f.severity() == QcFinding.Severity.ERROR);
        // Instances missing: the count too, as the strip's tile says it ("⚠ 6 of 40")
        label.setText("\u26A0 QC " + problems + (c.reported() > c.received() ? "  " + c.received() + " of " + c.reported() : ""));
        label.getStyleClass().removeAll("qc-badge-error", "qc-badge-warning");
        label.getStyleClass().add(error ? "qc-badge-error" : "qc-badge-warning");
        StringBuilder tip = new StringBuilder(c.countText());
        c.findings().forEach(f -> tip.append('\n').append(f.title()));
        label.setTooltip(new Tooltip(tip + "\n(click for details)"));
        label.setVisible(problems > 0);
        label.setManaged(problems > 0);
    }
}
