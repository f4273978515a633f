package org.lumen.viewer.mpr;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

import org.lumen.rendering.SlabMode;

/**
 * The bar above an MPR view: its name in its colour, the slab mode (thin, MIP, MinIP, average) and
 * the slab thickness in mm. Changes go to the layout's state. FX thread only.
 */
final class SlabControls {
    /** Thickness offered when a projection is chosen from a thin slice. */
    static final double DEFAULT_THICKNESS_MM = 10;
    private final ChoiceBox<SlabMode> mode = new ChoiceBox<>();
    private final Spinner<Double> thickness = new Spinner<>(0.5, Slab.MAX_THICKNESS_MM, DEFAULT_THICKNESS_MM, 1);
    private final HBox bar;
    private boolean syncing;

    SlabControls(MprPlane plane, MprLayout layout) {
        Label name = new Label(plane.label());
        name.setStyle("-fx-text-fill: " + plane.colour() + "; -fx-font-weight: bold;");
        mode.getItems().addAll(SlabMode.values());
        mode.setConverter(new StringConverter<>() {
            @Override
            public String toString(SlabMode m) {
                return m == null ? "" : Slab.name(m);
            }

            @Override
            public SlabMode fromString(String s) {
                throw new UnsupportedOperationException();
            }
        });
        mode.setValue(SlabMode.NONE);
        mode.setFocusTraversable(false);
        mode.setTooltip(new Tooltip("Slab: thin slice, maximum (MIP), minimum (MinIP) or average intensity projection"));
        mode.getStyleClass().add("mpr-slab-mode");
        thickness.setEditable(true);
        thickness.setPrefWidth(84);
        thickness.setFocusTraversable(false);
        thickness.setTooltip(new Tooltip("Slab thickness, mm"));
        thickness.getStyleClass().add("mpr-slab-thickness");
        mode.valueProperty().addListener((o, a, b) -> changed(plane, layout));
        thickness.valueProperty().addListener((o, a, b) -> changed(plane, layout));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        bar = new HBox(6, name, gap, new Label("Slab"), mode, thickness, new Label("mm"));
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(2, 6, 2, 6));
        bar.setStyle("-fx-background-color: #16171a;");
    }

    Node node() {
        return bar;
    }

    /** Shows a slab without reporting it back as a change. */
    void show(Slab slab) {
        syncing = true;
        mode.setValue(slab.mode());
        if (!slab.thin()) {
            thickness.getValueFactory().setValue(slab.thicknessMm());
        }
        thickness.setDisable(slab.thin());
        syncing = false;
    }

    private void changed(MprPlane plane, MprLayout layout) {
        if (syncing || mode.getValue() == null || thickness.getValue() == null) {
            return;
        }
        SlabMode m = mode.getValue();
        layout.setSlab(plane, m == SlabMode.NONE ? Slab.THIN : new Slab(m, thickness.getValue()));
    }
}
