package org.lumen.rendering.gl;

import java.util.ArrayList;
import java.util.List;

/**
 * How a volume too large for one 3D texture is split into bricks. Pure arithmetic, no GL.
 *
 * <p>On each axis of length {@code n} with a limit of {@code L} voxels per texture, brick {@code b}
 * owns the <em>core</em> indices {@code [b (L-1), min((b+1)(L-1), n))} and its texture holds the core
 * plus one more voxel where there is one. A sample belongs to the brick whose core contains the lower
 * corner of its interpolation cell ({@code clamp(floor(v))}), so all 8 neighbours (and the nearest
 * voxel) are in that brick's texture: bricks render exactly like one texture.
 */
final class BrickLayout {
    private BrickLayout() {}

    /**
     * One brick: texture start and size, and the owned core (start inclusive, end exclusive), per axis.
     *
     * @param start     first voxel index held by the texture (equals the core start)
     * @param size      texture size
     * @param coreEnd   first voxel index no longer owned
     */
    record Brick(int[] start, int[] size, int[] coreEnd) {}

    static List<Brick> of(int nx, int ny, int nz, int limit) {
        if (limit < 2) {
            throw new IllegalArgumentException("brick limit must be at least 2: " + limit);
        }
        int[] n = {nx, ny, nz};
        List<List<int[]>> ranges = new ArrayList<>();
        for (int axis = 0; axis < 3; axis++) {
            List<int[]> r = new ArrayList<>();
            if (n[axis] <= limit) {
                r.add(new int[] {0, n[axis], n[axis]});
            } else {
                for (int start = 0; start < n[axis]; start += limit - 1) {
                    int coreEnd = Math.min(start + limit - 1, n[axis]);
                    int end = Math.min(start + limit, n[axis]);
                    r.add(new int[] {start, end - start, coreEnd});
                }
            }
            ranges.add(r);
        }
        List<Brick> bricks = new ArrayList<>();
        for (int[] z : ranges.get(2)) {
            for (int[] y : ranges.get(1)) {
                for (int[] x : ranges.get(0)) {
                    bricks.add(new Brick(new int[] {x[0], y[0], z[0]}, new int[] {x[1], y[1], z[1]}, new int[] {x[2], y[2], z[2]}));
                }
            }
        }
        return bricks;
    }
}
