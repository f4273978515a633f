package org.lumen.viewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.lumen.testkit.UiTest;
import org.lumen.viewer.keys.KeyImageBadge;
import org.lumen.viewer.keys.KeyMark;
import org.lumen.viewer.tools.Tool;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What start-up leaves for later (startup): the tool bar's and the key-image badges' tooltips are made
 * when the pointer first enters their control and still say what they said, keys and menu accelerators work as soon as the window shows,
 * the window icons decoded off the FX thread reach the window, the viewport's frame looks as it
 * did as a border, and the renderer probe, the icons and the QC check wait for the first image, then
 * happen as before.
 */
@UiTest
class StartupUiTest extends WorkstationUiBase {
    private ToggleButton toolButton(Tool tool) {
        return onFx(() -> scene().lookup(".workspace-tools").lookupAll(".toggle-button").stream()
                .map(ToggleButton.class::cast).filter(b -> b.getText().equals(tool.label())).findFirst().orElseThrow());
    }

    @Test
    void aToolBarTooltipIsMadeWhenThePointerFirstEntersItsButtonAndShowsItsKey() throws Exception {
        ToggleButton scroll = toolButton(Tool.SCROLL);
        assertThat(onFx(scroll::getTooltip)).as("no tooltip before the pointer comes").isNull();
        clickCentre(toolButton(Tool.ZOOM)); // the pointer starts elsewhere on the tool bar
        robot.moveTo(scroll).moveBy(2, 1).moveBy(-1, 1);
        waitFor(() -> scroll.getTooltip() != null && scroll.getTooltip().isShowing());
        Tooltip tooltip = onFx(scroll::getTooltip);
        assertThat(onFx(tooltip::getText)).contains("[S]");
        robot.moveTo(toolButton(Tool.PAN));
        waitFor(() -> !tooltip.isShowing());
        robot.moveTo(scroll).moveBy(2, 1);
        assertThat(onFx(scroll::getTooltip)).as("made once").isSameAs(tooltip);
    }

    @Test
    void aViewportsKeyImageTooltipIsMadeWhenThePointerFirstEntersTheBadgeAndFollowsTheMark() throws Exception {
        KeyImageBadge badge = onFx(() -> active().keyBadge());
        Label label = (Label) badge.node();
        onFx(() -> {
            badge.show(Optional.of(new KeyMark(false, "Key image (Of Interest), saved by A")));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(label::getTooltip)).as("no tooltip before the pointer comes").isNull();
        assertThat(onFx(badge::tooltipText)).isEqualTo("Key image (Of Interest), saved by A");
        robot.moveTo(label).moveBy(2, 1).moveBy(-1, 1);
        waitFor(() -> label.getTooltip() != null && label.getTooltip().isShowing());
        Tooltip tooltip = onFx(label::getTooltip);
        assertThat(onFx(tooltip::getText)).isEqualTo("Key image (Of Interest), saved by A");
        onFx(() -> {
            badge.show(Optional.of(new KeyMark(true, "Key image (Of Interest), not saved")));
            return null;
        });
        assertThat(onFx(tooltip::getText)).as("the tooltip made follows the mark").isEqualTo("Key image (Of Interest), not saved");
        assertThat(onFx(label::getTooltip)).as("made once").isSameAs(tooltip);
    }

    @Test
    void keysAndMenuAcceleratorsWorkAsSoonAsTheWindowShows() throws Exception {
        // no waiting for the first image or anything after show(): the first key already counts
        robot.type(KeyCode.S);
        assertThat(onFx(() -> workspace().tool())).isEqualTo(Tool.SCROLL);
        robot.type(KeyCode.W);
        assertThat(onFx(() -> workspace().tool())).isEqualTo(Tool.WINDOW);
        // File > Close Study's key (Shortcut+W)
        robot.press(KeyCode.CONTROL).type(KeyCode.W).release(KeyCode.CONTROL);
        waitFor(() -> status().equals("Study closed"));
    }

    @Test
    void theActiveViewportsFrameIsTwoPixelsOfItsColourDrawnWithoutABorder() throws Exception {
        Region pane = (Region) active().node();
        assertThat(onFx(pane::getBorder)).as("no Border: the software pipeline strokes it through a mask of the whole viewport")
                .satisfiesAnyOf(b -> assertThat(b).isNull(), b -> assertThat(b.isEmpty()).isTrue());
        assertThat(onFx(pane::getInsets)).isEqualTo(new Insets(2));
        for (boolean focused : new boolean[] {true, false}) {
            if (focused) {
                onFx(() -> {
                    pane.requestFocus();
                    return null;
                });
            } else {
                onFx(() -> {
                    scene().getRoot().lookup(".workspace-tools").requestFocus();
                    return null;
                });
            }
            waitFor(() -> pane.isFocused() == focused);
            WritableImage shot = onFx(() -> pane.snapshot(null, null));
            int w = (int) shot.getWidth();
            int h = (int) shot.getHeight();
            int frame = focused ? 0xFF5A95EE : 0xFF3D7BD9; // .viewport:active(:focused) in lumen-dark.css
            PixelReader px = shot.getPixelReader();
            for (int[] p : new int[][] {{0, 0}, {1, h / 2}, {w / 2, 1}, {w - 1, h - 1}, {w - 2, h / 3}, {w / 3, h - 2}}) {
                assertThat(Integer.toHexString(px.getArgb(p[0], p[1]))).as("frame at %d,%d", p[0], p[1]).isEqualTo(Integer.toHexString(frame));
            }
            for (int[] p : new int[][] {{2, h / 2}, {w / 2, 2}, {w - 3, h / 3}, {w / 3, h - 3}}) {
                assertThat(Integer.toHexString(px.getArgb(p[0], p[1]))).as("inside at %d,%d", p[0], p[1]).isEqualTo("ff000000");
            }
        }
    }

    @Test
    void theFirstStartsDemoStudySaysItIsADemoAndHowToAddAServerBesideTheProtocolsLine() throws Exception {
        DemoStart.begin(new org.lumen.viewer.servers.ConfigFolder(dir.resolve("config")), dir.resolve("cache"));
        WaitForAsyncUtils.asyncFx(() -> window.openDemo());
        waitFor(() -> status().contains("Protocol: "));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(status()).contains("Protocol: CT", "DEMO study (synthetic)", "Servers \u25B8 Settings\u2026 to add a server");
    }

    @Test
    void theRendererProbeTheIconsAndTheQcCheckWaitForTheFirstImageThenHappen() throws Exception {
        Stage other = FxToolkit.registerStage(Stage::new);
        try {
            DemoStart.begin(new org.lumen.viewer.servers.ConfigFolder(dir.resolve("config")), dir.resolve("cache"));
            MainWindow second = onFx(() -> {
                MainWindow w = new MainWindow(other);
                w.show();
                w.openDemo();
                assertThat(AfterStart.holding()).as("held until the first image").isTrue();
                assertThat(other.getIcons()).as("no icons before the first image").isEmpty();
                assertThat(rendererText(other)).as("no probe before the first image").isEqualTo("CPU renderer");
                assertThat(w.workspace().active().qcBadge().completeness()).as("no QC check before the first image").isEmpty();
                return w;
            });
            waitFor(() -> onFx(() -> second.workspace().active().raster().isPresent()));
            waitFor(() -> onFx(() -> other.getIcons().size()) == WindowIcons.SIZES.length);
            waitFor(() -> onFx(() -> rendererText(other)).startsWith("CPU renderer: chosen"));
            waitFor(() -> onFx(() -> second.workspace().active().qcBadge().completeness().isPresent()));
            assertThat(onFx(AfterStart::holding)).isFalse();
        } finally {
            FxToolkit.setupFixture(other::close);
        }
    }

    private static String rendererText(Stage stage) {
        javafx.scene.layout.HBox bar = (javafx.scene.layout.HBox) stage.getScene().lookup(".status-bar");
        return ((Label) bar.getChildren().get(2)).getText(); // message, spacer, renderer, ...
    }

    @Test
    void windowIconsAreDecodedOffTheFxThreadAndSetOnTheWindow() throws Exception {
        Stage other = FxToolkit.registerStage(Stage::new);
        try {
            onFx(() -> {
                WindowIcons.setLater(other);
                return null;
            });
            waitFor(() -> other.getIcons().size() == WindowIcons.SIZES.length);
            List<Image> icons = onFx(other::getIcons);
            for (int i = 0; i < icons.size(); i++) {
                assertThat(icons.get(i).isError()).isFalse();
                assertThat(icons.get(i).getWidth()).isEqualTo(WindowIcons.SIZES[i]);
            }
        } finally {
            FxToolkit.setupFixture(other::close);
        }
    }
}
