package org.lumen.viewer.tools;

import java.util.Objects;
import java.util.function.Supplier;

import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A tooltip made when the pointer first enters its control, not when the window is built: each
 * {@link Tooltip} is a popup window with its own scene, and the tool bar's dozen of them cost about
 * 5 % of the main window's start-up on the FX thread (every viewport's key-image badge another 3 %). It shows as any tooltip does (after the pointer
 * rests on the control), since it is installed before the pointer's first move over it.
 */
public final class LazyTooltip {
    private LazyTooltip() {}

    /** Sets the supplied tooltip on the control when the pointer first enters it (unless one is set by then). */
    public static void install(Control control, Supplier<Tooltip> tooltip) {
        Objects.requireNonNull(tooltip);
        control.addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
            @Override
            public void handle(MouseEvent event) {
                control.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                if (control.getTooltip() == null) {
                    control.setTooltip(tooltip.get());
                }
            }
        });
    }
}
