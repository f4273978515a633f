package org.lumen.viewer.cache;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Predicate;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import org.lumen.store.audit.AuditAction;
import org.lumen.store.cache.CacheStats;
import org.lumen.store.cache.CachedStudy;
import org.lumen.viewer.text.Plural;

/**
 * The cache panel: space used against the cap (settable, in GiB), the cached studies (patient,
 * date, description, size, last access, pinned), pin or unpin the selection for offline reading,
 * remove it, or clear everything after a confirmation. Removals are written to the audit log. Cache
 * work runs on {@code background}; the panel is touched on the FX thread only.
 */
public final class CachePanel {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
    private final StudyCache cache;
    private final Executor background;
    private final Predicate<String> confirm;
    private final TableView<CachedStudy> table = new TableView<>();
    private final ProgressBar usage = new ProgressBar(0);
    private final Label usageText = new Label();
    private final Label message = new Label();
    private final Spinner<Integer> capGiB = new Spinner<>(1, 4096, 20);
    private final BorderPane root = new BorderPane();

    /**
     * @param confirm asks the user a yes/no question (the window passes {@link #confirmDialog()})
     */
    public CachePanel(StudyCache cache, Executor background, Predicate<String> confirm) {
        this.cache = Objects.requireNonNull(cache, "cache");
        this.background = Objects.requireNonNull(background, "background");
        this.confirm = Objects.requireNonNull(confirm, "confirm");
        build();
        refresh();
    }

    /** A confirmation as a modal dialog with OK and Cancel. */
    public static Predicate<String> confirmDialog() {
        return question -> new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.OK, ButtonType.CANCEL)
                .showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    public Parent node() {
        return root;
    }

    /** Reads the figures and the list again (off the FX thread). */
    public void refresh() {
        background.execute(() -> {
            CacheStats stats = cache.entries().stats();
            List<CachedStudy> studies = cache.entries().studies();
            Platform.runLater(() -> show(stats, studies));
        });
    }

    private void build() {
        table.setId("cache-studies");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label("No study is cached."));
        table.getColumns().add(CacheText.column("Patient", 200, s -> s.labels().patientName().replace('^', ' ')));
        table.getColumns().add(CacheText.column("Patient ID", 110, s -> s.labels().patientId()));
        table.getColumns().add(CacheText.column("Date", 90, s -> CacheText.dicomDate(s.labels().studyDate())));
        table.getColumns().add(CacheText.column("Description", 220, s -> s.labels().studyDescription()));
        table.getColumns().add(CacheText.column("Server", 110, s -> s.study().serverId()));
        TableColumn<CachedStudy, Long> size = new TableColumn<>("Size");
        size.setPrefWidth(90);
        size.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().sizeBytes()));
        size.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Long bytes, boolean empty) {
                super.updateItem(bytes, empty);
                setText(empty || bytes == null ? null : CacheText.bytes(bytes));
            }
        });
        table.getColumns().add(size);
        table.getColumns().add(CacheText.column("Last access", 130, s -> WHEN.format(s.lastAccess())));
        table.getColumns().add(CacheText.column("Pinned", 70, s -> s.pinned() ? "Pinned" : ""));

        usage.setId("cache-usage");
        usage.setPrefWidth(260);
        usageText.setId("cache-usage-text");
        capGiB.setId("cache-cap");
        capGiB.setEditable(true);
        capGiB.setPrefWidth(90);
        Button setCap = button("Set cap", "cache-set-cap", this::applyCap);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox top = new HBox(8, new Label("Used"), usage, usageText, grow, new Label("Cap (GiB)"), capGiB, setCap);
        top.setAlignment(Pos.CENTER_LEFT);

        Button pin = button("Pin for offline", "cache-pin", () -> pin(true));
        Button unpin = button("Unpin", "cache-unpin", () -> pin(false));
        Button remove = button("Remove", "cache-remove", this::removeSelected);
        Button clear = button("Clear all\u2026", "cache-clear", this::clearAll);
        message.setId("cache-message");
        HBox actions = new HBox(8, pin, unpin, remove, clear, message);
        actions.setAlignment(Pos.CENTER_LEFT);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            boolean none = b == null;
            pin.setDisable(none);
            unpin.setDisable(none);
            remove.setDisable(none);
        });
        pin.setDisable(true);
        unpin.setDisable(true);
        remove.setDisable(true);

        root.setTop(top);
        root.setCenter(table);
        root.setBottom(actions);
        BorderPane.setMargin(table, new Insets(8, 0, 8, 0));
        root.setPadding(new Insets(10));
        root.getStyleClass().add("cache-panel");
        root.setPrefSize(1100, 520);
    }

    private void show(CacheStats stats, List<CachedStudy> studies) {
        double fraction = stats.capBytes() == 0 ? 1 : (double) stats.sizeBytes() / stats.capBytes();
        usage.setProgress(Math.min(1, fraction));
        usageText.setText(CacheText.bytes(stats.sizeBytes()) + " of " + CacheText.bytes(stats.capBytes()) + " \u2014 "
                + studies.size() + (studies.size() == 1 ? " study" : " studies") + ", " + stats.pinnedStudies() + " pinned"
                + (stats.droppedEntries() > 0 ? ", " + Plural.of(stats.droppedEntries(), "damaged entry", "damaged entries") + " dropped" : ""));
        capGiB.getValueFactory().setValue((int) Math.max(1, Math.min(4096, stats.capBytes() >> 30)));
        List<String> selected = table.getSelectionModel().getSelectedItems().stream().map(s -> s.study().studyUid()).toList();
        table.setItems(FXCollections.observableArrayList(studies));
        for (int i = 0; i < studies.size(); i++) {
            if (selected.contains(studies.get(i).study().studyUid())) {
                table.getSelectionModel().select(i);
            }
        }
    }

    private void applyCap() {
        long cap = (long) capGiB.getValue() << 30;
        work("Cap set to " + capGiB.getValue() + " GiB", () -> cache.setCapBytes(cap));
    }

    private void pin(boolean pinned) {
        List<CachedStudy> chosen = List.copyOf(table.getSelectionModel().getSelectedItems());
        work((pinned ? "Pinned " : "Unpinned ") + count(chosen.size()), () -> {
            for (CachedStudy s : chosen) {
                if (pinned) {
                    cache.entries().pin(s.study());
                } else {
                    cache.entries().unpin(s.study());
                }
            }
        });
    }

    private void removeSelected() {
        List<CachedStudy> chosen = List.copyOf(table.getSelectionModel().getSelectedItems());
        if (!confirm.test("Remove " + count(chosen.size()) + " from the cache? They can be retrieved again from their server.")) {
            return;
        }
        work("Removed " + count(chosen.size()), () -> {
            for (CachedStudy s : chosen) {
                cache.entries().remove(s.study());
                cache.audit(s.study().serverId(), s.study().studyUid(), s.labels().patientId(), AuditAction.DELETE_FROM_CACHE);
            }
        });
    }

    private void clearAll() {
        List<CachedStudy> all = List.copyOf(table.getItems());
        if (!confirm.test("Remove all " + count(all.size()) + " from the cache, pinned ones included?")) {
            return;
        }
        work("Cache cleared", () -> {
            cache.entries().clear();
            for (CachedStudy s : all) {
                cache.audit(s.study().serverId(), s.study().studyUid(), s.labels().patientId(), AuditAction.DELETE_FROM_CACHE);
            }
        });
    }

    private void work(String done, IoAction action) {
        message.setText("Working\u2026");
        background.execute(() -> {
            String result;
            try {
                action.run();
                result = done;
            } catch (IOException | RuntimeException e) {
                result = "Failed: " + e.getMessage();
            }
            String shown = result;
            Platform.runLater(() -> message.setText(shown));
            refresh();
        });
    }

    private static String count(int n) {
        return n + (n == 1 ? " study" : " studies");
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    @FunctionalInterface
    private interface IoAction {
        void run() throws IOException;
    }
}
