package org.lumen.viewer.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumen.dicom.DataSet;
import org.lumen.dicom.io.Part10Reader;
import org.lumen.dicom.io.ReadOptions;
import org.lumen.store.audit.AuditAction;
import org.lumen.store.audit.AuditRecord;
import org.lumen.store.cache.CachedStudy;
import org.lumen.store.crypto.StoreKeys;
import org.lumen.viewer.testdata.Screenshots;
import org.lumen.viewer.testdata.SyntheticStudies;
import org.lumen.testkit.UiTest;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The cache panel and the audit viewer on a real encrypted cache holding three synthetic studies:
 * the list and the figures, pin (kept after a restart), remove (audited), clear refused at the
 * confirmation, a lower cap; the audit viewer's filter, an intact chain, and a log tampered with on
 * disk shown as broken. Screenshots go to target/ui-screenshots.
 */
@UiTest
class CacheWindowsUiTest {
    private static final long WAIT_SECONDS = 30;
    private static final StoreKeys KEYS = StoreKeys.fromMasterKey(new byte[32]);

    @TempDir
    Path data;

    @TempDir
    Path folder;

    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private final List<String> questions = new ArrayList<>();
    private boolean answer;
    private StudyCache cache;
    private Stage stage;
    private final List<SyntheticStudies.Study> studies = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        if (Optional.ofNullable(System.getenv("DISPLAY")).orElse("").isBlank()) {
            if (Boolean.getBoolean("lumen.requireDisplay")) {
                fail("a display is required (-Dlumen.requireDisplay=true) but DISPLAY is not set; run under xvfb-run");
            }
            Assumptions.abort("no display (DISPLAY unset): run under xvfb-run");
        }
        System.setProperty("prism.order", "sw");
        FxToolkit.registerPrimaryStage();
        stage = FxToolkit.registerStage(Stage::new);
        cache = StudyCache.open(folder, KEYS, 1L << 30);
        studies.add(cacheStudy("Zeta^Anna", "Z-100", "20240310", "CT chest", "CT", 6));
        studies.add(cacheStudy("Alpha^Bob", "A-200", "20230105", "MR knee", "MR", 4));
        studies.add(cacheStudy("Kappa^Cleo", "K-300", "20250921", "CT abdomen", "CT", 3));
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.setupFixture(() -> stage.close());
        background.shutdownNow();
        cache.close();
    }

    @Test
    void cachePanelListsPinsRemovesAndRefusesAClearNotConfirmed() throws Exception {
        show(new CachePanel(cache, background, q -> {
            questions.add(q);
            return answer;
        }).node(), "Lumen \u2014 Study Cache");
        TableView<CachedStudy> table = lookup("#cache-studies");
        waitFor(() -> fx(() -> table.getItems().size()) == 3);
        Label usage = lookup("#cache-usage-text");
        assertThat(fx(usage::getText)).contains("of 1.0 GiB").contains("3 studies, 0 pinned");
        int zeta = rowOf(table, "Z-100");
        run(() -> table.getSelectionModel().clearAndSelect(zeta));
        fire("#cache-pin");
        waitFor(() -> fx(() -> table.getItems().stream().anyMatch(CachedStudy::pinned)));
        assertThat(fx(() -> table.getItems().stream().filter(CachedStudy::pinned).map(s -> s.labels().patientId()).toList()))
                .containsExactly("Z-100");

        int alpha = rowOf(table, "A-200");
        run(() -> table.getSelectionModel().clearAndSelect(alpha));
        answer = true;
        fire("#cache-remove");
        waitFor(() -> fx(() -> table.getItems().size()) == 2);
        assertThat(cache.auditLog().read()).extracting(r -> r.event().action(), r -> r.event().studyUid())
                .contains(org.assertj.core.groups.Tuple.tuple(AuditAction.DELETE_FROM_CACHE, studies.get(1).studyUid()));

        answer = false;
        fire("#cache-clear");
        assertThat(questions).last().asString().contains("Remove all 2 studies");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cache.entries().stats().entryCount()).isEqualTo(9);

        Spinner<Integer> cap = lookup("#cache-cap");
        run(() -> cap.getValueFactory().setValue(3));
        fire("#cache-set-cap");
        waitFor(() -> fx(usage::getText).contains("of 3.0 GiB"));
        screenshot("cache-panel");

        cache.close();
        Files.delete(folder.resolve("cache").resolve("index.lumen"));
        cache = StudyCache.open(folder, KEYS, 1L << 30);
        assertThat(cache.entries().stats().capBytes()).isEqualTo(3L << 30);
        assertThat(cache.entries().studies()).filteredOn(CachedStudy::pinned).extracting(s -> s.labels().patientId())
                .containsExactly("Z-100");
    }

    @Test
    void auditViewerFiltersAndShowsATamperedLogAsBroken() throws Exception {
        for (SyntheticStudies.Study s : studies) {
            cache.audit("orthanc-a", s.studyUid(), "", AuditAction.RETRIEVE);
            cache.audit("orthanc-a", s.studyUid(), "", AuditAction.VIEW);
        }
        cache.audit("orthanc-b", studies.get(0).studyUid(), "Z-100", AuditAction.VIEW_OFFLINE);
        AuditViewer viewer = new AuditViewer(cache, background);
        show(viewer.node(), "Lumen \u2014 Audit Log");
        TableView<AuditRecord> table = lookup("#audit-records");
        waitFor(() -> fx(() -> table.getItems().size()) == 7);
        ChoiceBox<String> action = lookup("#audit-action");
        run(() -> action.setValue("VIEW_OFFLINE"));
        assertThat(fx(() -> table.getItems().stream().map(r -> r.event().serverId()).toList())).containsExactly("orthanc-b");
        run(() -> action.setValue("All actions"));
        TextField filter = lookup("#audit-filter");
        run(() -> filter.setText(studies.get(1).studyUid()));
        assertThat(fx(() -> table.getItems().size())).isEqualTo(2);
        run(() -> filter.setText(""));

        fire("#audit-verify");
        Label verdict = lookup("#audit-verdict");
        waitFor(() -> fx(verdict::getText).startsWith("Chain intact"));
        assertThat(fx(verdict::getText)).isEqualTo("Chain intact: all 7 records verified.");
        screenshot("audit-viewer");

        Path log = folder.resolve("audit.lumen");
        byte[] bytes = Files.readAllBytes(log);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(log, bytes);
        fire("#audit-verify");
        waitFor(() -> fx(verdict::getText).startsWith("Chain BROKEN"));
        assertThat(fx(verdict::getText)).containsPattern("Chain BROKEN at record \\d+ \\(byte \\d+\\)");
        screenshot("audit-viewer-broken");

        // After a restart the broken log is set aside (a new one started) and still shown as broken.
        cache.close();
        cache = StudyCache.open(folder, KEYS, 1L << 30);
        AuditViewer again = new AuditViewer(cache, background);
        show(again.node(), "Lumen \u2014 Audit Log");
        fire("#audit-verify");
        Label setAside = lookup("#audit-set-aside");
        waitFor(() -> fx(setAside::getText).contains("Chain BROKEN"));
        assertThat(fx(setAside::getText)).contains("audit.lumen.broken-");
    }

    private SyntheticStudies.Study cacheStudy(String name, String id, String date, String description, String modality,
            int images) throws IOException {
        SyntheticStudies.Study study = SyntheticStudies.write(data, name, id, date, description,
                List.of(new SyntheticStudies.Series(modality, "Series 1", images)));
        for (Path file : study.files()) {
            byte[] part10 = Files.readAllBytes(file);
            DataSet header = Part10Reader.read(new ByteArrayInputStream(part10), ReadOptions.DEFAULT).dataSet();
            cache.keep("orthanc-a", header, part10);
        }
        return study;
    }

    private void show(Parent content, String title) throws Exception {
        FxToolkit.setupFixture(() -> {
            stage.setTitle(title);
            Scene scene = new Scene(content);
            // as the app shows them (ServerWorkspace): on the dark theme and the servers' sheet
            scene.getStylesheets().addAll(CacheWindowsUiTest.class.getResource("/org/lumen/viewer/app/lumen-dark.css").toExternalForm(),
                    CacheWindowsUiTest.class.getResource("/org/lumen/viewer/browser/lumen-servers.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
        });
    }

    private int rowOf(TableView<CachedStudy> table, String patientId) {
        return fx(() -> {
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).labels().patientId().equals(patientId)) {
                    return i;
                }
            }
            throw new AssertionError("no row for " + patientId);
        });
    }

    @SuppressWarnings("unchecked")
    private <T> T lookup(String id) {
        return fx(() -> (T) stage.getScene().lookup(id));
    }

    private void fire(String id) {
        fx(() -> {
            Button b = (Button) stage.getScene().lookup(id);
            b.fire();
            return null;
        });
    }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> condition.getAsBoolean());
    }

    private static void run(Runnable action) {
        fx(() -> {
            action.run();
            return null;
        });
    }

    private static <T> T fx(Callable<T> call) {
        try {
            return WaitForAsyncUtils.asyncFx(call).get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("FX call failed", e);
        }
    }

    private void screenshot(String name) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(fx(() -> stage.getScene().snapshot(null)), name);
    }
}
