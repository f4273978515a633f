package org.lumen.viewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import javafx.event.Event;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.lumen.testkit.UiTest;
import org.lumen.viewer.tools.ViewerAction;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A key held down (the toolkit then sends presses without releases): actions that step repeat, as
 * stepping through images should; toggles act once per press, so a Ctrl+M held a little long opens
 * MPR and leaves it open. When the window loses the focus, keys held are forgotten: the next press of
 * the same key acts.
 */
@UiTest
class HeldKeysUiTest extends MprUiBase {
    private void key(javafx.event.EventType<KeyEvent> type, KeyCode code, boolean control) throws Exception {
        onFx(() -> {
            Event.fireEvent(active().node(), new KeyEvent(type, "", "", code, false, control, false, false));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private int imageNumber() {
        String im = texts(active()).stream().filter(t -> t.startsWith("Im ")).findFirst().orElseThrow();
        return Integer.parseInt(im.substring(3, im.indexOf(" /")));
    }

    private void openPhantom() throws Exception {
        Path series = dir.resolve("phantom");
        MprPhantom.write(series);
        open(series);
        waitFor(() -> texts(active()).stream().anyMatch(t -> t.startsWith("Im ")));
    }

    @Test
    void aHeldCtrlMOpensMprOnceAndTheNextPressClosesIt() throws Exception {
        openPhantom();
        assertThat(ViewerAction.MPR.repeatsWhileHeld()).isFalse();
        key(KeyEvent.KEY_PRESSED, KeyCode.M, true);
        key(KeyEvent.KEY_PRESSED, KeyCode.M, true); // auto-repeat
        key(KeyEvent.KEY_PRESSED, KeyCode.M, true);
        key(KeyEvent.KEY_PRESSED, KeyCode.M, true);
        key(KeyEvent.KEY_RELEASED, KeyCode.M, true);
        waitForViews();
        assertThat(onFx(() -> mpr().showing())).as("MPR open after one held press").isTrue();
        key(KeyEvent.KEY_PRESSED, KeyCode.M, true);
        key(KeyEvent.KEY_RELEASED, KeyCode.M, true);
        waitFor(() -> !mpr().showing());
    }

    @Test
    void aHeldArrowStepsThroughImagesWithTheRepeats() throws Exception {
        openPhantom();
        int first = onFx(this::imageNumber);
        key(KeyEvent.KEY_PRESSED, KeyCode.DOWN, false);
        key(KeyEvent.KEY_PRESSED, KeyCode.DOWN, false);
        key(KeyEvent.KEY_PRESSED, KeyCode.DOWN, false);
        key(KeyEvent.KEY_RELEASED, KeyCode.DOWN, false);
        waitFor(() -> imageNumber() == first + 3);
    }

    @Test
    void aKeyHeldWhenTheWindowLostTheFocusActsAtItsNextPress() throws Exception {
        openPhantom();
        onFx(() -> {
            stage.requestFocus();
            return null;
        });
        waitFor(() -> stage.isFocused());
        key(KeyEvent.KEY_PRESSED, KeyCode.M, true); // MPR opens; its release will go to another window
        waitForViews();
        Stage other = FxToolkit.registerStage(Stage::new);
        try {
            FxToolkit.setupFixture(() -> {
                other.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 200, 100));
                other.setX(1500);
                other.show();
                other.requestFocus();
            });
            waitFor(() -> !stage.isFocused());
        } finally {
            FxToolkit.setupFixture(other::close);
        }
        onFx(() -> {
            stage.requestFocus();
            return null;
        });
        waitFor(() -> stage.isFocused());
        key(KeyEvent.KEY_PRESSED, KeyCode.M, true); // a new press, not a repeat
        key(KeyEvent.KEY_RELEASED, KeyCode.M, true);
        waitFor(() -> !mpr().showing());
    }
}
