package org.lumen.viewer.servers;

import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executor;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The "Servers" window: the configured servers on the left, the selected one's form on the right,
 * "Test connection" (a real QIDO-RS search, off the FX thread) and "Save" (settings file and
 * credential store, off the FX thread). FX thread only.
 */
public final class ServerSettingsDialog {
    private final ServerRegistry registry;
    private final Executor background;
    private final Stage stage = new Stage();
    private final ListView<ServerSettings> list = new ListView<>();
    private final ServerForm form;
    private final Label result = new Label();
    private final Button test = new Button("Test connection");
    private final Button save = new Button("Save");
    private String editingId = newId();

    public ServerSettingsDialog(Window owner, ServerRegistry registry, Executor background, java.util.List<String> stylesheets) {
        this(owner, registry, background, stylesheets, new SystemBrowser(), java.time.Duration.ofMinutes(5));
    }

    /**
     * As above, OpenID sign-in pages opened by {@code browser} and given up after {@code signInTimeout}.
     */
    public ServerSettingsDialog(Window owner, ServerRegistry registry, Executor background, java.util.List<String> stylesheets,
            java.util.function.Consumer<java.net.URI> browser, java.time.Duration signInTimeout) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.background = Objects.requireNonNull(background, "background");
        this.form = new ServerForm(new SignInPane.Context(this::formSettings, this::typedClientKeyPassword,
                registry.clients(), browser, signInTimeout));
        list.setId("server-list");
        list.setPrefWidth(220);
        list.setPlaceholder(new Label("No server yet:\nfill in the form and save"));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ServerSettings item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                editingId = b.id();
                form.load(b);
                showResult("", "");
            }
        });
        Button add = new Button("Add server");
        add.setId("add-server");
        add.setOnAction(e -> startNew());
        Button remove = new Button("Remove");
        remove.setId("remove-server");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> remove());
        VBox left = new VBox(8, new Label("Servers"), list, new HBox(6, add, remove));
        VBox.setVgrow(list, Priority.ALWAYS);
        test.setId("test-connection");
        test.setOnAction(e -> testConnection());
        save.setId("save-server");
        save.setDefaultButton(true);
        save.setOnAction(e -> save());
        result.setId("test-result");
        result.setWrapText(true);
        result.setMaxWidth(560);
        Label store = new Label("Passwords and tokens are never written to the settings file. Where they are kept: "
                + registry.clients().credentials().description() + ".");
        store.setId("secret-store-note");
        store.setWrapText(true);
        store.setMaxWidth(560);
        store.getStyleClass().add("hint");
        VBox right = new VBox(12, form.node(), new HBox(10, test, save), result, store);
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        BorderPane root = new BorderPane(right, null, null, new HBox(spacer, close), left);
        BorderPane.setMargin(right, new Insets(0, 0, 0, 16));
        root.setPadding(new Insets(14));
        root.getStyleClass().add("server-settings");
        Scene scene = new Scene(root, 980, 680);
        scene.getStylesheets().addAll(stylesheets);
        stage.setScene(scene);
        stage.setTitle("Lumen \u2014 DICOMweb servers");
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setOnHidden(e -> form.close());
        refresh();
        if (registry.servers().isEmpty()) {
            startNew();
        } else {
            list.getSelectionModel().selectFirst();
        }
    }

    public void show() {
        stage.show();
    }

    Stage stage() {
        return stage;
    }

    private ServerSettings formSettings() {
        return form.read(editingId);
    }

    private char[] typedClientKeyPassword() {
        return form.typedClientKeyPassword();
    }

    private void startNew() {
        list.getSelectionModel().clearSelection();
        editingId = newId();
        form.clear();
        showResult("New server: fill in the form, test the connection, then save.", "hint");
    }

    private void testConnection() {
        ServerSettings settings;
        try {
            settings = form.read(editingId);
        } catch (IllegalArgumentException e) {
            showResult(e.getMessage(), "test-failure");
            return;
        }
        char[] typed = form.typedSecret();
        char[] typedKey = form.typedClientKeyPassword();
        test.setDisable(true);
        showResult("Testing " + settings.qidoRoot() + "\u2026", "hint");
        background.execute(() -> {
            CredentialStore store = registry.clients().credentials();
            char[] secret = typed.length > 0 || !settings.auth().keepsSecret() ? typed
                    : storedOrEmpty(store, settings.secretId());
            char[] key = typedKey.length > 0 ? typedKey : storedOrEmpty(store, settings.clientKeySecretId());
            ConnectionTest.Report report = ConnectionTest.run(settings, secret, key, registry.clients().signIns());
            java.util.Arrays.fill(secret, '\0');
            java.util.Arrays.fill(key, '\0');
            Platform.runLater(() -> {
                test.setDisable(false);
                showResult(report.message(), report.outcome() == ConnectionTest.Outcome.SUCCESS ? "test-success" : "test-failure");
            });
        });
    }

    private static char[] storedOrEmpty(CredentialStore store, String id) {
        try {
            return store.get(id).orElse(new char[0]);
        } catch (CredentialStoreException e) {
            return new char[0];
        }
    }

    private void save() {
        ServerSettings settings;
        try {
            settings = form.read(editingId);
        } catch (IllegalArgumentException e) {
            showResult(e.getMessage(), "test-failure");
            return;
        }
        char[] secret = form.typedSecret();
        char[] key = form.typedClientKeyPassword();
        save.setDisable(true);
        background.execute(() -> {
            String message;
            String style;
            try {
                registry.save(settings, secret, key);
                message = "Saved " + settings.name() + ".";
                style = "test-success";
            } catch (CredentialStoreException e) {
                message = "Settings saved, but: " + e.getMessage();
                style = "test-warning";
            } catch (IllegalArgumentException | java.io.IOException e) {
                message = "Not saved: " + e.getMessage();
                style = "test-failure";
            }
            String text = message;
            String css = style;
            Platform.runLater(() -> {
                save.setDisable(false);
                refresh();
                registry.servers().stream().filter(s -> s.id().equals(settings.id())).findFirst()
                        .ifPresent(s -> list.getSelectionModel().select(s));
                showResult(text, css);
            });
        });
    }

    private void remove() {
        ServerSettings selected = list.getSelectionModel().getSelectedItem();
        background.execute(() -> {
            String text;
            try {
                registry.remove(selected.id());
                text = "Removed " + selected.name() + ".";
            } catch (java.io.IOException | CredentialStoreException e) {
                text = "Could not remove " + selected.name() + ": " + e.getMessage();
            }
            String message = text;
            Platform.runLater(() -> {
                refresh();
                startNew();
                showResult(message, "hint");
            });
        });
    }

    private void refresh() {
        list.getItems().setAll(registry.servers());
    }

    private void showResult(String text, String style) {
        result.setText(text);
        result.getStyleClass().removeAll("test-success", "test-failure", "test-warning", "hint");
        if (!style.isEmpty()) {
            result.getStyleClass().add(style);
        }
    }

    private static String newId() {
        return "srv-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
