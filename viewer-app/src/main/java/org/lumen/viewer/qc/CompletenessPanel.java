package org.lumen.viewer.qc;

import java.util.List;

import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The completeness and geometry panel of one series: instances received against the archive's count,
 * then each finding (errors first) with its severity and the values involved. FX thread only.
 */
final class CompletenessPanel {
    private final Stage stage;
    private final Label title = new Label();
    private final Label count = new Label();
    private final ListView<QcFinding> findings = new ListView<>();

    CompletenessPanel(Window owner, List<String> stylesheets) {
        title.getStyleClass().add("qc-title");
        count.setId("qc-count");
        findings.setId("qc-findings");
        findings.setPlaceholder(new Label("Complete: every reported instance received, no gap, repeat or geometry finding"));
        findings.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(QcFinding f, boolean empty) {
                super.updateItem(f, empty);
                getStyleClass().removeAll("qc-error", "qc-warning", "qc-info");
                if (empty || f == null) {
                    setText(null);
                    return;
                }
                setText((f.severity() == QcFinding.Severity.INFO ? "\u2139  " : "\u26A0  ") + f.title() + "\n    " + f.detail());
                setWrapText(true);
                setPrefWidth(0);
                getStyleClass().add("qc-" + f.severity().name().toLowerCase(java.util.Locale.ROOT));
            }
        });
        VBox.setVgrow(findings, Priority.ALWAYS);
        stage = QcStage.of(owner, stylesheets, "Series completeness", 760, 440, title, count, findings);
    }

    Stage stage() {
        return stage;
    }

    void show(SeriesCompleteness c) {
        title.setText(c.series().label());
        count.setText(c.countText() + (c.hasProblems() ? "" : "  \u2014  no problem found"));
        findings.setItems(FXCollections.observableArrayList(c.findings()));
        stage.setTitle("Series completeness \u2014 " + c.series().label());
        stage.show();
        stage.toFront();
    }
}
