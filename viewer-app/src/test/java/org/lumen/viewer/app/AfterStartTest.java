package org.lumen.viewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Start-up's deferred work (startup): kept in order while held, run at once otherwise. */
class AfterStartTest {
    private final List<String> ran = new ArrayList<>();

    @AfterEach
    void releaseWhatATestHeld() {
        AfterStart.release();
    }

    @Test
    void workRunsAtOnceWhenNothingIsHeld() {
        AfterStart.run(() -> ran.add("probe"));
        assertThat(ran).containsExactly("probe");
        assertThat(AfterStart.holding()).isFalse();
    }

    @Test
    void heldWorkWaitsAndRunsInOrderWhenReleasedThenWorkRunsAtOnceAgain() {
        AfterStart.hold();
        AfterStart.run(() -> ran.add("probe"));
        AfterStart.run(() -> ran.add("icons"));
        assertThat(ran).as("held").isEmpty();
        assertThat(AfterStart.holding()).isTrue();
        AfterStart.hold(); // a second window shown meanwhile keeps what was held
        AfterStart.run(() -> ran.add("qc"));
        AfterStart.release();
        assertThat(ran).containsExactly("probe", "icons", "qc");
        AfterStart.run(() -> ran.add("later"));
        assertThat(ran).containsExactly("probe", "icons", "qc", "later");
        AfterStart.release();
        assertThat(ran).as("released once").hasSize(4);
    }
}
