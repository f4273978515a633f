package org.lumen.viewer.mpr;

import java.util.Locale;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The fourth cell of the MPR layout: what is shown (series, size, renderer), the crosshair centre in
 * patient coordinates, how oblique each plane is, the shared window, how to use the mouse, and the
 * Reset and Close buttons. FX thread only.
 */
final class MprPanel {
    private final MprLayout layout;
    private final Label title = new Label();
    private final Label volume = new Label();
    private final Label centre = new Label();
    private final Label planes = new Label();
    private final Label window = new Label();
    private final Label findings = new Label();
    private final VBox box;

    MprPanel(MprLayout layout, Runnable close) {
        this.layout = layout;
        Button reset = new Button("Reset");
        reset.setFocusTraversable(false);
        reset.setOnAction(e -> layout.reset());
        Button closeButton = new Button("Close MPR");
        closeButton.setFocusTraversable(false);
        closeButton.setOnAction(e -> close.run());
        Label help = new Label("""
                Left drag: move the crosshair centre
                Drag a line: move that plane
                Drag a line's handle: rotate (oblique planes)
                Wheel or Up/Down: scroll the view
                Right drag: window/level (all views)
                Middle or Shift+drag: pan; Ctrl+wheel: zoom
                T: slab mode; [ and ]: slab thickness""");
        help.setStyle("-fx-text-fill: #8d929a; -fx-font-size: 12px;");
        title.setStyle("-fx-text-fill: #e6e3c8; -fx-font-size: 15px; -fx-font-weight: bold;");
        title.setWrapText(true);
        for (Label l : new Label[] {volume, centre, planes, window}) {
            l.setStyle("-fx-text-fill: #c9ccd1; -fx-font-family: 'DejaVu Sans Mono', monospace; -fx-font-size: 12px;");
            l.getStyleClass().add("mpr-panel-text");
        }
        findings.setStyle("-fx-text-fill: #ffb347; -fx-font-size: 12px;");
        findings.setWrapText(true);
        findings.getStyleClass().add("mpr-findings");
        box = new VBox(8, title, volume, findings, centre, planes, window, new HBox(8, reset, closeButton), help);
        box.setPadding(new Insets(12));
        box.setMinSize(0, 0);
        box.setStyle("-fx-background-color: #111214;");
        box.getStyleClass().add("mpr-panel");
    }

    Node node() {
        return box;
    }

    void show(MprLayout.Shown shown) {
        var g = shown.volume().geometry();
        title.setText("MPR  \u2014  " + shown.title());
        volume.setText(String.format(Locale.ROOT, "%d x %d x %d voxels, %.2f x %.2f x %.2f mm%nDrawn by %s", g.columns(), g.rows(), g.slices(),
                g.iSpacing(), g.jSpacing(), g.kSpacing(), layout.renderer().description()));
        findings.setText(shown.findings().stream().map(f -> "\u26A0 " + f).collect(java.util.stream.Collectors.joining("\n")));
        findings.setManaged(!shown.findings().isEmpty());
        findings.setVisible(!shown.findings().isEmpty());
    }

    void update() {
        layout.state().ifPresent(s -> {
            centre.setText(String.format(Locale.ROOT, "Centre (LPS)  %.1f, %.1f, %.1f mm", s.centre().x(), s.centre().y(), s.centre().z()));
            StringBuilder text = new StringBuilder();
            for (MprPlane p : MprPlane.values()) {
                text.append(String.format(Locale.ROOT, "%-9s %5.1f\u00B0 %s%n", p.label(), s.obliquityDegrees(p), s.slab(p).text()));
            }
            planes.setText(text.toString().stripTrailing());
        });
        window.setText(layout.windowText());
    }

    void clear() {
        for (Label l : new Label[] {title, volume, findings, centre, planes, window}) {
            l.setText("");
        }
    }
}
