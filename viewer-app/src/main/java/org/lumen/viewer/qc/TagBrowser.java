package org.lumen.viewer.qc;

import java.util.List;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The DICOM tag browser: the elements of one instance as a tree (sequences open into items), columns
 * tag, VR, keyword and value; a search field filtering by tag, keyword or value; copy of the selected
 * rows (Ctrl+C) or of everything shown. Any instance of any open series can be chosen. FX thread only.
 */
final class TagBrowser {
    private final Stage stage;
    private final InstancePicker picker = new InstancePicker("Instance", "tag", this::showInstance);
    private final TextField search = new TextField();
    private final TreeTableView<TagNode> tree = new TreeTableView<>();
    private final Label count = new Label();
    private List<TagNode> rows = List.of();

    TagBrowser(Window owner, List<String> stylesheets) {
        search.setId("tag-search");
        search.setPromptText("Search tag (0010,0010), keyword or value");
        search.textProperty().addListener((o, a, b) -> refill());
        HBox.setHgrow(search, Priority.ALWAYS);
        tree.setId("tag-tree");
        tree.setShowRoot(false);
        tree.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        tree.getColumns().add(column("Tag", 150, TagNode::tag));
        tree.getColumns().add(column("VR", 44, TagNode::vr));
        tree.getColumns().add(column("Keyword", 230, TagNode::keyword));
        tree.getColumns().add(column("Value", 420, TagNode::value));
        tree.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_LAST_COLUMN);
        VBox.setVgrow(tree, Priority.ALWAYS);
        Button copy = new Button("Copy selected");
        copy.setId("tag-copy");
        copy.setOnAction(e -> copySelected());
        Button copyAll = new Button("Copy all shown");
        copyAll.setId("tag-copy-all");
        copyAll.setOnAction(e -> copy(TagNode.copyText(rows(tree.getRoot()))));
        count.setId("tag-count");
        tree.setOnKeyPressed(e -> {
            if (new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN).match(e)) {
                copySelected();
                e.consume();
            }
        });
        HBox top = new HBox(8, search, copy, copyAll);
        stage = QcStage.of(owner, stylesheets, "DICOM tags", 920, 700, picker.node(), top, tree, count);
    }

    Stage stage() {
        return stage;
    }

    /** Shows the browser on instance {@code index} of {@code series}, the others selectable. */
    void show(List<QcSeries> all, QcSeries series, int index) {
        picker.offer(all, series, index);
        stage.show();
        stage.toFront();
        search.requestFocus();
    }

    private void showInstance(QcSeries.Instance instance) {
        rows = TagNode.of(instance.header());
        stage.setTitle("DICOM tags \u2014 " + picker.series() + " \u2014 " + instance.label());
        refill();
    }

    private void refill() {
        String query = search.getText() == null ? "" : search.getText();
        List<TagNode> shown = TagNode.filter(rows, query);
        TreeItem<TagNode> root = new TreeItem<>();
        boolean expand = !query.isBlank();
        shown.forEach(n -> root.getChildren().add(item(n, expand)));
        tree.setRoot(root);
        count.setText(query.isBlank() ? rows.size() + " elements" : shown.size() + " of " + rows.size() + " elements match");
    }

    private static TreeItem<TagNode> item(TagNode node, boolean expand) {
        TreeItem<TagNode> item = new TreeItem<>(node);
        node.children().forEach(c -> item.getChildren().add(item(c, expand)));
        item.setExpanded(expand);
        return item;
    }

    private void copySelected() {
        List<TagNode> selected = tree.getSelectionModel().getSelectedItems().stream()
                .filter(i -> i != null && i.getValue() != null).map(TreeItem::getValue).toList();
        if (!selected.isEmpty()) {
            copy(TagNode.copyText(selected));
        }
    }

    private static List<TagNode> rows(TreeItem<TagNode> root) {
        return root == null ? List.of() : root.getChildren().stream().map(TreeItem::getValue).toList();
    }

    private static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
    }

    private static TreeTableColumn<TagNode, String> column(String title, double width, java.util.function.Function<TagNode, String> value) {
        TreeTableColumn<TagNode, String> c = new TreeTableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().getValue() == null ? "" : value.apply(cell.getValue().getValue())));
        return c;
    }
}
