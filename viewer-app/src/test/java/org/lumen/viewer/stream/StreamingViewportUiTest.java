package org.lumen.viewer.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.FutureTask;

import javax.imageio.ImageIO;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lumen.testkit.UiTest;
import org.testfx.api.FxToolkit;

/** The streaming view filling: missing slices, the PREVIEW marker, the completeness bar; and focus on scroll. */
@UiTest
class StreamingViewportUiTest {
    private Stage stage;

    @BeforeEach
    void needsDisplay() throws Exception {
        if (Optional.ofNullable(System.getenv("DISPLAY")).orElse("").isBlank()) {
            if (Boolean.getBoolean("lumen.requireDisplay")) {
                fail("a display is required (-Dlumen.requireDisplay=true) but DISPLAY is not set; run under xvfb-run");
            }
            Assumptions.abort("no display (DISPLAY unset): run under xvfb-run");
        }
        System.setProperty("prism.order", "sw");
        FxToolkit.registerPrimaryStage();
        stage = FxToolkit.registerStage(Stage::new);
    }

    @AfterEach
    void close() throws Exception {
        if (stage != null) {
            FxToolkit.setupFixture(() -> stage.close());
        }
    }

    @Test
    void fillsShowingMissingPreviewAndLosslessSlicesWithTheirMarkers() throws Exception {
        SeriesPlan plan = StreamFixtures.plan(40);
        StreamedSeries series = new StreamedSeries(plan);
        List<String> focus = new CopyOnWriteArrayList<>();
        StreamingViewport view = onFx(() -> {
            StreamingViewport v = new StreamingViewport(series, 20, (s, slice, dir) -> focus.add(slice + ":" + dir));
            stage.setScene(new Scene(v, 530, 600));
            stage.show();
            return v;
        });
        assertThat(onFx(view::marker)).isEqualTo("NOT YET RECEIVED");
        // the focused slice's preview first, then lossless frames in the scheduler's order
        series.previewArrived(20, StreamFixtures.preview(20));
        for (int s : SliceOrder.of(40, 20, 1, 4, 1)) {
            if (s != 20) {
                StreamedFrame f = StreamFixtures.frame(plan, s, false);
                series.sliceReady(f, StreamFixtures.decoded(f));
            }
            if (s == 5) {
                break;
            }
        }
        onFx(() -> {
            view.refresh();
            return null;
        });
        assertThat(onFx(view::marker)).isEqualTo("PREVIEW / LOSSY");
        save(onFx(() -> stage.getScene().snapshot(null)), "stream-filling.png");

        StreamedFrame f20 = StreamFixtures.frame(plan, 20, false);
        series.sliceReady(f20, StreamFixtures.decoded(f20));
        onFx(() -> {
            view.refresh();
            return null;
        });
        assertThat(onFx(view::marker)).as("the lossless frame replaced the preview").isEmpty();

        onFx(() -> {
            view.scrollBy(-3); // to slice 17: not yet received
            return null;
        });
        assertThat(onFx(view::marker)).isEqualTo("NOT YET RECEIVED");
        assertThat(focus).containsExactly("20:0", "17:-1");
    }

    private static void save(Image shot, String name) throws Exception {
        int w = (int) shot.getWidth();
        int h = (int) shot.getHeight();
        java.awt.image.BufferedImage out = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, shot.getPixelReader().getArgb(x, y));
            }
        }
        Path dir = Files.createDirectories(Path.of("target", "ui-screenshots"));
        ImageIO.write(out, "png", dir.resolve(name).toFile());
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> action) throws Exception {
        FutureTask<T> task = new FutureTask<>(action);
        Platform.runLater(task);
        return task.get();
    }
}
