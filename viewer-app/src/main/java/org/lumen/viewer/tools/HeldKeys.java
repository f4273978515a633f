package org.lumen.viewer.tools;

import java.util.EnumSet;
import java.util.Set;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

/**
 * Which keys are down under a node, to tell a key's auto-repeat (a press while it is already down:
 * GTK and the other toolkits send presses without releases while a key is held) from a new press.
 * Event filters see every press and release under the node before any control consumes them; when
 * the node's window loses the focus every key is forgotten, since its release then goes to another
 * window (a key that opens the tag browser, for example). FX thread only.
 */
public final class HeldKeys {
    private final Set<KeyCode> down = EnumSet.noneOf(KeyCode.class);
    private boolean lastPressRepeated;

    private HeldKeys() {}

    /** Starts watching the keys pressed and released under {@code node}. */
    public static HeldKeys watch(Node node) {
        HeldKeys keys = new HeldKeys();
        node.addEventFilter(KeyEvent.KEY_PRESSED, e -> keys.lastPressRepeated = !keys.down.add(e.getCode()));
        node.addEventFilter(KeyEvent.KEY_RELEASED, e -> keys.down.remove(e.getCode()));
        // the focus of whichever window the node is in (none: not focused)
        node.sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::focusedProperty).addListener((o, was, focused) -> {
            if (!Boolean.TRUE.equals(focused)) {
                keys.down.clear();
            }
        });
        return keys;
    }

    /**
     * Whether the key press being handled now repeats one whose key is still down. Call from a
     * {@code KEY_PRESSED} handler under the watched node.
     */
    public boolean repeated() {
        return lastPressRepeated;
    }
}
