package org.lumen.viewer.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lumen.dicomweb.FramePart;

class UnplannedFramesTest {
    private static final FramePart PART = new FramePart(1, "1.2.840.10008.1.2.1", false, new byte[] {1, 2});

    @Test
    void asksInOrderWithAtMostMaxInFlightThenStopsOnceThePlanIsIn() {
        UnplannedFrames u = new UnplannedFrames(2);
        u.add("S", List.of("a", "b", "c", "a"));
        UnplannedFrames.Request a = u.next().orElseThrow();
        UnplannedFrames.Request b = u.next().orElseThrow();
        assertThat(List.of(a.instanceUid(), b.instanceUid())).containsExactly("a", "b");
        assertThat(u.next()).as("two in flight already").isEmpty();
        u.hold(a, PART);
        assertThat(u.held()).isEqualTo(1);
        List<String> inFlight = new ArrayList<>();
        Map<String, FramePart> held = u.adopt("S", inFlight);
        assertThat(held).containsOnlyKeys("a");
        assertThat(inFlight).containsExactly("b");
        assertThat(u.next()).as("nothing more asked once the plan is in (c waited)").isEmpty();
        assertThat(u.held()).isZero();
    }

    @Test
    void aDroppedSeriesHoldsNothingAndIsNotAskedAgain() {
        UnplannedFrames u = new UnplannedFrames(4);
        u.add("S", List.of("a", "b"));
        UnplannedFrames.Request a = u.next().orElseThrow();
        u.drop("S");
        u.hold(a, PART); // arrived after the drop
        assertThat(u.held()).isZero();
        u.ended(a);
        u.add("S", List.of("c"));
        assertThat(u.next()).isEmpty();
        assertThat(u.adopt("S", new ArrayList<>())).isEmpty();
    }

    @Test
    void noRequestsInFlightIsRefused() {
        assertThatThrownBy(() -> new UnplannedFrames(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
