package org.lumen.viewer.browser;

import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/** A sortable table of {@link StudyRow}s that stays sorted while pages arrive. FX thread only. */
final class StudyTable {
    private final ObservableList<StudyRow> rows = FXCollections.observableArrayList();
    private final TableView<StudyRow> table = new TableView<>();

    StudyTable(String id, String emptyText, java.util.function.Consumer<StudyRow> open) {
        table.setId(id);
        table.getStyleClass().add("study-table");
        table.setPlaceholder(new Label(emptyText));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(text("Patient", StudyRow::displayName, 190));
        table.getColumns().add(text("Patient ID", StudyRow::patientId, 100));
        table.getColumns().add(text("Date", StudyRow::displayDate, 90));
        table.getColumns().add(text("Description", StudyRow::description, 200));
        table.getColumns().add(text("Modalities", r -> r.modalities().replace('\\', ' '), 95));
        table.getColumns().add(text("Accession", StudyRow::accession, 95));
        table.getColumns().add(number("Series", StudyRow::seriesCount));
        table.getColumns().add(number("Images", StudyRow::instanceCount));
        table.getColumns().add(text("Server", StudyRow::server, 130));
        SortedList<StudyRow> sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setRowFactory(t -> {
            TableRow<StudyRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem());
                }
            });
            return row;
        });
    }

    TableView<StudyRow> view() {
        return table;
    }

    ObservableList<StudyRow> rows() {
        return rows;
    }

    java.util.Optional<StudyRow> selected() {
        return java.util.Optional.ofNullable(table.getSelectionModel().getSelectedItem());
    }

    private static TableColumn<StudyRow, String> text(String title, Function<StudyRow, String> value, double width) {
        TableColumn<StudyRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setId("column-" + title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
        return column;
    }

    private static TableColumn<StudyRow, Integer> number(String title, Function<StudyRow, Integer> value) {
        TableColumn<StudyRow, Integer> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Integer item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null || item < 0 ? "" : item.toString());
            }
        });
        column.setPrefWidth(62);
        column.setId("column-" + title.toLowerCase(java.util.Locale.ROOT));
        return column;
    }
}
