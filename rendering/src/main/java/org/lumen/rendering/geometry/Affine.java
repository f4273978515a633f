package org.lumen.rendering.geometry;

import java.util.Arrays;

/**
 * A 4x4 affine transform of points and directions, row-major, last row {@code 0 0 0 1}.
 * Immutable: the array is copied in and out.
 */
public final class Affine {
    private final double[] m;

    private Affine(double[] m) {
        this.m = m;
    }

    /** The transform {@code p -> origin + x * p.x + y * p.y + z * p.z} whose columns are the given vectors. */
    public static Affine ofColumns(Vec3 x, Vec3 y, Vec3 z, Vec3 origin) {
        return new Affine(new double[] {
                x.x(), y.x(), z.x(), origin.x(),
                x.y(), y.y(), z.y(), origin.y(),
                x.z(), y.z(), z.z(), origin.z(),
                0, 0, 0, 1});
    }

    /** A transform from 16 row-major values whose last row must be {@code 0 0 0 1}. */
    public static Affine ofRowMajor(double[] values) {
        if (values.length != 16 || values[12] != 0 || values[13] != 0 || values[14] != 0 || values[15] != 1) {
            throw new IllegalArgumentException("not a row-major affine 4x4: " + Arrays.toString(values));
        }
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("not finite: " + Arrays.toString(values));
            }
        }
        return new Affine(values.clone());
    }

    /** The 16 values, row-major. */
    public double[] toRowMajor() {
        return m.clone();
    }

    /** The value at {@code row}, {@code column} (0..3). */
    public double get(int row, int column) {
        return m[row * 4 + column];
    }

    public Vec3 transformPoint(Vec3 p) {
        return new Vec3(m[0] * p.x() + m[1] * p.y() + m[2] * p.z() + m[3],
                m[4] * p.x() + m[5] * p.y() + m[6] * p.z() + m[7],
                m[8] * p.x() + m[9] * p.y() + m[10] * p.z() + m[11]);
    }

    /** Transforms a direction (no translation). */
    public Vec3 transformVector(Vec3 v) {
        return new Vec3(m[0] * v.x() + m[1] * v.y() + m[2] * v.z(),
                m[4] * v.x() + m[5] * v.y() + m[6] * v.z(),
                m[8] * v.x() + m[9] * v.y() + m[10] * v.z());
    }

    /** This transform followed by {@code next}. */
    public Affine then(Affine next) {
        double[] r = new double[16];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                double s = 0;
                for (int k = 0; k < 4; k++) {
                    s += next.m[i * 4 + k] * m[k * 4 + j];
                }
                r[i * 4 + j] = s;
            }
        }
        return new Affine(r);
    }

    /** The inverse; fails when the linear part is singular. */
    public Affine inverse() {
        double a = m[0], b = m[1], c = m[2], d = m[4], e = m[5], f = m[6], g = m[8], h = m[9], k = m[10];
        double det = a * (e * k - f * h) - b * (d * k - f * g) + c * (d * h - e * g);
        double scale = Math.max(Math.abs(a) + Math.abs(b) + Math.abs(c), Math.abs(d) + Math.abs(e) + Math.abs(f));
        scale = Math.max(scale, Math.abs(g) + Math.abs(h) + Math.abs(k));
        if (!(Math.abs(det) > 1e-12 * scale * scale * scale)) {
            throw new IllegalArgumentException("singular transform, determinant " + det);
        }
        double[] r = new double[16];
        r[0] = (e * k - f * h) / det;
        r[1] = (c * h - b * k) / det;
        r[2] = (b * f - c * e) / det;
        r[4] = (f * g - d * k) / det;
        r[5] = (a * k - c * g) / det;
        r[6] = (c * d - a * f) / det;
        r[8] = (d * h - e * g) / det;
        r[9] = (b * g - a * h) / det;
        r[10] = (a * e - b * d) / det;
        for (int i = 0; i < 3; i++) {
            r[i * 4 + 3] = -(r[i * 4] * m[3] + r[i * 4 + 1] * m[7] + r[i * 4 + 2] * m[11]);
        }
        r[15] = 1;
        return new Affine(r);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Affine other && Arrays.equals(m, other.m);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(m);
    }

    @Override
    public String toString() {
        return "Affine" + Arrays.toString(m);
    }
}
