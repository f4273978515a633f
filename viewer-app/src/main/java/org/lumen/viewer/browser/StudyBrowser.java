package org.lumen.viewer.browser;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.lumen.viewer.servers.ServerRegistry;
import org.lumen.viewer.servers.ServerSettings;

/**
 * The study browser: the search form, the results of every searched server in one sortable table
 * (with each server's state or error in words underneath), recent studies, and a patient's history
 * across servers. With no server configured it lists the built-in demo study and says how to add a
 * server. FX thread only; searches run through {@link FederatedSearch}.
 */
public final class StudyBrowser {
    /** The server name of the built-in demo study's row. */
    public static final String DEMO_SERVER = "Built-in demo";
    private final ServerRegistry registry;
    private final FederatedSearch search;
    private final RecentStudies recent;
    private final Executor background;
    private final Consumer<StudyRow> open;
    private final SearchForm form = new SearchForm();
    private final StudyTable results;
    private final StudyTable recentTable;
    private final FlowPane serverStates = new FlowPane(14, 4);
    private final Map<String, Label> stateByServer = new LinkedHashMap<>();
    private final Map<String, Integer> countByServer = new LinkedHashMap<>();
    private final Label hint = new Label();
    private final Button searchButton = new Button("Search");
    private final Button cancelButton = new Button("Cancel");
    private final Tab resultsTab;
    private final TabPane tabs = new TabPane();
    private final BorderPane root = new BorderPane();
    private FederatedSearch.Handle running;
    private long searchTicket;

    /**
     * @param addServer opens the server settings (the hint's button)
     * @param open opens a study (a row of {@link #DEMO_SERVER} means the built-in demo)
     */
    public StudyBrowser(ServerRegistry registry, FederatedSearch search, RecentStudies recent, Executor background,
            Consumer<StudyRow> open, Runnable addServer) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.search = Objects.requireNonNull(search, "search");
        this.recent = Objects.requireNonNull(recent, "recent");
        this.background = Objects.requireNonNull(background, "background");
        this.open = Objects.requireNonNull(open, "open");
        results = new StudyTable("study-results", "No studies found yet: enter a search and press Search", this::openRow);
        recentTable = new StudyTable("recent-studies", "No study opened yet", this::openRow);
        searchButton.setId("search");
        searchButton.setDefaultButton(true);
        searchButton.setOnAction(e -> searchFromForm());
        cancelButton.setId("cancel-search");
        cancelButton.setDisable(true);
        cancelButton.setOnAction(e -> cancel("cancelled"));
        Button openButton = new Button("Open study");
        openButton.setId("open-study");
        openButton.setOnAction(e -> current().selected().ifPresent(this::openRow));
        Button history = new Button("Patient history");
        history.setId("patient-history");
        history.setOnAction(e -> current().selected().ifPresent(this::history));
        Button addServerButton = new Button("Add a server\u2026");
        addServerButton.setId("hint-add-server");
        addServerButton.setOnAction(e -> addServer.run());
        hint.setId("no-server-hint");
        hint.setWrapText(true);
        hint.getStyleClass().add("browser-hint");
        addServerButton.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox hintBox = new HBox(12, hint, addServerButton);
        HBox.setHgrow(hint, javafx.scene.layout.Priority.ALWAYS);
        hint.setMaxWidth(Double.MAX_VALUE);
        hintBox.getStyleClass().add("browser-hint-box");
        hintBox.visibleProperty().bind(hint.textProperty().isNotEmpty());
        hintBox.managedProperty().bind(hintBox.visibleProperty());
        serverStates.setId("server-states");
        resultsTab = new Tab("Results", results.view());
        tabs.getTabs().addAll(resultsTab, new Tab("Recent", recentTable.view()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox top = new VBox(10, hintBox, form.node(), new HBox(8, searchButton, cancelButton, openButton, history));
        top.setPadding(new Insets(0, 0, 10, 0));
        root.setTop(top);
        root.setCenter(tabs);
        root.setBottom(serverStates);
        BorderPane.setMargin(serverStates, new Insets(8, 0, 0, 0));
        root.setPadding(new Insets(12));
        root.getStyleClass().add("study-browser");
        registry.addListener(() -> Platform.runLater(this::serversChanged));
        serversChanged();
        loadRecent();
    }

    public Node node() {
        return root;
    }

    private void searchFromForm() {
        try {
            StudyQuery query = form.query();
            resultsTab.setText("Results");
            startSearch(query, form.server().flatMap(name -> registry.byName(name).map(List::of)).orElse(registry.servers()));
        } catch (IllegalArgumentException bad) {
            Label problem = new Label("Cannot search: " + bad.getMessage());
            problem.getStyleClass().addAll("server-state", "failed");
            serverStates.getChildren().setAll(problem);
        }
    }

    /** Starts a search of {@code servers}; any running search is cancelled. */
    public void startSearch(StudyQuery query, List<ServerSettings> servers) {
        cancel("");
        results.rows().clear();
        stateByServer.clear();
        countByServer.clear();
        serverStates.getChildren().clear();
        tabs.getSelectionModel().select(resultsTab);
        if (servers.isEmpty()) {
            showDemo();
            return;
        }
        for (ServerSettings s : servers) {
            Label state = new Label(s.name() + ": searching\u2026");
            state.getStyleClass().addAll("server-state", "searching");
            state.setUserData(s.name());
            stateByServer.put(s.name(), state);
            countByServer.put(s.name(), 0);
            serverStates.getChildren().add(state);
        }
        searchButton.setDisable(true);
        cancelButton.setDisable(false);
        running = search.start(servers, query, new FxListener(++searchTicket));
    }

    /** Searches every configured server for the patient's studies (same Patient ID). */
    public void history(StudyRow row) {
        if (row.patientId().isEmpty() || row.server().equals(DEMO_SERVER)) {
            return;
        }
        resultsTab.setText("History of " + row.displayName() + " (" + row.patientId() + ")");
        startSearch(StudyQuery.history(row.patientId()), registry.servers());
    }

    private StudyTable current() {
        return tabs.getSelectionModel().getSelectedItem() == resultsTab ? results : recentTable;
    }

    private void openRow(StudyRow row) {
        open.accept(row);
        if (!row.server().equals(DEMO_SERVER)) {
            background.execute(() -> {
                try {
                    List<StudyRow> rows = recent.add(row);
                    Platform.runLater(() -> recentTable.rows().setAll(rows));
                } catch (java.io.IOException e) {
                    Platform.runLater(() -> hint.setText("Recent studies cannot be saved: " + e.getMessage()));
                }
            });
        }
    }

    private void cancel(String why) {
        if (running != null) {
            running.cancel();
            running = null;
            stateByServer.values().stream().filter(l -> l.getStyleClass().contains("searching")).forEach(l -> {
                l.setText(l.getUserData() + ": " + why);
                l.getStyleClass().remove("searching");
            });
        }
        searchButton.setDisable(false);
        cancelButton.setDisable(true);
    }

    private void serversChanged() {
        List<ServerSettings> servers = registry.servers();
        form.servers(servers.stream().map(ServerSettings::name).toList());
        if (servers.isEmpty()) {
            hint.setText("No DICOMweb server is configured yet. Add your hospital's server (Servers \u25B8 Settings\u2026) "
                    + "to search its studies; meanwhile the built-in DEMO study below shows what Lumen does.");
            showDemo();
        } else {
            hint.setText("");
            results.rows().removeIf(r -> r.server().equals(DEMO_SERVER));
        }
    }

    private void showDemo() {
        if (results.rows().stream().noneMatch(r -> r.server().equals(DEMO_SERVER))) {
            results.rows().add(new StudyRow(DEMO_SERVER, "demo", org.lumen.viewer.demo.DemoStudy.PATIENT_NAME, "DEMO-0001",
                    "19700101", "20260101", "DEMO0001", "CT", "DEMO CT chest phantom", 2, 160));
        }
    }

    private void loadRecent() {
        background.execute(() -> {
            try {
                List<StudyRow> rows = recent.load();
                Platform.runLater(() -> recentTable.rows().setAll(rows));
            } catch (java.io.IOException e) {
                Platform.runLater(() -> hint.setText("Recent studies cannot be read: " + e.getMessage()));
            }
        });
    }

    /** Hands the search's results to the FX thread, ignoring those of a replaced search. */
    private final class FxListener implements FederatedSearch.Listener {
        private final long ticket;

        FxListener(long ticket) {
            this.ticket = ticket;
        }

        private boolean current() {
            return ticket == searchTicket && running != null;
        }

        @Override
        public void page(String server, List<StudyRow> rows) {
            Platform.runLater(() -> {
                if (stateByServer.containsKey(server) && current()) {
                    results.rows().addAll(rows);
                    int n = countByServer.merge(server, rows.size(), Integer::sum);
                    stateByServer.get(server).setText(server + ": " + n + " so far\u2026");
                }
            });
        }

        @Override
        public void failed(String server, String message) {
            Platform.runLater(() -> state(server, server + ": " + message, "failed"));
        }

        @Override
        public void finished(String server, int total, boolean truncated) {
            Platform.runLater(() -> state(server, server + ": " + total + (total == 1 ? " study" : " studies")
                    + (truncated ? " (more on the server: narrow the search)" : ""), "done"));
        }

        private void state(String server, String text, String style) {
            Label label = stateByServer.get(server);
            if (label == null || !current()) {
                return;
            }
            label.setText(text);
            label.getStyleClass().remove("searching");
            label.getStyleClass().add(style);
            if (stateByServer.values().stream().noneMatch(l -> l.getStyleClass().contains("searching"))) {
                searchButton.setDisable(false);
                cancelButton.setDisable(true);
            }
        }
    }
}
