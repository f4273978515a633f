package org.lumen.viewer.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

import org.junit.jupiter.api.Test;

class KeyTableTest {
    private final KeyTable table = KeyTable.standard();

    @Test
    void everyActionHasAKey() {
        for (ViewerAction action : ViewerAction.values()) {
            assertThat(table.keysFor(action)).as("keys for %s", action).isNotEmpty();
        }
    }

    @Test
    void noKeyIsBoundTwice() {
        Set<KeyCombination> seen = new HashSet<>();
        for (KeyTable.Binding b : table.bindings()) {
            assertThat(seen.add(b.keys())).as("%s bound twice", b.keys()).isTrue();
        }
    }

    @Test
    void plainDigitChoosesAPresetAndCtrlDigitALayout() {
        assertThat(table.actionFor(press(KeyCode.DIGIT4, false))).contains(ViewerAction.PRESET_4);
        assertThat(table.actionFor(press(KeyCode.DIGIT4, true))).contains(ViewerAction.LAYOUT_2X2);
        assertThat(table.actionFor(press(KeyCode.HOME, false))).contains(ViewerAction.FIRST_IMAGE);
        assertThat(table.keysFor(ViewerAction.HELP)).contains(new KeyCodeCombination(KeyCode.F1));
    }

    private static KeyEvent press(KeyCode code, boolean shortcut) {
        boolean mac = System.getProperty("os.name", "").startsWith("Mac");
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, shortcut && !mac, false, shortcut && mac);
    }
}
