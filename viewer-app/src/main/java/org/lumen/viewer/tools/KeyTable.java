package org.lumen.viewer.tools;

import static org.lumen.viewer.tools.ViewerAction.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javafx.scene.input.KeyCharacterCombination;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The key bindings of the workstation: the only place keys are assigned. The viewports dispatch key
 * presses through {@link #actionFor}, and the help panel lists {@link #bindings()}.
 */
public final class KeyTable {
    /** One key (combination) and the action it triggers. */
    public record Binding(KeyCombination keys, ViewerAction action) {
        public Binding {
            Objects.requireNonNull(keys, "keys");
            Objects.requireNonNull(action, "action");
        }
    }

    private final List<Binding> bindings;

    private KeyTable(List<Binding> bindings) {
        this.bindings = List.copyOf(bindings);
    }

    public List<Binding> bindings() {
        return bindings;
    }

    /** The action a key press triggers, if any (the first matching binding wins). */
    public Optional<ViewerAction> actionFor(KeyEvent event) {
        return bindings.stream().filter(b -> b.keys().match(event)).map(Binding::action).findFirst();
    }

    /** The keys bound to an action, in table order. */
    public List<KeyCombination> keysFor(ViewerAction action) {
        return bindings.stream().filter(b -> b.action() == action).map(Binding::keys).toList();
    }

    /** The workstation's bindings. */
    public static KeyTable standard() {
        List<Binding> b = new ArrayList<>();
        bind(b, PREVIOUS_IMAGE, KeyCode.UP);
        bind(b, PREVIOUS_IMAGE, KeyCode.LEFT);
        bind(b, NEXT_IMAGE, KeyCode.DOWN);
        bind(b, NEXT_IMAGE, KeyCode.RIGHT);
        bind(b, BACK_TEN, KeyCode.PAGE_UP);
        bind(b, FORWARD_TEN, KeyCode.PAGE_DOWN);
        bind(b, FIRST_IMAGE, KeyCode.HOME);
        bind(b, LAST_IMAGE, KeyCode.END);
        bind(b, CINE_PLAY_PAUSE, KeyCode.SPACE);
        b.add(new Binding(new KeyCodeCombination(KeyCode.UP, KeyCombination.SHORTCUT_DOWN), CINE_FASTER));
        b.add(new Binding(new KeyCodeCombination(KeyCode.DOWN, KeyCombination.SHORTCUT_DOWN), CINE_SLOWER));
        b.add(new Binding(new KeyCodeCombination(KeyCode.SPACE, KeyCombination.SHIFT_DOWN), CINE_LOOP));
        ViewerAction[] presets = {PRESET_1, PRESET_2, PRESET_3, PRESET_4, PRESET_5, PRESET_6, PRESET_7};
        for (int i = 0; i < presets.length; i++) {
            bind(b, presets[i], KeyCode.valueOf("DIGIT" + (i + 1)));
            bind(b, presets[i], KeyCode.valueOf("NUMPAD" + (i + 1)));
        }
        bind(b, HEADER_WINDOW, KeyCode.DIGIT0);
        bind(b, INVERT, KeyCode.I);
        b.add(new Binding(new KeyCharacterCombination("+", KeyCombination.SHIFT_ANY), ZOOM_IN));
        bind(b, ZOOM_IN, KeyCode.EQUALS);
        bind(b, ZOOM_IN, KeyCode.ADD);
        bind(b, ZOOM_OUT, KeyCode.MINUS);
        bind(b, ZOOM_OUT, KeyCode.SUBTRACT);
        bind(b, FIT, KeyCode.F);
        bind(b, ACTUAL_SIZE, KeyCode.A);
        bind(b, ROTATE_CLOCKWISE, KeyCode.PERIOD);
        bind(b, ROTATE_COUNTER_CLOCKWISE, KeyCode.COMMA);
        bind(b, FLIP_HORIZONTAL, KeyCode.H);
        bind(b, FLIP_VERTICAL, KeyCode.V);
        bind(b, RESET, KeyCode.R);
        bind(b, TOOL_WINDOW, KeyCode.W);
        bind(b, TOOL_PAN, KeyCode.P);
        bind(b, TOOL_ZOOM, KeyCode.Z);
        bind(b, TOOL_SCROLL, KeyCode.S);
        bind(b, TOOL_LENGTH, KeyCode.L);
        bind(b, TOOL_ANGLE, KeyCode.G);
        bind(b, TOOL_RECTANGLE, KeyCode.B);
        bind(b, TOOL_ELLIPSE, KeyCode.E);
        bind(b, TOOL_PROBE, KeyCode.X);
        bind(b, DELETE_MEASUREMENT, KeyCode.DELETE);
        bind(b, DELETE_MEASUREMENT, KeyCode.BACK_SPACE);
        bind(b, CANCEL, KeyCode.ESCAPE);
        ViewerAction[] layouts = {LAYOUT_1X1, LAYOUT_1X2, LAYOUT_2X1, LAYOUT_2X2};
        for (int i = 0; i < layouts.length; i++) {
            b.add(new Binding(new KeyCodeCombination(KeyCode.valueOf("DIGIT" + (i + 1)), KeyCombination.SHORTCUT_DOWN), layouts[i]));
        }
        b.add(new Binding(new KeyCodeCombination(KeyCode.DIGIT9, KeyCombination.SHORTCUT_DOWN), LAYOUT_3X3));
        b.add(new Binding(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN), LAYOUT_CUSTOM));
        bind(b, NEXT_VIEWPORT, KeyCode.N);
        b.add(new Binding(new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN), MPR));
        bind(b, MPR_SLAB_MODE, KeyCode.T);
        bind(b, MPR_SLAB_THICKER, KeyCode.CLOSE_BRACKET);
        bind(b, MPR_SLAB_THINNER, KeyCode.OPEN_BRACKET);
        b.add(new Binding(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN), TAG_BROWSER));
        b.add(new Binding(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN), HEADER_DIFF));
        b.add(new Binding(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN), SERIES_QC));
        bind(b, KEY_IMAGE, KeyCode.K);
        b.add(new Binding(new KeyCodeCombination(KeyCode.K, KeyCombination.SHIFT_DOWN), NEXT_KEY_IMAGE));
        b.add(new Binding(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), SAVE_ANNOTATIONS));
        b.add(new Binding(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN), CLOSE_STUDY));
        bind(b, HELP, KeyCode.F1);
        b.add(new Binding(new KeyCharacterCombination("?", KeyCombination.SHIFT_ANY), HELP));
        return new KeyTable(b);
    }

    /** A plain key: no modifier may be down (so Ctrl+1 does not also trigger 1). */
    private static void bind(List<Binding> b, ViewerAction action, KeyCode code) {
        b.add(new Binding(new KeyCodeCombination(code), action));
    }
}
