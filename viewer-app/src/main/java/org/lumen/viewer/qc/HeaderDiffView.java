package org.lumen.viewer.qc;

import java.util.List;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.lumen.dicom.DataSet;

/**
 * The side-by-side header diff: an instance (or, with "Whole series", the attributes every instance
 * of a series shares) on the left and on the right; differing rows highlighted (changed, only left,
 * only right), equal rows hideable. FX thread only.
 */
final class HeaderDiffView {
    private final Stage stage;
    private final InstancePicker left = new InstancePicker("Left", "diff-left", i -> recompare());
    private final InstancePicker right = new InstancePicker("Right", "diff-right", i -> recompare());
    private final CheckBox hideEqual = new CheckBox("Hide equal elements");
    private final CheckBox wholeSeries = new CheckBox("Whole series (attributes shared by all instances)");
    private final TableView<HeaderDiff.Row> table = new TableView<>();
    private final Label summary = new Label();

    HeaderDiffView(Window owner, List<String> stylesheets) {
        hideEqual.setId("diff-hide-equal");
        wholeSeries.setId("diff-whole-series");
        hideEqual.selectedProperty().addListener((o, a, b) -> recompare());
        wholeSeries.selectedProperty().addListener((o, a, b) -> recompare());
        table.setId("diff-table");
        table.getColumns().add(column("Tag", 230, HeaderDiff.Row::path));
        table.getColumns().add(column("Keyword", 210, HeaderDiff.Row::keyword));
        table.getColumns().add(column("Left", 300, HeaderDiff.Row::left));
        table.getColumns().add(column("Right", 300, HeaderDiff.Row::right));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(HeaderDiff.Row row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("diff-different", "diff-only-left", "diff-only-right");
                if (!empty && row != null && !row.same()) {
                    getStyleClass().add(switch (row.kind()) {
                        case ONLY_LEFT -> "diff-only-left";
                        case ONLY_RIGHT -> "diff-only-right";
                        default -> "diff-different";
                    });
                }
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        summary.setId("diff-summary");
        stage = QcStage.of(owner, stylesheets, "Header diff", 1100, 720, left.node(), right.node(), new HBox(16, hideEqual, wholeSeries),
                table, summary);
    }

    Stage stage() {
        return stage;
    }

    /**
     * Shows the diff of instance {@code index} of {@code a} against the same index of {@code b} (its
     * next instance when both are the same series).
     */
    void show(List<QcSeries> all, QcSeries a, QcSeries b, int index) {
        left.offer(all, a, index);
        right.offer(all, b, a == b ? index + 1 : index);
        recompare();
        stage.show();
        stage.toFront();
    }

    private void recompare() {
        if (left.instance() == null || right.instance() == null) {
            return;
        }
        boolean series = wholeSeries.isSelected();
        List<HeaderDiff.Row> rows = HeaderDiff.compare(side(left, series), side(right, series));
        List<HeaderDiff.Row> differences = HeaderDiff.differences(rows);
        table.setItems(FXCollections.observableArrayList(hideEqual.isSelected() ? differences : rows));
        summary.setText(differences.size() + (differences.size() == 1 ? " element differs" : " elements differ") + " of " + rows.size()
                + (series ? " (series-level attributes)" : ""));
    }

    private static DataSet side(InstancePicker picker, boolean series) {
        return series ? HeaderDiff.commonHeader(picker.series().instances().stream().map(QcSeries.Instance::header).toList())
                : picker.instance().header();
    }

    private static TableColumn<HeaderDiff.Row, String> column(String title, double width, java.util.function.Function<HeaderDiff.Row, String> value) {
        TableColumn<HeaderDiff.Row, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}
