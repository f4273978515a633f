package org.lumen.viewer.app;

import java.util.List;
import java.util.Objects;
import java.util.function.ToIntFunction;

import javafx.stage.Window;

import org.lumen.viewer.qc.QcSeries;
import org.lumen.viewer.qc.QcWindows;
import org.lumen.viewer.tools.ViewerAction;

/**
 * The QC actions of the main window on what the workspace shows: the tag browser on the active
 * viewport's image, the header diff (the active viewport's series against another viewport's, or its
 * next image), the completeness panel of the active series. FX thread only.
 */
final class StudyQc {
    private final Workspace workspace;
    private final StatusBar statusBar;
    private final ToIntFunction<String> reportedInstances;
    private final QcWindows windows;

    StudyQc(Window owner, List<String> stylesheets, Workspace workspace, StatusBar statusBar, ToIntFunction<String> reportedInstances) {
        this.workspace = Objects.requireNonNull(workspace);
        this.statusBar = Objects.requireNonNull(statusBar);
        this.reportedInstances = Objects.requireNonNull(reportedInstances);
        this.windows = new QcWindows(owner, stylesheets);
    }

    QcWindows windows() {
        return windows;
    }

    void perform(ViewerAction action) {
        StackViewport active = workspace.active();
        if (active.series().isEmpty()) {
            statusBar.show("Open a series first: the QC tools work on the series shown in the active viewport");
            return;
        }
        OpenedSeries shown = active.series().get();
        List<QcSeries> all = workspace.openedSeries().stream().map(this::qc).toList();
        QcSeries current = all.stream().filter(s -> s.uid().equals(SeriesCatalog.uid(shown))).findFirst().orElse(qc(shown));
        int instance = QcSeriesOf.instanceOf(shown, active.index());
        switch (action) {
            case TAG_BROWSER -> windows.showTagBrowser(all, current, instance);
            case HEADER_DIFF -> {
                QcSeries other = workspace.visibleViewports().stream().filter(v -> v != active).flatMap(v -> v.series().stream())
                        .map(this::qc).filter(s -> !s.uid().equals(current.uid())).findFirst().orElse(current);
                windows.showHeaderDiff(all, current, other, instance);
            }
            case SERIES_QC -> windows.checkAndShow(current);
            default -> throw new IllegalArgumentException("not a QC action: " + action);
        }
    }

    private QcSeries qc(OpenedSeries series) {
        return QcSeriesOf.of(series, reportedInstances.applyAsInt(SeriesCatalog.uid(series)));
    }
}
