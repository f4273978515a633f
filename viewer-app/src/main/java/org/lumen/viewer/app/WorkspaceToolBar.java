package org.lumen.viewer.app;

import java.util.EnumMap;
import java.util.Map;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;

import org.lumen.viewer.help.HelpPanel;
import org.lumen.viewer.layout.GridLayout;
import org.lumen.viewer.tools.KeyTable;
import org.lumen.viewer.tools.LazyTooltip;
import org.lumen.viewer.tools.Tool;
import org.lumen.viewer.tools.ViewerAction;
import org.lumen.viewer.viewport.CinePlayer;

/**
 * The workstation's tool bar: tools, layouts, cine (play/pause, frame rate, loop) of the active
 * viewport, help. Tooltips name the keys from the {@link KeyTable}; each is made when the pointer first
 * enters its button ({@link LazyTooltip}). FX thread only.
 */
final class WorkspaceToolBar {
    private final ToolBar bar = new ToolBar();
    private final Map<Tool, ToggleButton> toolButtons = new EnumMap<>(Tool.class);
    private final Spinner<Integer> fps = new Spinner<>(CinePlayer.MIN_FPS, CinePlayer.MAX_FPS, 15);
    private final CheckBox loop = new CheckBox("Loop");
    private final Button play = new Button("\u25B6");
    private boolean syncing;

    WorkspaceToolBar(Workspace workspace, KeyTable keys) {
        bar.getStyleClass().add("workspace-tools");
        ToggleGroup group = new ToggleGroup();
        for (Tool tool : Tool.values()) {
            ToggleButton b = new ToggleButton(tool.label());
            b.setToggleGroup(group);
            b.setFocusTraversable(false);
            ViewerAction action = ViewerAction.valueOf("TOOL_" + (tool == Tool.WINDOW ? "WINDOW" : tool.name()));
            LazyTooltip.install(b, () -> new Tooltip(action.description() + "  [" + HelpPanel.keysText(keys, action) + "]"));
            b.setOnAction(e -> workspace.setTool(tool));
            toolButtons.put(tool, b);
            bar.getItems().add(b);
        }
        MenuButton layouts = new MenuButton("Layout");
        layouts.setFocusTraversable(false);
        for (GridLayout l : GridLayout.STANDARD) {
            ViewerAction action = ViewerAction.valueOf("LAYOUT_" + l.rows() + "X" + l.columns());
            MenuItem item = new MenuItem(l + "   [" + HelpPanel.keysText(keys, action) + "]");
            item.setOnAction(e -> workspace.setLayout(l));
            layouts.getItems().add(item);
        }
        MenuItem custom = new MenuItem("Custom\u2026   [" + HelpPanel.keysText(keys, ViewerAction.LAYOUT_CUSTOM) + "]");
        custom.setOnAction(e -> workspace.askCustomLayout());
        layouts.getItems().add(custom);
        MenuItem mpr = new MenuItem("MPR: axial, coronal, sagittal   [" + HelpPanel.keysText(keys, ViewerAction.MPR) + "]");
        mpr.setOnAction(e -> workspace.toggleMpr());
        layouts.getItems().addAll(new javafx.scene.control.SeparatorMenuItem(), mpr);
        play.setFocusTraversable(false);
        LazyTooltip.install(play, () -> new Tooltip("Play / pause cine  [" + HelpPanel.keysText(keys, ViewerAction.CINE_PLAY_PAUSE) + "]"));
        play.setOnAction(e -> {
            workspace.active().toggleCine();
            showCine(workspace.active().cine());
        });
        fps.setPrefWidth(76);
        fps.setEditable(true);
        fps.setFocusTraversable(false);
        fps.valueProperty().addListener((o, a, b) -> {
            if (!syncing && b != null) {
                workspace.active().setFps(b);
            }
        });
        loop.setSelected(true);
        loop.setFocusTraversable(false);
        loop.selectedProperty().addListener((o, a, b) -> {
            if (!syncing) {
                workspace.active().cine().setLoop(b);
            }
        });
        Button help = new Button("?");
        help.setFocusTraversable(false);
        LazyTooltip.install(help, () -> new Tooltip("Keys  [" + HelpPanel.keysText(keys, ViewerAction.HELP) + "]"));
        help.setOnAction(e -> workspace.help().toggle());
        bar.getItems().addAll(new Separator(), layouts, new Separator(), play, fps, new Label("fps"), loop, new Separator());
        bar.getItems().addAll(keyImageButtons(workspace, keys)); // key-images
        bar.getItems().addAll(new Separator(), help);
        showTool(Tool.WINDOW);
    }

    Node node() {
        return bar;
    }

    /**
     * key-images: "Key" marks the shown image; "Save to archive" saves key images and measurements, disabled
     * for a study from files or a folder, with the reason in its tooltip (a holder shows it: a disabled
     * button shows no tooltip).
     */
    private static java.util.List<Node> keyImageButtons(Workspace workspace, KeyTable keys) {
        Button mark = new Button("\u2605 Key");
        mark.setId("mark-key-image-button");
        mark.setFocusTraversable(false);
        LazyTooltip.install(mark, () -> new Tooltip(ViewerAction.KEY_IMAGE.description() + "  [" + HelpPanel.keysText(keys, ViewerAction.KEY_IMAGE) + "]"));
        mark.setOnAction(e -> workspace.perform(ViewerAction.KEY_IMAGE));
        Button save = new Button("Save to archive");
        save.setId("save-annotations-button");
        save.setFocusTraversable(false);
        save.setOnAction(e -> workspace.perform(ViewerAction.SAVE_ANNOTATIONS));
        javafx.beans.property.ReadOnlyBooleanProperty fromServer = workspace.annotations().fromServerProperty();
        save.disableProperty().bind(fromServer.not());
        Label holder = new Label("", save);
        LazyTooltip.install(holder, () -> {
            Tooltip why = new Tooltip();
            why.setWrapText(true);
            why.setMaxWidth(420);
            why.textProperty().bind(javafx.beans.binding.Bindings.when(fromServer)
                    .then(ViewerAction.SAVE_ANNOTATIONS.description() + "  [" + HelpPanel.keysText(keys, ViewerAction.SAVE_ANNOTATIONS) + "]")
                    .otherwise(org.lumen.viewer.keys.StudyAnnotations.localStudyReason()));
            return why;
        });
        return java.util.List.of(mark, holder);
    }

    void showTool(Tool tool) {
        toolButtons.get(tool).setSelected(true);
    }

    /** Shows the cine settings of the active viewport. */
    void showCine(CinePlayer cine) {
        syncing = true;
        fps.getValueFactory().setValue(cine.fps());
        loop.setSelected(cine.loop());
        play.setText(cine.playing() ? "\u23F8" : "\u25B6");
        syncing = false;
    }
}
