package org.lumen.viewer.servers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumen.testkit.UiTest;
import org.lumen.viewer.testdata.Displays;
import org.lumen.viewer.testdata.Screenshots;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The server settings form on the app's dark theme (the stylesheets ServerWorkspace gives it): the
 * prompt text of an empty field reads at 4.5:1 or more on the field, and a focused default button
 * (Save) shows a focus ring that stands out from the button (3:1, WCAG's non-text contrast).
 * Screenshot: target/ui-screenshots/server-settings-form.png.
 */
@UiTest
class DarkFormUiTest {
    @TempDir
    Path config;
    final ExecutorService background = Executors.newSingleThreadExecutor();

    @BeforeEach
    void open() throws Exception {
        Displays.require();
        System.setProperty("prism.order", "sw");
        FxToolkit.registerPrimaryStage();
        ServerRegistry registry = new ServerRegistry(new ServerSettingsFile(new ConfigFolder(config)),
                new ServerClients(new SessionCredentialStore(new UnavailableCredentialStore("not in this test"))));
        List<String> sheets = List.of(css("/org/lumen/viewer/app/lumen-dark.css"), css("/org/lumen/viewer/browser/lumen-servers.css"));
        FxToolkit.setupFixture(() -> new ServerSettingsDialog(null, registry, background, sheets).show());
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(() -> List.copyOf(Window.getWindows()).forEach(w -> {
            if (w instanceof Stage s) {
                s.close();
            }
        }));
        background.shutdownNow();
    }

    @Test
    void promptTextAndTheFocusedSaveButtonStandOut() throws Exception {
        Button save = fx(() -> {
            Button b = (Button) lookup("#save-server");
            b.requestFocus();
            return b;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(save::isFocused));
        WaitForAsyncUtils.waitForFxEvents();

        Color prompt = fx(() -> promptFill((TextField) lookup("#ca-bundle")));
        Color field = Color.web("#18191c"); // -fx-control-inner-background of lumen-dark.css
        assertThat(contrast(prompt, field)).as("prompt text %s on the field", prompt).isGreaterThanOrEqualTo(4.5);

        List<Paint> fills = fx(() -> save.getBackground().getFills().stream().map(f -> f.getFill()).toList());
        Color ring = colour(fills.get(0));
        Color body = colour(fills.get(2));
        assertThat(contrast(ring, body)).as("focus ring %s on the button %s", ring, body).isGreaterThanOrEqualTo(3);

        Screenshots.save(fx(() -> save.getScene().snapshot(null)), "server-settings-form");
    }

    private static String css(String resource) {
        return DarkFormUiTest.class.getResource(resource).toExternalForm();
    }

    private static Object lookup(String id) {
        return Window.getWindows().stream().map(w -> w.getScene().lookup(id)).filter(n -> n != null).findFirst().orElseThrow();
    }

    private static Color promptFill(TextField field) {
        return field.lookupAll(".text").stream().filter(n -> n instanceof Text t && field.getPromptText().equals(t.getText()))
                .map(n -> (Color) ((Text) n).getFill()).findFirst().orElseThrow(() -> new AssertionError("no prompt text shown"));
    }

    private static Color colour(Paint paint) {
        return paint instanceof LinearGradient g ? g.getStops().get(g.getStops().size() / 2).getColor() : (Color) paint;
    }

    /** WCAG 2 contrast ratio of two opaque colours. */
    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    private static <T> T fx(Callable<T> call) {
        try {
            return WaitForAsyncUtils.asyncFx(call).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("FX call failed", e);
        }
    }
}
