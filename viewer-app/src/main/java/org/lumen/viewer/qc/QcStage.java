package org.lumen.viewer.qc;

import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The window every QC view lives in: owned by the main window, dark, its parts stacked. FX thread only. */
final class QcStage {
    private QcStage() {}

    static Stage of(Window owner, List<String> stylesheets, String title, double width, double height, Node... parts) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(title);
        VBox box = new VBox(8, parts);
        box.setPadding(new Insets(10));
        BorderPane root = new BorderPane(box);
        root.getStyleClass().addAll("lumen-root", "qc-window");
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().addAll(stylesheets);
        stage.setScene(scene);
        return stage;
    }
}
