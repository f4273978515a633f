package org.lumen.viewer.priors;

import java.util.List;
import java.util.Objects;

import org.lumen.rendering.geometry.Vec3;

/**
 * The geometry of one displayed stack, as far as linking needs it: each slice's Image Position
 * (Patient) in millimetres, in display order, the unit normal of the slices and the Frame of
 * Reference UID (empty when the images name none).
 *
 * @param frameOfReferenceUid Frame of Reference UID, may be empty
 * @param normal unit normal of the image planes (row direction x column direction)
 * @param origins Image Position (Patient) of each slice, in display order
 */
public record SliceStack(String frameOfReferenceUid, Vec3 normal, List<Vec3> origins) {
    public SliceStack {
        Objects.requireNonNull(frameOfReferenceUid, "frameOfReferenceUid");
        Objects.requireNonNull(normal, "normal");
        origins = List.copyOf(origins);
        if (origins.isEmpty()) {
            throw new IllegalArgumentException("a stack has at least one slice");
        }
        if (Math.abs(normal.length() - 1) > 1e-3) {
            throw new IllegalArgumentException("the normal must be a unit vector: " + normal);
        }
    }

    /**
     * The stack of images with these positions and this orientation.
     *
     * @param orientation Image Orientation (Patient): row then column direction cosines (6 values)
     */
    public static SliceStack of(String frameOfReferenceUid, double[] orientation, List<Vec3> origins) {
        if (orientation.length != 6) {
            throw new IllegalArgumentException("Image Orientation (Patient) needs 6 values, not " + orientation.length);
        }
        Vec3 row = Vec3.of(orientation, 0);
        Vec3 column = Vec3.of(orientation, 3);
        Vec3 normal = row.cross(column);
        if (normal.length() < 1e-6) {
            throw new IllegalArgumentException("Image Orientation (Patient) has parallel row and column directions");
        }
        return new SliceStack(frameOfReferenceUid, normal.normalized(), origins);
    }

    public int size() {
        return origins.size();
    }

    /** Where slice {@code index} lies along this stack's normal, millimetres. */
    public double position(int index) {
        return origins.get(index).dot(normal);
    }

    /** Where slice {@code index} of this stack lies along {@code axis}, millimetres. */
    public double positionAlong(Vec3 axis, int index) {
        return origins.get(index).dot(axis);
    }

    /** The slice nearest to {@code position} along this stack's normal (the first of two equally near). */
    public int nearest(double position) {
        int best = 0;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int i = 0; i < origins.size(); i++) {
            double d = Math.abs(position(i) - position);
            if (d < bestDistance - 1e-9) {
                best = i;
                bestDistance = d;
            }
        }
        return best;
    }

    /** The mean distance between neighbouring slices along the normal, 0 for a single slice. */
    public double spacing() {
        return size() < 2 ? 0 : Math.abs(position(size() - 1) - position(0)) / (size() - 1);
    }

    /** Whether the two stacks' planes are parallel (normals within about 5 degrees, either sense). */
    public boolean parallelTo(SliceStack other) {
        return Math.abs(normal.dot(other.normal)) > Math.cos(Math.toRadians(5));
    }
}
