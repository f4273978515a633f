package org.lumen.viewer.help;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.lumen.viewer.tools.KeyTable;
import org.lumen.viewer.tools.ViewerAction;

/**
 * A panel listing the key bindings of a {@link KeyTable}, one row per action with all its keys,
 * under group headings. Shown over the viewports; any key or click hides it again. Its list is built
 * when it is first shown: hidden, its 250 nodes cost the main window's first frame their styling and
 * layout for nothing.
 */
public final class HelpPanel {
    private final KeyTable table;
    private final StackPane root = new StackPane();
    private VBox content;

    /** The panel of the table's bindings, hidden. */
    public HelpPanel(KeyTable table) {
        this.table = table;
        root.setVisible(false);
        root.setPickOnBounds(false);
        root.setOnMouseClicked(e -> hide());
    }

    /** The list of bindings (in a scroll pane in {@link #node()}), built on first use. */
    public Node content() {
        if (content == null) {
            content = build();
            ScrollPane scroll = new ScrollPane(content);
            scroll.setFitToWidth(true);
            scroll.getStyleClass().add("help-panel");
            scroll.setMaxSize(720, 640);
            root.getChildren().add(scroll);
            StackPane.setAlignment(scroll, Pos.CENTER);
        }
        return content;
    }

    private VBox build() {
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(3);
        int row = 0;
        Map<String, List<ViewerAction>> groups = new LinkedHashMap<>();
        for (ViewerAction action : ViewerAction.values()) {
            if (!table.keysFor(action).isEmpty()) {
                groups.computeIfAbsent(action.group(), g -> new ArrayList<>()).add(action);
            }
        }
        for (Map.Entry<String, List<ViewerAction>> group : groups.entrySet()) {
            Label heading = new Label(group.getKey());
            heading.getStyleClass().add("help-heading");
            grid.add(heading, 0, row++, 2, 1);
            for (ViewerAction action : group.getValue()) {
                Label keys = new Label(keysText(table, action));
                keys.getStyleClass().add("help-key");
                Label description = new Label(action.description());
                description.getStyleClass().add("help-description");
                grid.add(keys, 0, row);
                grid.add(description, 1, row++);
            }
        }
        Label title = new Label("Keys  (" + keysText(table, ViewerAction.HELP) + " to close)");
        title.getStyleClass().add("help-title");
        VBox box = new VBox(10, title, grid);
        box.setPadding(new Insets(16, 22, 16, 22));
        return box;
    }

    /** The keys of an action as a user reads them, for example "Up, Left". */
    public static String keysText(KeyTable table, ViewerAction action) {
        return table.keysFor(action).stream().map(k -> k.getDisplayText()).distinct().collect(Collectors.joining(", "));
    }

    public Node node() {
        return root;
    }

    public boolean showing() {
        return root.isVisible();
    }

    public void toggle() {
        content();
        root.setVisible(!root.isVisible());
    }

    public void hide() {
        root.setVisible(false);
    }
}
