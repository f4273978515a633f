package org.lumen.viewer.viewport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lumen.viewer.measure.Calibration;
import org.lumen.viewer.measure.ImagePoint;
import org.lumen.viewer.measure.Measurement;

class HandleHitTest {
    @Test
    void findsTheNearestHandleWithinTheToleranceOnScreen() {
        ViewGeometry g = new ViewGeometry(100, 100, Calibration.NONE, 400, 400, ViewState.INITIAL); // 4 px per pixel
        List<Measurement> list = List.of(new Measurement.Length(new ImagePoint(10, 10), new ImagePoint(50, 50)),
                new Measurement.Probe(new ImagePoint(51, 50)));
        assertThat(HandleHit.find(list, g, 200, 200, 8)).contains(new HandleHit(0, 1));
        assertThat(HandleHit.find(list, g, 204, 200, 8)).contains(new HandleHit(1, 0));
        assertThat(HandleHit.find(list, g, 41, 41, 8)).contains(new HandleHit(0, 0));
        assertThat(HandleHit.find(list, g, 300, 300, 8)).isEmpty();
    }
}
