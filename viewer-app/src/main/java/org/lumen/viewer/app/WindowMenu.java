package org.lumen.viewer.app;

import java.util.List;
import java.util.Locale;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ContextMenuEvent;

import org.lumen.rendering.WindowPreset;
import org.lumen.viewer.help.HelpPanel;
import org.lumen.viewer.tools.KeyTable;
import org.lumen.viewer.tools.ViewerAction;

/**
 * A viewport's right-click menu of windows: the CT presets, the windows the image's header names
 * (Window Center / Width with their Window Center &amp; Width Explanation), invert and reset. Built
 * anew for each click, from the image on screen. FX thread only.
 */
final class WindowMenu {
    private final StackViewport viewport;
    private final KeyTable keys = KeyTable.standard();
    private ContextMenu menu;

    WindowMenu(StackViewport viewport) {
        this.viewport = viewport;
    }

    void show(ContextMenuEvent e) {
        if (menu != null) {
            menu.hide();
        }
        menu = new ContextMenu();
        for (WindowPreset preset : WindowPreset.values()) {
            ViewerAction action = ViewerAction.valueOf("PRESET_" + preset.key());
            MenuItem item = new MenuItem(String.format(Locale.ROOT, "%s  (W %.0f  L %.0f)   [%s]", preset.label(), preset.window().width(),
                    preset.window().center(), HelpPanel.keysText(keys, action)));
            item.setOnAction(a -> viewport.perform(action));
            menu.getItems().add(item);
        }
        List<SliceRasterizer.HeaderWindow> header = viewport.headerWindows();
        if (!header.isEmpty()) {
            menu.getItems().add(new SeparatorMenuItem());
            for (int i = 0; i < header.size(); i++) {
                SliceRasterizer.HeaderWindow w = header.get(i);
                String name = w.explanation().isEmpty() ? "Header window " + (i + 1) : w.explanation();
                MenuItem item = new MenuItem(String.format(Locale.ROOT, "%s  (W %.0f  L %.0f)", name, w.window().width(), w.window().center()));
                item.setOnAction(a -> viewport.applyHeaderWindow(w));
                menu.getItems().add(item);
            }
        }
        MenuItem invert = new MenuItem("Invert   [" + HelpPanel.keysText(keys, ViewerAction.INVERT) + "]");
        invert.setOnAction(a -> viewport.perform(ViewerAction.INVERT));
        MenuItem reset = new MenuItem("Reset view   [" + HelpPanel.keysText(keys, ViewerAction.RESET) + "]");
        reset.setOnAction(a -> viewport.perform(ViewerAction.RESET));
        menu.getItems().addAll(new SeparatorMenuItem(), invert, reset);
        menu.show(viewport.node(), e.getScreenX(), e.getScreenY());
        e.consume();
    }
}
