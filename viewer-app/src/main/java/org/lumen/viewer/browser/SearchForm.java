package org.lumen.viewer.browser;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/** The search fields of the study browser and the {@link StudyQuery} they make. FX thread only. */
final class SearchForm {
    /** The server choice that searches every configured server. */
    static final String ALL_SERVERS = "All servers";
    private final TextField patientName = field("search-patient-name", "Name, e.g. Smith^J");
    private final TextField patientId = field("search-patient-id", "Patient ID");
    private final TextField accession = field("search-accession", "Accession number");
    private final TextField description = field("search-description", "Study description");
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final ComboBox<String> modality = new ComboBox<>();
    private final ChoiceBox<String> server = new ChoiceBox<>();
    private final GridPane grid = new GridPane(10, 6);

    SearchForm() {
        from.setId("search-from");
        to.setId("search-to");
        from.setPromptText("from");
        to.setPromptText("to");
        from.setPrefWidth(130);
        to.setPrefWidth(130);
        modality.setId("search-modality");
        modality.setEditable(true);
        modality.getItems().setAll("", "CT", "MR", "CR", "DX", "US", "PT", "NM", "MG", "XA", "RF", "SR");
        modality.setPrefWidth(90);
        server.setId("search-server");
        grid.addRow(0, new Label("Patient"), patientName, new Label("Patient ID"), patientId, new Label("Accession"), accession);
        grid.addRow(1, new Label("Study date"), new javafx.scene.layout.HBox(6, from, new Label("\u2013"), to),
                new Label("Modality"), modality, new Label("Description"), description);
        grid.addRow(2, new Label("Server"), server);
        grid.getStyleClass().add("search-form");
    }

    Node node() {
        return grid;
    }

    TextField patientNameField() {
        return patientName;
    }

    /** Fills the server choice; keeps the current choice when it still exists. */
    void servers(List<String> names) {
        String current = server.getValue();
        server.getItems().setAll(ALL_SERVERS);
        server.getItems().addAll(names);
        server.setValue(current != null && server.getItems().contains(current) ? current : ALL_SERVERS);
    }

    /** The chosen server's name, or empty for all servers. */
    Optional<String> server() {
        String value = server.getValue();
        return value == null || value.equals(ALL_SERVERS) ? Optional.empty() : Optional.of(value);
    }

    /** The query as entered; {@link IllegalArgumentException} names what is wrong. */
    StudyQuery query() {
        String m = modality.getEditor().getText() == null ? "" : modality.getEditor().getText();
        return new StudyQuery(patientName.getText(), patientId.getText(), accession.getText(), "", "", m,
                description.getText(), false).withDates(date(from), date(to));
    }

    private static Optional<LocalDate> date(DatePicker picker) {
        return Optional.ofNullable(picker.getValue());
    }

    private static TextField field(String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefColumnCount(14);
        return f;
    }
}
