package org.lumen.viewer.mpr;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import org.lumen.rendering.geometry.Vec3;
import org.lumen.rendering.geometry.VolumeGeometry;

/**
 * The linked planes of an MPR layout: all three pass through the crosshair {@code centre}; their
 * normals are the axes of one orthonormal, right-handed frame ({@code xAxis, yAxis, zAxis}: LPS before
 * any rotation; axial's normal is {@code zAxis}, coronal's {@code yAxis}, sagittal's
 * {@code -xAxis}). Each view keeps its own screen-right direction in its plane, so that rotating the
 * crosshairs in a view turns the other two planes while that view stays as it is on screen. Immutable.
 *
 * <p>Rotations turn the frame with Rodrigues' formula, then re-orthonormalize it (Gram-Schmidt, the
 * third axis as the cross product of the first two), so rounding never accumulates: the normals stay
 * perpendicular to within a few ulps after any number of rotations.
 *
 * @param centre      crosshair centre, patient LPS mm
 * @param xAxis       first frame axis (patient left before rotation)
 * @param yAxis       second frame axis (posterior before rotation)
 * @param zAxis       third frame axis, {@code xAxis x yAxis} (head before rotation)
 * @param screenRight for each plane, the unit direction to the screen's right, in that plane
 * @param slabs       for each plane, its slab
 */
public record MprState(Vec3 centre, Vec3 xAxis, Vec3 yAxis, Vec3 zAxis, Map<MprPlane, Vec3> screenRight, Map<MprPlane, Slab> slabs) {
    /** How far from orthonormal the frame, and from in-plane each screen-right direction, may be. */
    static final double TOLERANCE = 1e-6;

    /** Checks the frame is orthonormal and right-handed, and each plane has an in-plane right and a slab. */
    public MprState {
        Objects.requireNonNull(centre, "centre");
        screenRight = Map.copyOf(screenRight);
        slabs = Map.copyOf(slabs);
        if (Math.abs(xAxis.length() - 1) > TOLERANCE || Math.abs(yAxis.length() - 1) > TOLERANCE || Math.abs(xAxis.dot(yAxis)) > TOLERANCE
                || !xAxis.cross(yAxis).closeTo(zAxis, TOLERANCE)) {
            throw new IllegalArgumentException("not an orthonormal right-handed frame: " + xAxis + ", " + yAxis + ", " + zAxis);
        }
        for (MprPlane p : MprPlane.values()) {
            Vec3 right = Objects.requireNonNull(screenRight.get(p), "screen right of " + p);
            Objects.requireNonNull(slabs.get(p), "slab of " + p);
            if (Math.abs(right.length() - 1) > TOLERANCE || Math.abs(right.dot(p.normalIn(xAxis, yAxis, zAxis))) > TOLERANCE) {
                throw new IllegalArgumentException("screen right of " + p + " is not a unit vector in its plane: " + right);
            }
        }
    }

    /** Axial, coronal and sagittal through {@code centre}, thin slices, no rotation. */
    public static MprState initial(Vec3 centre) {
        Map<MprPlane, Vec3> rights = new EnumMap<>(MprPlane.class);
        Map<MprPlane, Slab> slabs = new EnumMap<>(MprPlane.class);
        for (MprPlane p : MprPlane.values()) {
            rights.put(p, p.standardRight());
            slabs.put(p, Slab.THIN);
        }
        return new MprState(centre, Vec3.LEFT, Vec3.POSTERIOR, Vec3.HEAD, rights, slabs);
    }

    /** The initial state centred on a volume. */
    public static MprState initial(VolumeGeometry g) {
        return initial(g.center());
    }

    /** The unit normal of a plane, pointing away from the viewer. */
    public Vec3 normal(MprPlane p) {
        return p.normalIn(xAxis, yAxis, zAxis);
    }

    /** The unit direction to the screen's right in a plane's view. */
    public Vec3 right(MprPlane p) {
        return screenRight.get(p);
    }

    /** The unit direction down the screen in a plane's view: {@code normal x right}. */
    public Vec3 down(MprPlane p) {
        return normal(p).cross(right(p));
    }

    public Slab slab(MprPlane p) {
        return slabs.get(p);
    }

    /** The crosshair centre moved to {@code newCentre}. */
    public MprState movedTo(Vec3 newCentre) {
        return new MprState(newCentre, xAxis, yAxis, zAxis, screenRight, slabs);
    }

    /** Plane {@code p} moved by {@code mm} along its normal (scrolling it); the others stay. */
    public MprState scrolled(MprPlane p, double mm) {
        return movedTo(centre.plusScaled(normal(p), mm));
    }

    /** Plane {@code p}'s slab replaced. */
    public MprState withSlab(MprPlane p, Slab slab) {
        Map<MprPlane, Slab> next = new EnumMap<>(slabs);
        next.put(p, Objects.requireNonNull(slab, "slab"));
        return new MprState(centre, xAxis, yAxis, zAxis, screenRight, next);
    }

    /**
     * The crosshairs of view {@code about} turned by {@code radians} about its normal (clockwise on
     * its screen, whose y axis points down): the other two planes turn with them about the line
     * through the centre along that normal; view {@code about} itself stays as it is on screen.
     */
    public MprState rotated(MprPlane about, double radians) {
        if (!Double.isFinite(radians)) {
            throw new IllegalArgumentException("not a finite angle: " + radians);
        }
        Vec3 axis = normal(about);
        Vec3 x = xAxis.rotatedAbout(axis, radians).normalized();
        Vec3 y = yAxis.rotatedAbout(axis, radians);
        y = y.minus(x.times(x.dot(y))).normalized();
        Vec3 z = x.cross(y).normalized();
        Map<MprPlane, Vec3> rights = new EnumMap<>(MprPlane.class);
        for (MprPlane p : MprPlane.values()) {
            Vec3 right = p == about ? right(p) : right(p).rotatedAbout(axis, radians);
            Vec3 n = p.normalIn(x, y, z);
            rights.put(p, right.minus(n.times(n.dot(right))).normalized());
        }
        return new MprState(centre, x, y, z, rights, slabs);
    }

    /** The angle in degrees between a plane's normal and its normal before any rotation (0: a true axial, coronal or sagittal). */
    public double obliquityDegrees(MprPlane p) {
        Vec3 standard = initial(centre).normal(p);
        return Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, normal(p).dot(standard)))));
    }

    /** Whether any plane is turned away from its standard orientation by more than 0.01 degree. */
    public boolean oblique() {
        for (MprPlane p : MprPlane.values()) {
            if (obliquityDegrees(p) > 0.01) {
                return true;
            }
        }
        return false;
    }

    /**
     * One scroll step along a plane's normal through a volume: the distance that moves the sample
     * point by one voxel along the axis it crosses fastest (the slice spacing for an axial view of an
     * axial stack, the pixel spacing for coronal and sagittal views).
     */
    public double scrollStepMm(MprPlane p, VolumeGeometry g) {
        Vec3 n = normal(p);
        double perMm = Math.max(Math.abs(n.dot(g.iAxis())) / g.iSpacing(),
                Math.max(Math.abs(n.dot(g.jAxis())) / g.jSpacing(), Math.abs(n.dot(g.kAxis())) / g.kSpacing()));
        return 1 / perMm;
    }
}
