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
import java.util.function.Predicate;

import javax.imageio.ImageIO;

import javafx.geometry.Pos;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelReader;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumen.testkit.UiTest;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the main window on synthetic series: overlay, navigation, windowing, pixels, status bar. */
@UiTest
class MainWindowUiTest {
    private static final long WAIT_SECONDS = 20;

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private Stage stage;
    private MainWindow window;

    /** Checked per test so that each skipped test is reported with the reason. */
    @BeforeEach
    void needsDisplay() throws Exception {
        String display = Optional.ofNullable(System.getenv("DISPLAY")).orElse("");
        if (display.isBlank()) {
            if (Boolean.getBoolean("lumen.requireDisplay")) {
                fail("a display is required (-Dlumen.requireDisplay=true) but DISPLAY is not set; run under xvfb-run");
            }
            Assumptions.abort("no display (DISPLAY unset): run under xvfb-run; -Dlumen.requireDisplay=true makes this a failure");
        }
        System.setProperty("prism.order", "sw");
        System.setProperty("testfx.robot", "glass");
        System.setProperty("lumen.renderer", "cpu");
        System.setProperty(Workspace.DRAW_PROPERTY, "auto"); // with the CPU renderer: the rasterizer path
        FxToolkit.registerPrimaryStage();
        stage = FxToolkit.registerStage(Stage::new);
        FxToolkit.setupFixture(() -> {
            window = new MainWindow(stage);
            window.show();
        });
    }

    @AfterEach
    void closeWindow() throws Exception {
        if (stage != null) {
            FxToolkit.setupFixture(() -> stage.close());
        }
    }

    @Test
    void axialSeriesShowsPatientMiddleImageMarkersAndHeaderWindowGrey() throws Exception {
        PhantomSeries.write(dir, PhantomSeries.AXIAL, "MONOCHROME2");
        open(dir);
        waitForText("Im 11 / 20");
        assertThat(texts()).contains("Test Phantom", "PH-1", "W 400  L 300");
        assertThat(marker(Pos.CENTER_LEFT)).isEqualTo("R");
        assertThat(marker(Pos.CENTER_RIGHT)).isEqualTo("L");
        assertThat(marker(Pos.TOP_CENTER)).isEqualTo("A");
        assertThat(marker(Pos.BOTTOM_CENTER)).isEqualTo("P");
        int expected = PhantomSeries.expectedGrey(PhantomSeries.stored(32, 32, 10));
        assertThat(centreGrey()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1));
        screenshot("axial");
    }

    @Test
    void sagittalSeriesShowsAnteriorPosteriorHeadFeet() throws Exception {
        PhantomSeries.write(dir, PhantomSeries.SAGITTAL, "MONOCHROME2");
        open(dir);
        waitForText("Im 11 / 20");
        assertThat(marker(Pos.CENTER_LEFT)).isEqualTo("A");
        assertThat(marker(Pos.CENTER_RIGHT)).isEqualTo("P");
        assertThat(marker(Pos.TOP_CENTER)).isEqualTo("H");
        assertThat(marker(Pos.BOTTOM_CENTER)).isEqualTo("F");
    }

    @Test
    void wheelAndDownKeyScrollForward() throws Exception {
        PhantomSeries.write(dir, PhantomSeries.AXIAL, "MONOCHROME2");
        open(dir);
        waitForText("Im 11 / 20");
        robot.moveTo(viewportNode());
        robot.scroll(1, VerticalDirection.DOWN);
        waitForText("Im 12 / 20");
        robot.type(KeyCode.DOWN);
        waitForText("Im 13 / 20");
        int expected = PhantomSeries.expectedGrey(PhantomSeries.stored(32, 32, 12));
        waitFor(() -> centreGrey() == expected || Math.abs(centreGrey() - expected) <= 1);
    }

    @Test
    void dragRightWidensAndDragUpRaisesLevelAndIInverts() throws Exception {
        PhantomSeries.write(dir, PhantomSeries.AXIAL, "MONOCHROME2");
        open(dir);
        waitForText("W 400  L 300");
        robot.drag(viewportNode(), MouseButton.PRIMARY).moveBy(120, 0).drop();
        waitFor(() -> windowText().filter(t -> width(t) > 400 && level(t) == 300).isPresent());
        double widened = width(windowText().orElseThrow());
        robot.drag(viewportNode(), MouseButton.PRIMARY).moveBy(0, -120).drop();
        waitFor(() -> windowText().filter(t -> level(t) > 300 && width(t) == widened).isPresent());
        int before = centreGrey();
        robot.type(KeyCode.I);
        waitFor(() -> windowText().filter(t -> t.endsWith("INV")).isPresent());
        waitFor(() -> Math.abs(centreGrey() - (255 - before)) <= 1);
    }

    @Test
    void monochrome1IsShownInverted() throws Exception {
        PhantomSeries.write(dir, PhantomSeries.AXIAL, "MONOCHROME1");
        open(dir);
        waitForText("Im 11 / 20");
        int expected = 255 - PhantomSeries.expectedGrey(PhantomSeries.stored(32, 32, 10));
        assertThat(centreGrey()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1));
    }

    @Test
    void nonDicomFileIsSkippedAndReported() throws Exception {
        PhantomSeries.write(dir, PhantomSeries.AXIAL, "MONOCHROME2");
        Files.writeString(dir.resolve("notes.txt"), "this is not a DICOM file, just some notes for the reader");
        open(dir);
        waitForText("Im 11 / 20");
        waitFor(() -> status().contains("1 file skipped"));
    }

    @Test
    void emptyFolderSaysNoImagesFound() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        open(empty);
        waitFor(() -> status().startsWith("No images found"));
    }

    private void open(Path folder) {
        WaitForAsyncUtils.asyncFx(() -> window.open(List.of(folder)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Scene scene() {
        return stage.getScene();
    }

    private Node viewportNode() {
        return scene().lookup(".viewport");
    }

    private List<String> texts() {
        return onFx(() -> scene().getRoot().lookupAll(".overlay-text").stream()
                .map(n -> ((Text) n).getText()).toList());
    }

    private Optional<String> windowText() {
        return texts().stream().filter(t -> t.startsWith("W ")).findFirst();
    }

    private static double width(String windowText) {
        return Double.parseDouble(windowText.split("\\s+")[1]);
    }

    private static double level(String windowText) {
        return Double.parseDouble(windowText.split("\\s+")[3]);
    }

    private String marker(Pos pos) {
        return onFx(() -> scene().getRoot().lookupAll(".orientation-marker").stream()
                .filter(n -> StackPane.getAlignment(n) == pos).map(n -> ((Text) n).getText())
                .findFirst().orElseThrow());
    }

    private String status() {
        return onFx(() -> ((Label) ((javafx.scene.layout.HBox) scene().lookup(".status-bar")).getChildren().get(0)).getText());
    }

    /** The grey of the centre pixel of the image the viewport shows. */
    private int centreGrey() {
        return onFx(() -> {
            Image image = ((ImageView) viewportNode().lookup(".viewport-image")).getImage();
            int argb = image.getPixelReader().getArgb((int) image.getWidth() / 2, (int) image.getHeight() / 2);
            assertThat(argb & 0xFF).isEqualTo(argb >> 16 & 0xFF);
            return argb & 0xFF;
        });
    }

    private void waitForText(String text) throws Exception {
        waitFor(() -> texts().contains(text));
    }

    private void waitFor(Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            fail("condition not met within " + WAIT_SECONDS + " s; overlay " + texts() + ", status \"" + status() + "\"", e);
        }
    }

    private static <T> T onFx(Callable<T> call) {
        try {
            return WaitForAsyncUtils.asyncFx(call).get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("FX call failed", e);
        }
    }

    private void screenshot(String name) throws IOException {
        Image shot = onFx(() -> scene().snapshot(null));
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
