package org.lumen.viewer.viewport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CinePlayerTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void advancesByElapsedFramesAndLoops() {
        CinePlayer cine = new CinePlayer();
        cine.setFps(10);
        cine.play();
        assertThat(cine.advance(7, 10, 5 * SECOND)).isEqualTo(7); // first tick: time origin only
        assertThat(cine.advance(7, 10, 5 * SECOND + SECOND / 20)).isEqualTo(7); // half a frame
        assertThat(cine.advance(7, 10, 5 * SECOND + SECOND / 10)).isEqualTo(8);
        assertThat(cine.advance(8, 10, 5 * SECOND + 5 * SECOND / 10)).isEqualTo(2); // 4 more: 12 mod 10
        assertThat(cine.playing()).isTrue();
    }

    @Test
    void withoutLoopStopsAtTheLastImage() {
        CinePlayer cine = new CinePlayer();
        cine.setFps(30);
        cine.setLoop(false);
        cine.play();
        cine.advance(0, 5, 0);
        assertThat(cine.advance(0, 5, SECOND)).isEqualTo(4);
        assertThat(cine.playing()).isFalse();
        assertThat(cine.advance(4, 5, 2 * SECOND)).isEqualTo(4);
    }

    @Test
    void pausedDoesNotMoveAndFpsIsClamped() {
        CinePlayer cine = new CinePlayer();
        assertThat(cine.advance(3, 10, SECOND)).isEqualTo(3);
        cine.setFps(1000);
        assertThat(cine.fps()).isEqualTo(CinePlayer.MAX_FPS);
        cine.setFps(0);
        assertThat(cine.fps()).isEqualTo(CinePlayer.MIN_FPS);
    }
}
