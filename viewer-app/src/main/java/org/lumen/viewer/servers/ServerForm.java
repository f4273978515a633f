package org.lumen.viewer.servers;

import java.io.File;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

import org.lumen.dicomweb.QueryEncoding;

/** The fields of one server in the settings dialog, and their translation to {@link ServerSettings}. FX thread only. */
final class ServerForm {
    private final TextField name = field("server-name", "e.g. North Hospital PACS");
    private final TextField url = field("server-url", "https://pacs.example.org/dicom-web");
    private final CheckBox separate = new CheckBox("Separate QIDO, WADO and STOW URLs");
    private final TextField qido = field("server-qido", "QIDO-RS root");
    private final TextField wado = field("server-wado", "WADO-RS root");
    private final TextField stow = field("server-stow", "STOW-RS root");
    private final List<AuthEditor> editors;
    private final ChoiceBox<AuthEditor> authKind = new ChoiceBox<>();
    private final StackPane authPane = new StackPane();
    private final TextField caBundle = field("ca-bundle", "PEM file of extra certificate authorities (optional)");
    private final TextField clientCert = field("client-cert", "PKCS#12 (.p12/.pfx) or PEM client certificate (optional)");
    private final TextField clientKey = field("client-key", "PEM private key of a PEM client certificate");
    private final PasswordField clientKeyPassword = new PasswordField();
    private final ChoiceBox<QueryEncoding> encoding = new ChoiceBox<>();
    private final GridPane grid = new GridPane(10, 8);

    /** @param signIn what the OpenID editor's sign-in needs from the dialog */
    ServerForm(SignInPane.Context signIn) {
        editors = AuthEditor.all(signIn);
        separate.setId("separate-urls");
        clientKeyPassword.setId("client-key-password");
        clientKeyPassword.setPromptText("password of the certificate file, if any");
        authKind.setId("auth-kind");
        authKind.getItems().setAll(editors);
        authKind.setConverter(converter(AuthEditor::label));
        authKind.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                authPane.getChildren().setAll(b.node());
            }
        });
        authKind.getSelectionModel().selectFirst();
        encoding.setId("query-encoding");
        encoding.getItems().setAll(QueryEncoding.LITERAL, QueryEncoding.STRICT);
        encoding.setConverter(converter(e -> e == QueryEncoding.LITERAL
                ? "Literal (Orthanc: values not percent-decoded)" : "Strict (percent-encoded, standard)"));
        encoding.getSelectionModel().selectFirst();
        javafx.scene.layout.VBox roots = new javafx.scene.layout.VBox(8, qido, wado, stow);
        roots.visibleProperty().bind(separate.selectedProperty());
        roots.managedProperty().bind(separate.selectedProperty());
        int row = 0;
        grid.addRow(row++, new Label("Name"), name);
        grid.addRow(row++, new Label("DICOMweb URL"), url);
        grid.add(new javafx.scene.layout.VBox(8, separate, roots), 1, row++);
        grid.addRow(row++, new Label("Authentication"), authKind);
        grid.add(authPane, 1, row++);
        grid.addRow(row++, new Label("Extra CA bundle"), withBrowse(caBundle, "Choose a PEM CA bundle"));
        grid.addRow(row++, new Label("Client certificate"), withBrowse(clientCert, "Choose a PKCS#12 or PEM certificate"));
        grid.addRow(row++, new Label("Client key"), withBrowse(clientKey, "Choose the PEM private key"));
        grid.addRow(row++, new Label("Certificate password"), clientKeyPassword);
        grid.addRow(row, new Label("Query encoding"), encoding);
        GridPane.setHgrow(name, Priority.ALWAYS);
        grid.getChildren().stream().filter(Label.class::isInstance)
                .forEach(l -> ((Label) l).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE)); // labels are never cut
        grid.getStyleClass().add("server-form");
    }

    Node node() {
        return grid;
    }

    void clear() {
        for (TextField f : List.of(name, url, qido, wado, stow, caBundle, clientCert, clientKey)) {
            f.clear();
        }
        clientKeyPassword.clear();
        separate.setSelected(false);
        authKind.getSelectionModel().selectFirst();
        encoding.getSelectionModel().selectFirst();
        editors.forEach(e -> e.load(new AuthSettings.None()));
    }

    void load(ServerSettings s) {
        ServerInput in = ServerInput.of(s);
        name.setText(in.name());
        url.setText(in.url());
        separate.setSelected(in.separateRoots());
        qido.setText(in.qido());
        wado.setText(in.wado());
        stow.setText(in.stow());
        for (AuthEditor e : editors) {
            e.load(in.auth());
            if (e.kind().equals(in.auth().kind())) {
                authKind.getSelectionModel().select(e);
            }
        }
        caBundle.setText(in.caBundle());
        clientCert.setText(in.clientCertificate());
        clientKey.setText(in.clientKey());
        clientKeyPassword.clear();
        encoding.getSelectionModel().select(in.queryEncoding());
        editors.forEach(AuthEditor::loaded);
    }

    /** The dialog closes: running sign-ins stop. */
    void close() {
        editors.forEach(AuthEditor::close);
    }

    /** The fields as typed. */
    ServerInput input() {
        return new ServerInput(name.getText(), url.getText(), separate.isSelected(), qido.getText(), wado.getText(),
                stow.getText(), authKind.getValue().read(), caBundle.getText(), clientCert.getText(), clientKey.getText(), encoding.getValue());
    }

    /** The settings as entered, under {@code id}; {@link IllegalArgumentException} names what is wrong. */
    ServerSettings read(String id) {
        return input().toSettings(id);
    }

    char[] typedSecret() {
        return authKind.getValue().typedSecret();
    }

    char[] typedClientKeyPassword() {
        return clientKeyPassword.getText().toCharArray();
    }

    private Node withBrowse(TextField field, String title) {
        Button browse = new Button("Browse\u2026");
        browse.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            File file = chooser.showOpenDialog(grid.getScene().getWindow());
            if (file != null) {
                field.setText(file.getAbsolutePath());
            }
        });
        HBox box = new HBox(6, field, browse);
        HBox.setHgrow(field, Priority.ALWAYS);
        return box;
    }

    private static TextField field(String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefColumnCount(32);
        return f;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("choices are not typed");
            }
        };
    }
}
