package org.lumen.viewer.viewport;

import java.util.function.LongConsumer;

/**
 * Calls back once per display frame with a time stamp in nanoseconds. The workstation uses the
 * JavaFX pulse; tests step a clock by hand, so cine is tested without sleeping.
 */
public interface FrameClock {
    /** Starts calling {@code onFrame} (on the FX thread) until {@link #stop}. */
    void start(LongConsumer onFrame);

    /** Stops the callbacks. */
    void stop();
}
