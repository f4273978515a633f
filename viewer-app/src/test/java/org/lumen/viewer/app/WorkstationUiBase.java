package org.lumen.viewer.app;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.lumen.viewer.layout.SeriesTransfer;
import org.lumen.viewer.measure.ImagePoint;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Shared set-up of the workstation UI tests: a main window on a fresh stage (CPU renderer, no GL probe),
 * bounded waits, and lookups inside one viewport.
 */
abstract class WorkstationUiBase {
    static final long WAIT_SECONDS = 20;

    @TempDir
    Path dir;

    final FxRobot robot = new FxRobot();
    Stage stage;
    MainWindow window;
    private Stage dragSource;

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
        System.setProperty(RendererNotice.PROPERTY, "cpu");
        // Draw greyscale views through the Renderer (CPU here), as a GPU selection would; MainWindowUiTest covers the rasterizer.
        System.setProperty(Workspace.DRAW_PROPERTY, "renderer");
        FxToolkit.registerPrimaryStage();
        stage = FxToolkit.registerStage(Stage::new);
        FxToolkit.setupFixture(() -> {
            window = new MainWindow(stage);
            stage.setX(0);
            stage.setY(0);
            window.show();
        });
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.setupFixture(() -> {
            if (stage != null) {
                stage.close();
            }
            if (dragSource != null) {
                dragSource.close();
            }
        });
    }

    void open(Path folder) {
        WaitForAsyncUtils.asyncFx(() -> window.open(List.of(folder)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    Scene scene() {
        return stage.getScene();
    }

    Workspace workspace() {
        return window.workspace();
    }

    StackViewport active() {
        return onFx(() -> workspace().active());
    }

    List<String> texts(StackViewport v) {
        return onFx(() -> v.node().lookupAll(".overlay-text").stream().map(n -> ((Text) n).getText()).toList());
    }

    List<String> measureTexts(StackViewport v) {
        return onFx(() -> v.node().lookupAll(".measure-text").stream()
                .flatMap(n -> List.of(((Text) n).getText().split("\n")).stream()).toList());
    }

    String marker(StackViewport v, Pos pos) {
        return onFx(() -> v.node().lookupAll(".orientation-marker").stream()
                .filter(n -> StackPane.getAlignment(n) == pos).map(n -> ((Text) n).getText()).findFirst().orElseThrow());
    }

    String status() {
        return onFx(() -> ((Label) ((javafx.scene.layout.HBox) scene().lookup(".status-bar")).getChildren().get(0)).getText());
    }

    /**
     * Clicks the centre of a node. The point is computed on the FX thread: reading a node's bounds from
     * the test thread (what {@code robot.clickOn(node)} does) races with the FX thread's layout (seen once
     * in CI: IndexOutOfBounds in Parent.updateCachedBounds).
     */
    void clickCentre(javafx.scene.Node node) {
        robot.clickOn(onFx(() -> {
            javafx.geometry.Bounds b = node.localToScreen(node.getBoundsInLocal());
            return new Point2D(b.getCenterX(), b.getCenterY());
        }));
    }

    /** Where an image point of a viewport lies on the screen. */
    Point2D screenPoint(StackViewport v, ImagePoint p) {
        return onFx(() -> {
            double[] s = v.geometry().orElseThrow().toScreen(p);
            return v.node().localToScreen(s[0], s[1]);
        });
    }

    /** The grey on screen at a screen point, from a snapshot of the scene. */
    int greyAt(Point2D screen) {
        return onFx(() -> {
            Image shot = scene().snapshot(null);
            Point2D local = scene().getRoot().screenToLocal(screen);
            return shot.getPixelReader().getArgb((int) local.getX(), (int) local.getY()) & 0xFF;
        });
    }

    /** Drags a series (its UID in {@link SeriesTransfer#FORMAT}) from a label in another window onto a viewport. */
    void dragSeriesOnto(String seriesUid, StackViewport target) throws Exception {
        Label source = new Label("drag me: series");
        FxToolkit.setupFixture(() -> {
            dragSource = new Stage();
            source.setStyle("-fx-padding: 20; -fx-background-color: #335;");
            source.setOnDragDetected(e -> {
                Dragboard board = source.startDragAndDrop(TransferMode.COPY);
                ClipboardContent content = new ClipboardContent();
                content.put(SeriesTransfer.FORMAT, seriesUid);
                board.setContent(content);
                e.consume();
            });
            dragSource.setScene(new Scene(new StackPane(source), 220, 90));
            dragSource.setX(1500);
            dragSource.setY(60);
            dragSource.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.drag(source, javafx.scene.input.MouseButton.PRIMARY).moveBy(-30, 10).moveTo(target.node()).drop();
    }

    /** Waits until the condition, evaluated on the FX thread (it reads the scene graph), holds. */
    void waitFor(Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> onFx(condition));
        } catch (java.util.concurrent.TimeoutException e) {
            fail("condition not met within " + WAIT_SECONDS + " s; active overlay " + texts(active()) + ", status \"" + status() + "\"", e);
        }
    }

    /** Writes a snapshot of the window to target/ui-screenshots/{@code name}.png. */
    void saveScreenshot(String name) throws Exception {
        saveScreenshot(name, scene());
    }

    /** A snapshot of {@code scene} (another window's) under target/ui-screenshots. */
    void saveScreenshot(String name, javafx.scene.Scene scene) throws Exception {
        Image shot = onFx(() -> scene.snapshot(null));
        int w = (int) shot.getWidth();
        int h = (int) shot.getHeight();
        java.awt.image.BufferedImage out = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javafx.scene.image.PixelReader reader = shot.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, reader.getArgb(x, y));
            }
        }
        Path folder = java.nio.file.Files.createDirectories(Path.of("target", "ui-screenshots"));
        javax.imageio.ImageIO.write(out, "png", folder.resolve(name + ".png").toFile());
    }

    /** Runs the call on the FX thread (at once when already there) and returns its result. */
    static <T> T onFx(Callable<T> call) {
        try {
            if (javafx.application.Platform.isFxApplicationThread()) {
                return call.call();
            }
            return WaitForAsyncUtils.asyncFx(call).get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("FX call failed", e);
        }
    }
}
