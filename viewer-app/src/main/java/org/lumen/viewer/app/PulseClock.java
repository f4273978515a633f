package org.lumen.viewer.app;

import java.util.function.LongConsumer;

import javafx.animation.AnimationTimer;

import org.lumen.viewer.viewport.FrameClock;

/** The workstation's frame clock: the JavaFX pulse (about 60 Hz), through an {@link AnimationTimer}. */
final class PulseClock implements FrameClock {
    private AnimationTimer timer;

    @Override
    public void start(LongConsumer onFrame) {
        stop();
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                onFrame.accept(now);
            }
        };
        timer.start();
    }

    @Override
    public void stop() {
        if (timer != null) {
            timer.stop();
            timer = null;
        }
    }
}
