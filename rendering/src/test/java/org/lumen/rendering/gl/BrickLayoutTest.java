package org.lumen.rendering.gl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class BrickLayoutTest {
    @Test
    void aSmallVolumeIsOneBrick() {
        List<BrickLayout.Brick> bricks = BrickLayout.of(10, 20, 30, 64);
        assertThat(bricks).hasSize(1);
        assertThat(bricks.get(0).size()).containsExactly(10, 20, 30);
        assertThat(bricks.get(0).coreEnd()).containsExactly(10, 20, 30);
    }

    @Test
    void coresPartitionTheAxisAndTexturesOverlapByOneVoxel() {
        List<BrickLayout.Brick> bricks = BrickLayout.of(20, 5, 8, 8);
        // x: cores [0,7) [7,14) [14,20); textures [0,8) [7,15) [14,20)
        assertThat(bricks).hasSize(3);
        assertThat(bricks).extracting(b -> b.start()[0]).containsExactly(0, 7, 14);
        assertThat(bricks).extracting(b -> b.coreEnd()[0]).containsExactly(7, 14, 20);
        assertThat(bricks).extracting(b -> b.size()[0]).containsExactly(8, 8, 6);
        for (BrickLayout.Brick b : bricks) {
            assertThat(b.size()[0]).isLessThanOrEqualTo(8);
            assertThat(b.start()[0] + b.size()[0]).isGreaterThanOrEqualTo(Math.min(b.coreEnd()[0] + 1, 20));
        }
        assertThat(BrickLayout.of(20, 19, 17, 8)).hasSize(3 * 3 * 3);
    }
}
