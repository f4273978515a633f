package org.lumen.bench;

import java.util.stream.IntStream;

import org.lumen.rendering.geometry.Vec3;
import org.lumen.rendering.geometry.VolumeGeometry;
import org.lumen.rendering.volume.PixelValues;
import org.lumen.rendering.volume.Volume;

/**
 * A CT-like volume: an elliptic body of soft tissue with a denser core and hashed noise in air,
 * 0.7 x 0.7 x 0.8 mm, signed stored values with intercept -1024. Filled in parallel, slice by slice.
 */
final class SyntheticCt {
    private SyntheticCt() {}

    static Volume build(int columns, int rows, int slices) {
        VolumeGeometry g = new VolumeGeometry(new Vec3(-180, -180, -200), Vec3.LEFT, Vec3.POSTERIOR, Vec3.HEAD, 0.7, 0.7, 0.8,
                columns, rows, slices);
        Volume volume = Volume.allocate(g, new PixelValues(1, -1024, true));
        IntStream.range(0, slices).parallel().forEach(k -> volume.setSlice(k, slice(columns, rows, slices, k)));
        return volume;
    }

    private static short[] slice(int columns, int rows, int slices, int k) {
        short[] s = new short[columns * rows];
        double kz = (k - slices / 2.0) / slices;
        for (int j = 0; j < rows; j++) {
            double y = (j - rows / 2.0) / (rows * 0.38);
            for (int i = 0; i < columns; i++) {
                double x = (i - columns / 2.0) / (columns * 0.45);
                double r = x * x + y * y + kz * kz;
                int hash = (i * 73856093) ^ (j * 19349663) ^ (k * 83492791);
                int noise = (hash >>> 8) % 41 - 20;
                int v = r < 0.15 ? 1024 + 700 + noise : r < 1 ? 1024 + 40 + noise : 24 + noise;
                s[j * columns + i] = (short) v;
            }
        }
        return s;
    }
}
