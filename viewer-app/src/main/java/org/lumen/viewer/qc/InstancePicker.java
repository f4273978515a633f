package org.lumen.viewer.qc;

import java.util.List;
import java.util.function.Consumer;

import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/** A series and one of its instances, chosen from two lists; tells a listener the chosen instance. FX thread only. */
final class InstancePicker {
    private final ComboBox<QcSeries> series = new ComboBox<>();
    private final ComboBox<QcSeries.Instance> instance = new ComboBox<>();
    private final HBox box;

    InstancePicker(String label, String idPrefix, Consumer<QcSeries.Instance> chosen) {
        series.setId(idPrefix + "-series");
        instance.setId(idPrefix + "-instance");
        series.setMaxWidth(280);
        instance.setMaxWidth(260);
        series.valueProperty().addListener((o, a, b) -> {
            instance.setItems(b == null ? FXCollections.observableArrayList() : FXCollections.observableArrayList(b.instances()));
            if (b != null) {
                instance.setValue(b.instances().get(0));
            }
        });
        instance.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                chosen.accept(b);
            }
        });
        box = new HBox(6, new Label(label), series, instance);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    }

    HBox node() {
        return box;
    }

    /** Offers these series and selects instance {@code index} of {@code selected} (clamped). */
    void offer(List<QcSeries> all, QcSeries selected, int index) {
        series.setItems(FXCollections.observableArrayList(all));
        series.setValue(selected);
        instance.setValue(selected.instances().get(Math.max(0, Math.min(selected.instances().size() - 1, index))));
    }

    QcSeries series() {
        return series.getValue();
    }

    QcSeries.Instance instance() {
        return instance.getValue();
    }
}
