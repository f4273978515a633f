package org.lumen.viewer.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelReader;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumen.dicomweb.Auth;
import org.lumen.dicomweb.DicomWebClient;
import org.lumen.dicomweb.QueryEncoding;
import org.lumen.dicomweb.ServerConfig;
import org.lumen.testkit.UiTest;
import org.lumen.testkit.orthanc.Orthanc;
import org.lumen.testkit.orthanc.WithOrthanc;
import org.lumen.viewer.browser.StudyRow;
import org.lumen.viewer.servers.ServerSettingsFile;
import org.lumen.viewer.servers.StudyLink;
import org.lumen.viewer.testdata.SyntheticStudies;
import org.lumen.viewer.testdata.WorkstationConfig;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The workstation's server side end to end against a real Orthanc with Basic authentication: add a
 * server in the dialog, test the connection (wrong and right password), save, search by patient
 * name, sort, open a study, the strip's tiles, double-click a series into the viewport, and the
 * settings after a restart (no secret in the JSON file).
 */
@UiTest
@WithOrthanc(user = "reader", password = ServerWorkflowUiTest.PASSWORD)
class ServerWorkflowUiTest {
    static final String PASSWORD = "ui-s3cret-horse";
    private static final long WAIT_SECONDS = 30;

    @TempDir
    static Path data;

    @TempDir
    Path config;

    private static SyntheticStudies.Study chest;

    private final FxRobot robot = new FxRobot();
    private Stage stage;
    private MainWindow window;

    @BeforeAll
    static void storeStudies(Orthanc orthanc) throws Exception {
        orthanc.deleteAll();
        DicomWebClient client = DicomWebClient.builder().server(ServerConfig.of("orthanc", orthanc.dicomWebRoot())
                .withAuth(Auth.basic("reader", PASSWORD.toCharArray())).withQueryEncoding(QueryEncoding.LITERAL)).build();
        chest = SyntheticStudies.store(client, SyntheticStudies.write(data, "Zeta^Anna", "Z-100", "20240310", "CT chest",
                List.of(new SyntheticStudies.Series("CT", "Axial 2 mm", 6), new SyntheticStudies.Series("CT", "Coronal", 3))));
        SyntheticStudies.store(client, SyntheticStudies.write(data, "Alpha^Bob", "A-200", "20230105", "MR knee",
                List.of(new SyntheticStudies.Series("MR", "Sagittal PD", 4))));
        SyntheticStudies.store(client, SyntheticStudies.write(data, "Zeta^Anna", "Z-100", "20220101", "CT chest prior",
                List.of(new SyntheticStudies.Series("CT", "Axial", 2))));
    }

    @BeforeEach
    void start() throws Exception {
        if (Optional.ofNullable(System.getenv("DISPLAY")).orElse("").isBlank()) {
            if (Boolean.getBoolean("lumen.requireDisplay")) {
                fail("a display is required (-Dlumen.requireDisplay=true) but DISPLAY is not set; run under xvfb-run");
            }
            Assumptions.abort("no display (DISPLAY unset): run under xvfb-run");
        }
        WorkstationConfig.use(config);
        System.setProperty("prism.order", "sw");
        System.setProperty("testfx.robot", "glass");
        FxToolkit.registerPrimaryStage();
        launch();
    }

    private void launch() throws Exception {
        stage = FxToolkit.registerStage(Stage::new);
        FxToolkit.setupFixture(() -> {
            window = new MainWindow(stage);
            window.show();
        });
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.setupFixture(() -> List.copyOf(Window.getWindows()).forEach(w -> {
            if (w instanceof Stage s && s != stage) {
                s.close();
            }
        }));
        if (stage != null) {
            FxToolkit.setupFixture(() -> stage.close());
        }
        WorkstationConfig.clear();
    }

    @Test
    void addServerTestConnectionSearchSortAndOpenStudyAndSeries(Orthanc orthanc) throws Exception {
        assertThat(fx(() -> robot.lookup(".series-strip").query().isVisible())).as("no empty strip before a server study").isFalse();
        addServer(orthanc, "wrong-password");
        robot.clickOn("#test-connection");
        waitFor(() -> resultText().startsWith("Authentication failed (HTTP 401)"), this::resultText);
        fx(() -> lookup("#basic-password", PasswordField.class).setText(PASSWORD));
        robot.clickOn("#test-connection");
        waitFor(() -> resultText().startsWith("Connected to " + orthanc.dicomWebRoot()), this::resultText);
        screenshot(robot.lookup("#server-list").query().getScene(), "server-settings");
        robot.clickOn("#save-server");
        // No keyring here (memory only): the refusal is shown, the session keeps the password.
        waitFor(() -> resultText().startsWith("Settings saved, but: The password was not saved"), this::resultText);
        assertThat(Files.readString(config.resolve(ServerSettingsFile.NAME))).contains("\"name\" : \"Test Orthanc\"",
                "\"user\" : \"reader\"").doesNotContain(PASSWORD).doesNotContain("wrong-password");
        fx(() -> ((Stage) robot.lookup("#server-list").query().getScene().getWindow()).close());

        fx(() -> window.servers().showBrowser());
        waitFor(() -> !lookup("#no-server-hint", Label.class).isVisible() || lookup("#no-server-hint", Label.class).getText().isEmpty(),
                () -> lookup("#no-server-hint", Label.class).getText());
        fx(() -> lookup("#search-patient-name", TextField.class).setText("Zeta"));
        robot.clickOn("#search");
        waitFor(() -> rows().size() == 2, () -> rows().toString());
        assertThat(rows()).allSatisfy(r -> assertThat(r.displayName()).isEqualTo("Zeta, Anna"));
        waitFor(() -> serverState().equals("Test Orthanc: 2 studies"), this::serverState);
        fx(() -> table().getSelectionModel().select(0));
        robot.clickOn("#patient-history");
        waitFor(() -> rows().size() == 2 && serverState().equals("Test Orthanc: 2 studies"), () -> rows().toString());
        assertThat(fx(this::tabTitle)).isEqualTo("History of Zeta, Anna (Z-100)");

        fx(() -> lookup("#search-patient-name", TextField.class).setText(""));
        robot.clickOn("#search");
        waitFor(() -> rows().size() == 3 && serverState().equals("Test Orthanc: 3 studies"), () -> rows().toString());
        fx(() -> lookup("#search-from", javafx.scene.control.DatePicker.class).setValue(java.time.LocalDate.of(2023, 1, 1)));
        robot.clickOn("#search");
        waitFor(() -> rows().size() == 2 && serverState().equals("Test Orthanc: 2 studies"), () -> rows().toString());
        fx(() -> lookup("#search-modality", javafx.scene.control.ComboBox.class).getEditor().setText("MR"));
        robot.clickOn("#search");
        waitFor(() -> rows().size() == 1 && rows().get(0).patientId().equals("A-200"), () -> rows().toString());
        fx(() -> {
            lookup("#search-from", javafx.scene.control.DatePicker.class).setValue(null);
            lookup("#search-modality", javafx.scene.control.ComboBox.class).getEditor().setText("");
            lookup("#search-description", TextField.class).setText("prior");
        });
        robot.clickOn("#search");
        waitFor(() -> rows().size() == 1 && rows().get(0).studyDate().equals("20220101"), () -> rows().toString());
        fx(() -> lookup("#search-description", TextField.class).setText(""));
        robot.clickOn("#search");
        waitFor(() -> rows().size() == 3 && serverState().equals("Test Orthanc: 3 studies"), () -> rows().toString());
        robot.clickOn(header("Patient"));
        waitFor(() -> shownRows().get(0).displayName().equals("Alpha, Bob"), () -> shownRows().toString());
        robot.clickOn(header("Patient"));
        waitFor(() -> shownRows().get(0).displayName().equals("Zeta, Anna"), () -> shownRows().toString());
        robot.clickOn(header("Date"));
        waitFor(() -> shownRows().get(0).studyDate().equals("20220101"), () -> shownRows().toString());
        screenshot(table().getScene(), "study-browser");

        int cet = shownRows().indexOf(shownRows().stream().filter(r -> r.description().equals("CT chest")).findFirst().orElseThrow());
        fx(() -> {
            table().getSelectionModel().select(cet);
            return null;
        });
        robot.clickOn("#open-study");
        waitFor(() -> tiles().size() == 2, () -> "tiles " + tiles().size() + ", status " + status());
        assertThat(fx(() -> robot.lookup(".series-strip").query().isVisible())).isTrue();
        waitFor(() -> fx(() -> lookup("#recent-studies", TableView.class).getItems().size()) == 1, () -> "no recent study");
        assertThat(Files.readString(config.resolve("recent-studies.json"))).contains(chest.studyUid());
        assertThat(tileTexts(0)).contains("CT  #1", "Axial 2 mm", "6 images");
        assertThat(tileTexts(1)).contains("CT  #2", "Coronal", "3 images");
        waitFor(() -> tiles().stream().allMatch(t -> thumbnail(t).isPresent()), () -> "thumbnails missing");
        waitFor(() -> tiles().stream().allMatch(t -> progress(t) == 1.0), () -> "downloads incomplete");
        // The first series opens by itself once downloaded.
        waitFor(() -> overlayTexts().contains("Im 4 / 6"), () -> overlayTexts() + " " + status());
        robot.doubleClickOn(tiles().get(1), MouseButton.PRIMARY);
        waitFor(() -> overlayTexts().contains("Im 2 / 3"), () -> overlayTexts() + " " + status());
        assertThat(overlayTexts()).contains("Zeta Anna", "CT  Se 2  Coronal");
        screenshot(stage.getScene(), "workstation-from-server");
    }

    @Test
    void settingsReloadAfterRestartWithoutTheSecret(Orthanc orthanc) throws Exception {
        addServer(orthanc, PASSWORD);
        robot.clickOn("#save-server");
        waitFor(() -> resultText().startsWith("Settings saved"), this::resultText);
        String json = Files.readString(config.resolve(ServerSettingsFile.NAME));
        assertThat(json).contains(orthanc.dicomWebRoot().toString()).doesNotContain(PASSWORD);

        stop();
        WorkstationConfig.use(config);
        launch();
        fx(() -> window.servers().showSettings());
        waitFor(() -> lookup("#server-list", ListView.class).getItems().size() == 1, () -> "no server listed");
        assertThat(lookup("#server-name", TextField.class).getText()).isEqualTo("Test Orthanc");
        assertThat(lookup("#server-url", TextField.class).getText()).isEqualTo(orthanc.dicomWebRoot().toString());
        assertThat(lookup("#basic-user", TextField.class).getText()).isEqualTo("reader");
        assertThat(lookup("#basic-password", PasswordField.class).getText()).isEmpty();
        assertThat(lookup("#auth-kind", ChoiceBox.class).getSelectionModel().getSelectedIndex()).isEqualTo(1);
        // The restarted session has no password (no keyring here): the test says so instead of connecting.
        robot.clickOn("#test-connection");
        waitFor(() -> resultText().startsWith("Authentication failed"), this::resultText);
    }

    @Test
    void withoutServersTheBrowserListsTheDemoStudyAndSaysHowToAddOne() throws Exception {
        fx(() -> window.servers().showBrowser());
        waitFor(() -> rows().size() == 1, () -> rows().toString());
        assertThat(rows().get(0).patientName()).isEqualTo(org.lumen.viewer.demo.DemoStudy.PATIENT_NAME);
        assertThat(lookup("#no-server-hint", Label.class).getText()).contains("No DICOMweb server is configured yet",
                "Servers \u25B8 Settings");
        assertThat(lookup("#no-server-hint", Label.class).isVisible()).isTrue();
        screenshot(table().getScene(), "study-browser-empty");
        robot.clickOn("#hint-add-server");
        waitFor(() -> robot.lookup("#server-name").tryQuery().isPresent(), () -> "no settings dialog");
    }

    @Test
    void aServerThatIsDownIsReportedBesideTheOtherServersResults(Orthanc orthanc) throws Exception {
        addServer(orthanc, PASSWORD);
        robot.clickOn("#save-server");
        waitFor(() -> resultText().startsWith("Settings saved"), this::resultText);
        int closed;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        robot.clickOn("#add-server");
        fx(() -> {
            lookup("#server-name", TextField.class).setText("Offline Site");
            lookup("#server-url", TextField.class).setText("http://127.0.0.1:" + closed + "/dicom-web");
        });
        robot.clickOn("#save-server");
        waitFor(() -> resultText().equals("Saved Offline Site."), this::resultText);
        assertThat(lookup("#server-list", ListView.class).getItems().size()).isEqualTo(2);
        fx(() -> ((Stage) robot.lookup("#server-list").query().getScene().getWindow()).close());

        fx(() -> window.servers().showBrowser());
        robot.clickOn("#search");
        waitFor(() -> serverStates().size() == 2 && serverStates().stream().noneMatch(t -> t.endsWith("\u2026")),
                () -> serverStates().toString());
        assertThat(serverStates()).contains("Test Orthanc: 3 studies")
                .anySatisfy(t -> assertThat(t).startsWith("Offline Site: Unreachable: nothing answers at 127.0.0.1:" + closed));
        assertThat(rows()).hasSize(3);

        fx(() -> {
            ChoiceBox<?> servers = lookup("#search-server", ChoiceBox.class);
            servers.getSelectionModel().select(servers.getItems().indexOf("Test Orthanc"));
        });
        robot.clickOn("#search");
        waitFor(() -> serverStates().equals(List.of("Test Orthanc: 3 studies")), () -> serverStates().toString());
        int zeta = rows().indexOf(rows().stream().filter(r -> r.patientId().equals("Z-100")).findFirst().orElseThrow());
        fx(() -> table().getSelectionModel().select(zeta));
        robot.clickOn("#patient-history");
        // The history asks every server, whatever the server choice.
        waitFor(() -> serverStates().size() == 2 && serverStates().contains("Test Orthanc: 2 studies")
                && serverStates().stream().anyMatch(t -> t.startsWith("Offline Site: Unreachable")), () -> serverStates().toString());
        assertThat(rows()).hasSize(2).allSatisfy(r -> assertThat(r.patientId()).isEqualTo("Z-100"));
    }

    @Test
    void aSeriesDraggedOntoTheViewportOpensThere(Orthanc orthanc) throws Exception {
        addServer(orthanc, PASSWORD);
        robot.clickOn("#save-server");
        waitFor(() -> resultText().startsWith("Settings saved"), this::resultText);
        fx(() -> ((Stage) robot.lookup("#server-list").query().getScene().getWindow()).close());
        fx(() -> window.servers().showBrowser());
        fx(() -> lookup("#search-patient-name", TextField.class).setText("Alpha"));
        robot.clickOn("#search");
        waitFor(() -> rows().size() == 1, () -> rows().toString());
        fx(() -> table().getSelectionModel().select(0));
        robot.clickOn("#open-study");
        waitFor(() -> overlayTexts().contains("Im 3 / 4"), () -> overlayTexts() + " " + status());
        // Show something else first, so that the drop has a visible effect.
        fx(() -> window.open(List.of(writeOther())));
        waitFor(() -> overlayTexts().contains("Im 1 / 1"), () -> overlayTexts() + " " + status());
        robot.drag(tiles().get(0), MouseButton.PRIMARY).dropTo(stage.getScene().lookup(".viewport"));
        waitFor(() -> overlayTexts().contains("Im 3 / 4"), () -> overlayTexts() + " " + status());
    }

    @Test
    void aLumenLinkOpensItsStudyWithTheNamedSeriesFirst(Orthanc orthanc) throws Exception {
        addServer(orthanc, PASSWORD);
        robot.clickOn("#save-server");
        waitFor(() -> resultText().startsWith("Settings saved"), this::resultText);
        fx(() -> ((Stage) robot.lookup("#server-list").query().getScene().getWindow()).close());
        StudyLink link = StudyLink.parse("lumen://open?server=test%20orthanc&study=" + chest.studyUid()
                + "&series=" + chest.seriesUids().get(1));
        fx(() -> window.openLink(link));
        waitFor(() -> overlayTexts().contains("Im 2 / 3"), () -> overlayTexts() + " " + status());
        assertThat(overlayTexts()).contains("CT  Se 2  Coronal");
        waitFor(() -> tiles().size() == 2, () -> "tiles " + tiles().size());

        fx(() -> window.openLink(new StudyLink("Elsewhere", chest.studyUid(), "")));
        waitFor(() -> status().startsWith("No server named \"Elsewhere\" is configured"), this::status);
        fx(() -> window.openLink("lumen://open?server=x"));
        waitFor(() -> status().equals("Cannot open lumen://open?server=x: the link names no study (study=<StudyInstanceUID>)"),
                this::status);
    }

    private Path writeOther() {
        try {
            SyntheticStudies.Study other = SyntheticStudies.write(config, "Local^File", "L-1", "20200101", "Local",
                    List.of(new SyntheticStudies.Series("CT", "One", 1)));
            return other.files().get(0).getParent();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private List<String> serverStates() {
        return fx(() -> robot.lookup(".server-state").queryAll().stream().map(n -> ((Label) n).getText()).toList());
    }

    private String tabTitle() {
        javafx.scene.control.TabPane tabs = (javafx.scene.control.TabPane) robot.lookup(".tab-pane").query();
        return tabs.getSelectionModel().getSelectedItem().getText();
    }

    private void addServer(Orthanc orthanc, String password) throws Exception {
        fx(() -> window.servers().showSettings());
        waitFor(() -> robot.lookup("#server-name").tryQuery().isPresent(), () -> "no settings dialog");
        fx(() -> {
            lookup("#server-name", TextField.class).setText("Test Orthanc");
            lookup("#server-url", TextField.class).setText(orthanc.dicomWebRoot().toString());
            lookup("#auth-kind", ChoiceBox.class).getSelectionModel().select(1);
            lookup("#basic-user", TextField.class).setText("reader");
            lookup("#basic-password", PasswordField.class).setText(password);
            return null;
        });
    }

    private <T extends Node> T lookup(String query, Class<T> type) {
        return type.cast(robot.lookup(query).query());
    }

    private String resultText() {
        return fx(() -> lookup("#test-result", Label.class).getText());
    }

    private String serverState() {
        return fx(() -> robot.lookup(".server-state").queryAll().stream().map(n -> ((Label) n).getText()).findFirst().orElse(""));
    }

    @SuppressWarnings("unchecked")
    private TableView<StudyRow> table() {
        return (TableView<StudyRow>) robot.lookup("#study-results").query();
    }

    private List<StudyRow> rows() {
        return fx(() -> List.copyOf(table().getItems()));
    }

    private List<StudyRow> shownRows() {
        return rows();
    }

    private Node header(String title) {
        return fx(() -> {
            TableColumn<StudyRow, ?> column = table().getColumns().stream().filter(c -> c.getText().equals(title)).findFirst().orElseThrow();
            return table().lookupAll(".column-header").stream()
                    .filter(n -> n.getId() != null && n.getId().equals(column.getId())).findFirst().orElseThrow();
        });
    }

    private List<VBox> tiles() {
        return fx(() -> stage.getScene().getRoot().lookupAll(".series-tile").stream().map(VBox.class::cast).toList());
    }

    private List<String> tileTexts(int index) {
        return fx(() -> tiles().get(index).lookupAll(".label").stream().map(n -> ((Label) n).getText()).toList());
    }

    private Optional<Image> thumbnail(VBox tile) {
        return fx(() -> tile.lookupAll(".series-thumbnail").stream().map(n -> ((ImageView) n).getImage())
                .filter(i -> i != null).findFirst());
    }

    private double progress(VBox tile) {
        return fx(() -> ((javafx.scene.control.ProgressBar) tile.lookup(".series-progress")).getProgress());
    }

    private List<String> overlayTexts() {
        return fx(() -> stage.getScene().getRoot().lookupAll(".overlay-text").stream().map(n -> ((Text) n).getText()).toList());
    }

    private String status() {
        return fx(() -> ((Label) ((javafx.scene.layout.HBox) stage.getScene().lookup(".status-bar")).getChildren().get(0)).getText());
    }

    private static void waitFor(Callable<Boolean> condition, Callable<String> describe) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            fail("condition not met within " + WAIT_SECONDS + " s: " + describe.call(), e);
        }
    }

    private static <T> T fx(Callable<T> call) {
        try {
            return WaitForAsyncUtils.asyncFx(call).get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("FX call failed", e);
        }
    }

    private static void fx(Runnable run) {
        fx(() -> {
            run.run();
            return null;
        });
    }

    private static void screenshot(Scene scene, String name) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        Image shot = fx(() -> scene.snapshot(null));
        int w = (int) shot.getWidth();
        int h = (int) shot.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader reader = shot.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, reader.getArgb(x, y));
            }
        }
        Path folder = Files.createDirectories(Path.of("target", "ui-screenshots"));
        ImageIO.write(out, "png", folder.resolve(name + ".png").toFile());
    }
}
