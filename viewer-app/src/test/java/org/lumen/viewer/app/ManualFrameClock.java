package org.lumen.viewer.app;

import java.util.Optional;
import java.util.function.LongConsumer;

import org.lumen.viewer.viewport.FrameClock;

/** A frame clock a test steps by hand: {@link #tick} calls the viewport as a display pulse would. */
final class ManualFrameClock implements FrameClock {
    private LongConsumer onFrame;

    @Override
    public void start(LongConsumer callback) {
        onFrame = callback;
    }

    @Override
    public void stop() {
        onFrame = null;
    }

    boolean running() {
        return onFrame != null;
    }

    /** One display frame at {@code nanos}; call on the FX thread. */
    void tick(long nanos) {
        Optional.ofNullable(onFrame).ifPresent(f -> f.accept(nanos));
    }
}
