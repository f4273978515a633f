package org.lumen.viewer.measure;

import java.util.List;

/**
 * One measurement drawn on an image, defined by its handles in image coordinates. Immutable: moving a
 * handle gives a new measurement.
 */
public sealed interface Measurement {
    /** The points a user can drag, in a fixed order. */
    List<ImagePoint> handles();

    /** This measurement with handle {@code index} moved to {@code to}. */
    Measurement withHandle(int index, ImagePoint to);

    /** A distance between two points. */
    record Length(ImagePoint start, ImagePoint end) implements Measurement {
        public Length {
            java.util.Objects.requireNonNull(start, "start");
            java.util.Objects.requireNonNull(end, "end");
        }

        @Override
        public List<ImagePoint> handles() {
            return List.of(start, end);
        }

        @Override
        public Length withHandle(int index, ImagePoint to) {
            return index == 0 ? new Length(to, end) : new Length(start, checked(index, 2, to));
        }
    }

    /** The angle at {@code vertex} between the rays to {@code first} and {@code second}. */
    record Angle(ImagePoint first, ImagePoint vertex, ImagePoint second) implements Measurement {
        public Angle {
            java.util.Objects.requireNonNull(first, "first");
            java.util.Objects.requireNonNull(vertex, "vertex");
            java.util.Objects.requireNonNull(second, "second");
        }

        @Override
        public List<ImagePoint> handles() {
            return List.of(first, vertex, second);
        }

        @Override
        public Angle withHandle(int index, ImagePoint to) {
            return switch (index) {
                case 0 -> new Angle(to, vertex, second);
                case 1 -> new Angle(first, to, second);
                default -> new Angle(first, vertex, checked(index, 3, to));
            };
        }
    }

    /** A region of interest: a rectangle or the ellipse inscribed in it, given by two opposite corners. */
    record Roi(Shape shape, ImagePoint corner, ImagePoint oppositeCorner) implements Measurement {
        /** The outline of a region. */
        public enum Shape { RECTANGLE, ELLIPSE }

        public Roi {
            java.util.Objects.requireNonNull(shape, "shape");
            java.util.Objects.requireNonNull(corner, "corner");
            java.util.Objects.requireNonNull(oppositeCorner, "oppositeCorner");
        }

        @Override
        public List<ImagePoint> handles() {
            return List.of(corner, oppositeCorner);
        }

        @Override
        public Roi withHandle(int index, ImagePoint to) {
            return index == 0 ? new Roi(shape, to, oppositeCorner) : new Roi(shape, corner, checked(index, 2, to));
        }

        public double minX() {
            return Math.min(corner.x(), oppositeCorner.x());
        }

        public double maxX() {
            return Math.max(corner.x(), oppositeCorner.x());
        }

        public double minY() {
            return Math.min(corner.y(), oppositeCorner.y());
        }

        public double maxY() {
            return Math.max(corner.y(), oppositeCorner.y());
        }

        /** Whether an image point lies inside the region (the border included). */
        public boolean contains(double x, double y) {
            if (shape == Shape.RECTANGLE) {
                return x >= minX() && x <= maxX() && y >= minY() && y <= maxY();
            }
            double rx = (maxX() - minX()) / 2;
            double ry = (maxY() - minY()) / 2;
            if (rx <= 0 || ry <= 0) {
                return false;
            }
            double u = (x - (minX() + rx)) / rx;
            double v = (y - (minY() + ry)) / ry;
            return u * u + v * v <= 1;
        }
    }

    /** The value of the pixel under one point. */
    record Probe(ImagePoint at) implements Measurement {
        public Probe {
            java.util.Objects.requireNonNull(at, "at");
        }

        @Override
        public List<ImagePoint> handles() {
            return List.of(at);
        }

        @Override
        public Probe withHandle(int index, ImagePoint to) {
            return new Probe(checked(index, 1, to));
        }
    }

    private static ImagePoint checked(int index, int count, ImagePoint to) {
        if (index < 0 || index >= count) {
            throw new IndexOutOfBoundsException("handle " + index + " of " + count);
        }
        return to;
    }
}
