package org.lumen.viewer.viewport;

/**
 * Cine timing: which image to show at a given time when playing at a frame rate, looping or stopping
 * at the last image. Confined to the thread that ticks it.
 */
public final class CinePlayer {
    /** Frame rates a user can choose. */
    public static final int MIN_FPS = 1;
    public static final int MAX_FPS = 120;

    private int fps = 15;
    private boolean loop = true;
    private boolean playing;
    private boolean anchored;
    private long anchorNanos;

    public int fps() {
        return fps;
    }

    /** Sets the frame rate, clamped to {@value #MIN_FPS}..{@value #MAX_FPS}; timing restarts from the next tick. */
    public void setFps(int framesPerSecond) {
        fps = Math.max(MIN_FPS, Math.min(MAX_FPS, framesPerSecond));
        anchored = false;
    }

    public boolean loop() {
        return loop;
    }

    public void setLoop(boolean value) {
        loop = value;
    }

    public boolean playing() {
        return playing;
    }

    public void play() {
        playing = true;
        anchored = false;
    }

    public void pause() {
        playing = false;
    }

    /**
     * The image to show at {@code nowNanos}, given the one shown and the count. The first tick after
     * {@link #play} only sets the time origin. Without looping, playing stops at the last image.
     */
    public int advance(int index, int count, long nowNanos) {
        if (!playing || count < 1) {
            return index;
        }
        if (!anchored) {
            anchored = true;
            anchorNanos = nowNanos;
            return index;
        }
        long period = 1_000_000_000L / fps;
        long due = (nowNanos - anchorNanos) / period;
        if (due <= 0) {
            return index;
        }
        anchorNanos += due * period;
        if (loop) {
            return (int) ((index + due) % count);
        }
        long next = index + due;
        if (next >= count - 1) {
            playing = false;
            return count - 1;
        }
        return (int) next;
    }
}
