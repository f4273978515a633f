package org.lumen.viewer.cache;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executor;

import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.lumen.store.audit.AuditAction;
import org.lumen.store.audit.AuditRecord;
import org.lumen.store.audit.ChainVerification;
import org.lumen.viewer.text.Plural;

/**
 * The audit viewer: the records of the study-access log (time, OS user, action, server, study,
 * patient) in a table with a text filter and an action filter, and "Verify chain", which checks
 * every record and link of the log and says whether it is intact or where it breaks; logs set aside
 * as broken at a start are listed with their own verdict. Reads run on {@code background}.
 */
public final class AuditViewer {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());
    private static final String ALL = "All actions";
    private final StudyCache cache;
    private final Executor background;
    private final TableView<AuditRecord> table = new TableView<>();
    private final FilteredList<AuditRecord> shown = new FilteredList<>(FXCollections.observableArrayList());
    private final TextField filter = new TextField();
    private final ChoiceBox<String> action = new ChoiceBox<>();
    private final Label verdict = new Label("Chain not verified yet.");
    private final Label setAside = new Label();
    private final BorderPane root = new BorderPane();

    public AuditViewer(StudyCache cache, Executor background) {
        this.cache = Objects.requireNonNull(cache, "cache");
        this.background = Objects.requireNonNull(background, "background");
        build();
        refresh();
    }

    public Parent node() {
        return root;
    }

    /** Reads the log again (off the FX thread). */
    public void refresh() {
        background.execute(() -> {
            try {
                List<AuditRecord> records = cache.auditLog().read();
                Platform.runLater(() -> ((javafx.collections.ObservableList<AuditRecord>) shown.getSource()).setAll(records));
            } catch (IOException e) {
                Platform.runLater(() -> verdict.setText("Cannot read the audit log: " + e.getMessage()));
            }
        });
    }

    /** Verifies the log and the set-aside ones (off the FX thread); the verdict line shows the outcome. */
    public void verify() {
        verdict.setText("Verifying\u2026");
        verdict.getStyleClass().removeAll("audit-intact", "audit-broken");
        background.execute(() -> {
            String text;
            boolean intact;
            try {
                ChainVerification result = cache.auditLog().verify();
                intact = result instanceof ChainVerification.Intact;
                text = describe(result);
            } catch (IOException e) {
                intact = false;
                text = "Cannot verify the audit log: " + e.getMessage();
            }
            List<String> earlier = new ArrayList<>();
            try {
                for (Path file : cache.setAsideAuditLogs()) {
                    earlier.add(file.getFileName() + ": " + describe(cache.verifyAuditLog(file)));
                }
            } catch (IOException e) {
                earlier.add("Cannot list the logs set aside: " + e.getMessage());
            }
            String shownText = text;
            boolean ok = intact;
            Platform.runLater(() -> {
                verdict.setText(shownText);
                verdict.getStyleClass().add(ok ? "audit-intact" : "audit-broken");
                setAside.setText(earlier.isEmpty() ? "" : "Logs set aside as broken at a start:\n" + String.join("\n", earlier));
            });
            refresh();
        });
    }

    /** The verdict line's text (for tests and the status bar). */
    public String verdictText() {
        return verdict.getText();
    }

    static String describe(ChainVerification result) {
        return switch (result) {
            case ChainVerification.Intact i -> "Chain intact: " + (i.verifiedRecords() == 1 ? "the 1 record" : "all " + i.verifiedRecords() + " records") + " verified.";
            case ChainVerification.Broken b -> "Chain BROKEN at record " + b.sequence() + " (byte " + b.offset() + "): "
                    + b.problem() + ". " + Plural.of(b.verifiedRecords(), "record", "records") + " before it verified.";
        };
    }

    private void build() {
        table.setId("audit-records");
        table.setPlaceholder(new Label("No record."));
        table.getColumns().add(CacheText.column("#", 50, r -> Long.toString(r.sequence())));
        table.getColumns().add(CacheText.column("Time", 150, r -> WHEN.format(r.time())));
        table.getColumns().add(CacheText.column("User", 100, r -> r.event().user()));
        table.getColumns().add(CacheText.column("Action", 130, r -> r.event().action().name()));
        table.getColumns().add(CacheText.column("Server", 110, r -> r.event().serverId()));
        table.getColumns().add(CacheText.column("Study UID", 300, r -> r.event().studyUid()));
        table.getColumns().add(CacheText.column("Patient ID", 110, r -> r.event().patientId()));
        table.getColumns().add(CacheText.column("Hash", 130, r -> r.hash().substring(0, 16) + "\u2026"));
        table.setItems(shown);

        filter.setId("audit-filter");
        filter.setPromptText("Filter: user, server, study UID, patient ID");
        filter.setPrefColumnCount(28);
        action.setId("audit-action");
        action.getItems().add(ALL);
        for (AuditAction a : AuditAction.values()) {
            action.getItems().add(a.name());
        }
        action.setValue(ALL);
        filter.textProperty().addListener((o, a, b) -> applyFilter());
        action.valueProperty().addListener((o, a, b) -> applyFilter());
        Button verify = new Button("Verify chain");
        verify.setId("audit-verify");
        verify.setOnAction(e -> verify());
        Button reload = new Button("Reload");
        reload.setOnAction(e -> refresh());
        HBox top = new HBox(8, filter, action, reload, verify);
        top.setAlignment(Pos.CENTER_LEFT);
        verdict.setId("audit-verdict");
        setAside.setId("audit-set-aside");
        root.setTop(top);
        root.setCenter(table);
        root.setBottom(new VBox(4, verdict, setAside));
        BorderPane.setMargin(table, new Insets(8, 0, 8, 0));
        root.setPadding(new Insets(10));
        root.getStyleClass().add("audit-viewer");
        root.setPrefSize(1150, 520);
    }

    private void applyFilter() {
        String text = filter.getText() == null ? "" : filter.getText().trim().toLowerCase(Locale.ROOT);
        String chosen = action.getValue();
        shown.setPredicate(r -> (ALL.equals(chosen) || r.event().action().name().equals(chosen))
                && (text.isEmpty() || (r.event().user() + " " + r.event().serverId() + " " + r.event().studyUid() + " "
                        + r.event().patientId()).toLowerCase(Locale.ROOT).contains(text)));
    }
}
