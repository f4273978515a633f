package org.lumen.rendering.geometry;

/**
 * A point or direction in patient coordinates (LPS, millimetres: +x towards the patient's left,
 * +y towards posterior, +z towards the head), or any other 3-vector (voxel indices, for example).
 *
 * @param x first component
 * @param y second component
 * @param z third component
 */
public record Vec3(double x, double y, double z) {
    /** The origin. */
    public static final Vec3 ZERO = new Vec3(0, 0, 0);
    /** +x: towards the patient's left. */
    public static final Vec3 LEFT = new Vec3(1, 0, 0);
    /** +y: towards the patient's back. */
    public static final Vec3 POSTERIOR = new Vec3(0, 1, 0);
    /** +z: towards the patient's head. */
    public static final Vec3 HEAD = new Vec3(0, 0, 1);

    /** Rejects NaN and infinite components. */
    public Vec3 {
        if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(z)) {
            throw new IllegalArgumentException("not a finite vector: (" + x + ", " + y + ", " + z + ")");
        }
    }

    /** A vector from the first three values of a DICOM multi-valued attribute. */
    public static Vec3 of(double[] values, int offset) {
        if (values.length < offset + 3) {
            throw new IllegalArgumentException("need 3 values at " + offset + ", have " + values.length);
        }
        return new Vec3(values[offset], values[offset + 1], values[offset + 2]);
    }

    public Vec3 plus(Vec3 o) {
        return new Vec3(x + o.x, y + o.y, z + o.z);
    }

    public Vec3 minus(Vec3 o) {
        return new Vec3(x - o.x, y - o.y, z - o.z);
    }

    public Vec3 times(double s) {
        return new Vec3(x * s, y * s, z * s);
    }

    /** {@code this + d * s}. */
    public Vec3 plusScaled(Vec3 d, double s) {
        return new Vec3(x + d.x * s, y + d.y * s, z + d.z * s);
    }

    public Vec3 negated() {
        return new Vec3(-x, -y, -z);
    }

    public double dot(Vec3 o) {
        return x * o.x + y * o.y + z * o.z;
    }

    public Vec3 cross(Vec3 o) {
        return new Vec3(y * o.z - z * o.y, z * o.x - x * o.z, x * o.y - y * o.x);
    }

    public double length() {
        return Math.sqrt(dot(this));
    }

    /** This vector scaled to length 1; fails for a (nearly) zero vector. */
    public Vec3 normalized() {
        double len = length();
        if (len < 1e-12) {
            throw new IllegalArgumentException("cannot normalize a zero vector " + this);
        }
        return times(1 / len);
    }

    /** The component with index 0 (x), 1 (y) or 2 (z). */
    public double get(int axis) {
        return switch (axis) {
            case 0 -> x;
            case 1 -> y;
            case 2 -> z;
            default -> throw new IndexOutOfBoundsException("axis " + axis);
        };
    }

    /** Whether every component differs from {@code o}'s by at most {@code tolerance}. */
    public boolean closeTo(Vec3 o, double tolerance) {
        return Math.abs(x - o.x) <= tolerance && Math.abs(y - o.y) <= tolerance && Math.abs(z - o.z) <= tolerance;
    }

    /** Rotates this vector about the unit {@code axis} by {@code radians} (right-hand rule, Rodrigues). */
    public Vec3 rotatedAbout(Vec3 axis, double radians) {
        double c = Math.cos(radians);
        double s = Math.sin(radians);
        return times(c).plus(axis.cross(this).times(s)).plus(axis.times(axis.dot(this) * (1 - c)));
    }
}
