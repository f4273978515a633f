package org.lumen.viewer.mpr;

import org.lumen.rendering.geometry.Vec3;
import org.lumen.rendering.geometry.VolumeGeometry;
import org.lumen.rendering.volume.PixelValues;
import org.lumen.rendering.volume.Volume;

/**
 * A long synthetic CT volume for MPR tests: {@value #SIZE} x {@value #SIZE} x {@value #SLICES} 16-bit voxels
 * (150 MiB; {@value #PIXEL_MM} mm pixels, {@value #SLICE_MM} mm slices, 600 mm long, centred on the
 * origin) of water (0 HU), a {@value #ROD_HU} HU rod of radius {@value #ROD_RADIUS} mm running head to foot
 * through {@link #ROD_X}, {@link #ROD_Y}, and a {@value #SPHERE_HU} HU sphere of radius
 * {@value #SPHERE_RADIUS} mm at {@link #SPHERE}, near the last slices. Stored value = HU + 1024.
 */
public final class LongVolumePhantom {
    public static final int SIZE = 256;
    public static final int SLICES = 1200;
    public static final double PIXEL_MM = 0.8;
    public static final double SLICE_MM = 0.5;
    public static final double ROD_X = 30;
    public static final double ROD_Y = -20;
    public static final double ROD_RADIUS = 6;
    public static final int ROD_HU = 500;
    public static final Vec3 SPHERE = new Vec3(-40, 25, 260);
    public static final double SPHERE_RADIUS = 12;
    public static final int SPHERE_HU = 1000;

    private LongVolumePhantom() {}

    /** A freshly built volume, every slice loaded. */
    public static Volume build() {
        double origin = -(SIZE - 1) * PIXEL_MM / 2;
        double z0 = -(SLICES - 1) * SLICE_MM / 2;
        VolumeGeometry g = new VolumeGeometry(new Vec3(origin, origin, z0), Vec3.LEFT, Vec3.POSTERIOR, Vec3.HEAD,
                PIXEL_MM, PIXEL_MM, SLICE_MM, SIZE, SIZE, SLICES);
        Volume volume = Volume.allocate(g, new PixelValues(1, -1024, false));
        for (int k = 0; k < SLICES; k++) {
            double z = z0 + k * SLICE_MM;
            short[] slice = new short[SIZE * SIZE];
            for (int j = 0; j < SIZE; j++) {
                double y = origin + j * PIXEL_MM;
                for (int i = 0; i < SIZE; i++) {
                    double x = origin + i * PIXEL_MM;
                    int hu = Math.hypot(x - ROD_X, y - ROD_Y) <= ROD_RADIUS ? ROD_HU
                            : new Vec3(x, y, z).minus(SPHERE).length() <= SPHERE_RADIUS ? SPHERE_HU : 0;
                    slice[j * SIZE + i] = (short) (hu + 1024);
                }
            }
            volume.setSlice(k, slice);
        }
        return volume;
    }
}
