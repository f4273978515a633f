package org.lumen.rendering;

import java.util.SplittableRandom;
import java.util.function.IntUnaryOperator;

import org.lumen.rendering.geometry.Vec3;
import org.lumen.rendering.geometry.VolumeGeometry;
import org.lumen.rendering.volume.PixelValues;
import org.lumen.rendering.volume.Volume;

/** Synthetic volumes with known content, shared by the CPU and GPU tests. */
public final class Phantoms {
    private Phantoms() {}

    /** A voxel function of the indices. */
    @FunctionalInterface
    public interface VoxelFunction {
        int value(int i, int j, int k);
    }

    /** An axis-aligned LPS volume (rows along +x, columns along +y, slices along +z) filled by {@code f}. */
    public static Volume axisAligned(int nx, int ny, int nz, double si, double sj, double sk, PixelValues values, VoxelFunction f) {
        VolumeGeometry g = new VolumeGeometry(new Vec3(-10, 20, -30), Vec3.LEFT, Vec3.POSTERIOR, Vec3.HEAD, si, sj, sk, nx, ny, nz);
        return filled(g, values, f);
    }

    /** A volume with the given geometry filled by {@code f} (values stored as shorts). */
    public static Volume filled(VolumeGeometry g, PixelValues values, VoxelFunction f) {
        Volume v = Volume.allocate(g, values);
        for (int k = 0; k < g.slices(); k++) {
            short[] s = new short[g.columns() * g.rows()];
            for (int j = 0; j < g.rows(); j++) {
                for (int i = 0; i < g.columns(); i++) {
                    s[j * g.columns() + i] = (short) f.value(i, j, k);
                }
            }
            v.setSlice(k, s);
        }
        return v;
    }

    /** Value encodes the coordinates: {@code i + 16 j + 256 k} (needs nx, ny &lt;= 16). */
    public static VoxelFunction coordinates() {
        return (i, j, k) -> i + 16 * j + 256 * k;
    }

    /** A linear ramp {@code a i + b j + c k + d}, which trilinear interpolation reproduces exactly. */
    public static VoxelFunction ramp(int a, int b, int c, int d) {
        return (i, j, k) -> a * i + b * j + c * k + d;
    }

    /** Seeded noise in {@code [lo, hi]}. */
    public static VoxelFunction noise(long seed, int lo, int hi, int nx, int ny) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] table = new int[4096];
        for (int n = 0; n < table.length; n++) {
            table[n] = random.nextInt(lo, hi + 1);
        }
        IntUnaryOperator hash = h -> table[Math.floorMod(h * 0x9E3779B1 ^ (h >>> 7), table.length)];
        return (i, j, k) -> hash.applyAsInt((k * ny + j) * nx + i);
    }

    /** A ball of value {@code inside} (else {@code outside}) of {@code radiusMm} around the geometry's centre. */
    public static Volume sphere(VolumeGeometry g, PixelValues values, double radiusMm, int inside, int outside) {
        Vec3 c = g.center();
        return filled(g, values, (i, j, k) -> g.voxelCenter(i, j, k).minus(c).length() <= radiusMm ? inside : outside);
    }
}
