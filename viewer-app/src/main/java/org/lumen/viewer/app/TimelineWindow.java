package org.lumen.viewer.app;

import java.util.List;
import java.util.function.Consumer;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;

import org.lumen.viewer.priors.TimelineEntry;
import org.lumen.viewer.priors.TimelineSearch;

/**
 * The patient's timeline: every study of the patient on the configured servers, newest first, the
 * current one marked, each with the servers holding it; "Compare" opens the chosen prior beside the
 * current series. FX thread only.
 */
final class TimelineWindow {
    private final Stage stage = new Stage();
    private final ListView<TimelineEntry> list = new ListView<>();
    /** Study UIDs of the priors prefetched for the current study, the most relevant first. */
    private List<String> prefetched = List.of();
    private final Label heading = new Label();
    private final Button compare = new Button("Compare with Current");
    private String currentStudy = "";

    TimelineWindow(Stage owner, List<String> stylesheets, Consumer<TimelineEntry> onCompare) {
        stage.initOwner(owner);
        stage.setTitle("Lumen \u2014 Patient Timeline");
        list.setId("timeline-list");
        compare.setId("compare-prior");
        heading.setId("timeline-heading");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(TimelineEntry e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : (e.studyUid().equals(currentStudy) ? "CURRENT  " : "")
                        + (prefetched.contains(e.studyUid()) ? "PREFETCHED  " : "") + e.line());
            }
        });
        compare.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull()
                .or(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
                    TimelineEntry e = list.getSelectionModel().getSelectedItem();
                    return e != null && e.studyUid().equals(currentStudy);
                }, list.getSelectionModel().selectedItemProperty())));
        compare.setOnAction(e -> {
            onCompare.accept(list.getSelectionModel().getSelectedItem());
            stage.hide();
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && !compare.isDisabled()) {
                compare.fire();
            }
        });
        BorderPane root = new BorderPane(list, heading, null, new HBox(8, compare), null);
        root.getStyleClass().add("lumen-root");
        root.setStyle("-fx-padding: 10;");
        Scene scene = new Scene(root, 640, 360);
        scene.getStylesheets().addAll(stylesheets);
        stage.setScene(scene);
    }

    void searching(String patientId, String currentStudyUid, int serverCount) {
        currentStudy = currentStudyUid;
        list.getItems().clear();
        heading.setText("Searching " + serverCount + (serverCount == 1 ? " server" : " servers") + " for patient " + patientId + "\u2026");
        stage.show();
        stage.toFront();
    }

    void show(TimelineSearch.Result result) {
        show(result, List.of());
    }

    /**
     * Shows the timeline with the priors prefetched for the current study marked PREFETCHED (priors2), the most relevant
     * of them ({@code relevant}, in relevance order) chosen, else the newest prior.
     */
    void show(TimelineSearch.Result result, List<String> relevant) {
        prefetched = List.copyOf(relevant);
        list.getItems().setAll(result.timeline().entries());
        StringBuilder text = new StringBuilder("Patient " + result.timeline().patientId() + ": " + result.timeline().entries().size()
                + (result.timeline().entries().size() == 1 ? " study" : " studies"));
        result.failures().forEach((server, message) -> text.append("\n").append(server).append(": ").append(message));
        heading.setText(text.toString());
        List<TimelineEntry> priors = result.timeline().priorsOf(currentStudy);
        relevant.stream().flatMap(uid -> priors.stream().filter(e -> e.studyUid().equals(uid))).findFirst()
                .or(() -> priors.stream().findFirst()).ifPresent(list.getSelectionModel()::select);
    }

    /** The entry chosen (tests). */
    java.util.Optional<TimelineEntry> selected() {
        return java.util.Optional.ofNullable(list.getSelectionModel().getSelectedItem());
    }

    /** The entries shown (tests). */
    List<TimelineEntry> entries() {
        return List.copyOf(list.getItems());
    }

    Stage stage() {
        return stage;
    }
}
