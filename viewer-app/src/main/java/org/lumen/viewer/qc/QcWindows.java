package org.lumen.viewer.qc;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import javafx.application.Platform;
import javafx.stage.Window;

/**
 * The QC windows of the main window: the tag browser, the header diff and the completeness panel,
 * each created on first use and reused. FX thread only.
 */
public final class QcWindows {
    private final Window owner;
    private final List<String> stylesheets;
    private TagBrowser tags;
    private HeaderDiffView diff;
    private CompletenessPanel completeness;

    public QcWindows(Window owner, List<String> stylesheets) {
        this.owner = Objects.requireNonNull(owner, "owner");
        java.util.ArrayList<String> all = new java.util.ArrayList<>(stylesheets);
        all.add(stylesheet());
        this.stylesheets = List.copyOf(all);
    }

    /** The QC stylesheet (badges, diff highlighting), for the main scene too. */
    public static String stylesheet() {
        return Objects.requireNonNull(QcWindows.class.getResource("lumen-qc.css"), "lumen-qc.css").toExternalForm();
    }

    /** Opens the tag browser on instance {@code index} of {@code series}; {@code all} can be chosen from. */
    public void showTagBrowser(List<QcSeries> all, QcSeries series, int index) {
        if (tags == null) {
            tags = new TagBrowser(owner, stylesheets);
        }
        tags.show(all, series, index);
    }

    /** Opens the header diff of {@code a} (instance {@code index}) against {@code b}. */
    public void showHeaderDiff(List<QcSeries> all, QcSeries a, QcSeries b, int index) {
        if (diff == null) {
            diff = new HeaderDiffView(owner, stylesheets);
        }
        diff.show(all, a, b, index);
    }

    /** Shows a completeness result. */
    public void showCompleteness(SeriesCompleteness result) {
        if (completeness == null) {
            completeness = new CompletenessPanel(owner, stylesheets);
        }
        completeness.show(result);
    }

    /** Checks a series off the FX thread, then shows the result. */
    public void checkAndShow(QcSeries series) {
        CompletableFuture.supplyAsync(() -> SeriesCompleteness.check(series))
                .thenAccept(c -> Platform.runLater(() -> showCompleteness(c)));
    }

    /** Closes every QC window (when the study closes). */
    public void closeAll() {
        for (var stage : new javafx.stage.Stage[] {tags == null ? null : tags.stage(), diff == null ? null : diff.stage(),
                completeness == null ? null : completeness.stage()}) {
            if (stage != null) {
                stage.close();
            }
        }
        tags = null;
        diff = null;
        completeness = null;
    }
}
