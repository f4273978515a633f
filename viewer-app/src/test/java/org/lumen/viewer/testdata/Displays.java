package org.lumen.viewer.testdata;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.Optional;

import org.junit.jupiter.api.Assumptions;

/** The display a UI test needs: without one the test is aborted, or fails under -Dlumen.requireDisplay=true. */
public final class Displays {
    private Displays() {}

    /** Returns when DISPLAY is set; otherwise aborts the test, or fails it when a display is required. */
    public static void require() {
        if (Optional.ofNullable(System.getenv("DISPLAY")).orElse("").isBlank()) {
            if (Boolean.getBoolean("lumen.requireDisplay")) {
                fail("a display is required (-Dlumen.requireDisplay=true) but DISPLAY is not set; run under xvfb-run");
            }
            Assumptions.abort("no display (DISPLAY unset): run under xvfb-run");
        }
    }
}
