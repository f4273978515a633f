package org.lumen.viewer.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MeasurementStoreTest {
    private final Measurement length = new Measurement.Length(new ImagePoint(0, 0), new ImagePoint(3, 4));
    private final Measurement probe = new Measurement.Probe(new ImagePoint(1, 1));

    @Test
    void keepsMeasurementsPerImageAndFrame() {
        MeasurementStore store = new MeasurementStore();
        assertThat(store.add(MeasurementStore.key("1.2.3", 0), length)).isZero();
        assertThat(store.add(MeasurementStore.key("1.2.3", 1), probe)).isZero();
        assertThat(store.on(MeasurementStore.key("1.2.3", 0))).containsExactly(length);
        assertThat(store.on(MeasurementStore.key("1.2.3", 1))).containsExactly(probe);
        assertThat(store.on(MeasurementStore.key("9.9", 0))).isEmpty();
        assertThat(store.count()).isEqualTo(2);
    }

    @Test
    void replacesAndRemoves() {
        MeasurementStore store = new MeasurementStore();
        store.add("a", length);
        store.add("a", probe);
        Measurement moved = length.withHandle(1, new ImagePoint(6, 8));
        store.replace("a", 0, moved);
        store.remove("a", 1);
        assertThat(store.on("a")).containsExactly(moved);
        assertThatThrownBy(() -> store.remove("a", 1)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
