package org.lumen.viewer.app;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/** The status bar: a message on the left, the renderer, network activity and the heap in use on the right. */
final class StatusBar {
    private final Label message = new Label("Ready");
    private final Label renderer = new Label("CPU renderer");
    private final Label memory = new Label();
    private final Label network = new Label(); // viewer-qc
    private final NetworkMeter meter = new NetworkMeter();
    private final HBox box;

    StatusBar() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        message.setMinWidth(0);
        renderer.setMinWidth(Region.USE_PREF_SIZE);
        memory.setMinWidth(Region.USE_PREF_SIZE);
        network.setMinWidth(Region.USE_PREF_SIZE);
        network.setId("status-network");
        box = new HBox(16, message, spacer, renderer, network, memory);
        box.getStyleClass().add("status-bar");
        box.setPadding(new Insets(3, 10, 3, 10));
        updateMemory();
        Timeline timeline = new Timeline(new KeyFrame(Duration.seconds(2), e -> updateMemory()));
        timeline.setCycleCount(Animation.INDEFINITE);
        timeline.play();
    }

    Node node() {
        return box;
    }

    /** Shows a message; call on the FX thread. */
    void show(String text) {
        message.setText(text);
    }

    /** The message shown; call on the FX thread. */
    String text() {
        return message.getText();
    }

    void renderer(String text) {
        renderer.setText(text);
    }

    /** The meter the DICOMweb clients report their traffic to (shown beside the memory). */
    NetworkMeter networkMeter() {
        return meter;
    }

    private void updateMemory() {
        network.setText(meter.sample(System.nanoTime()));
        Runtime rt = Runtime.getRuntime();
        long usedMb = (rt.totalMemory() - rt.freeMemory()) >> 20;
        memory.setText("Heap " + usedMb + " / " + (rt.maxMemory() >> 20) + " MB");
    }
}
