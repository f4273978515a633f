package org.lumen.viewer.cli;

import org.lumen.rendering.geometry.Vec3;

/**
 * The planes {@code lumen render} shows, with the screen directions of each (LPS patient axes). The
 * slice normal is {@code right x down}: axial counts from feet to head, coronal from anterior to
 * posterior, sagittal from the patient's left to right, oblique like axial before its tilts.
 */
enum PlaneKind {
    /** Viewed from the feet: patient's right on the screen's left, anterior at the top. */
    AXIAL,
    /** Viewed from the front: patient's right on the screen's left, head at the top. */
    CORONAL,
    /** Viewed from the patient's left: anterior on the screen's left, head at the top. */
    SAGITTAL,
    /**
     * Axial turned by the tilt about the patient's left-right axis (+x, towards the left), then by the
     * tilt about the anterior-posterior axis (+y, towards posterior); right-hand rule, degrees.
     */
    OBLIQUE;

    /** The screen's right and down directions: index 0 and 1. */
    Vec3[] directions(double tiltXDegrees, double tiltYDegrees) {
        return switch (this) {
            case AXIAL -> new Vec3[] {Vec3.LEFT, Vec3.POSTERIOR};
            case CORONAL -> new Vec3[] {Vec3.LEFT, Vec3.HEAD.negated()};
            case SAGITTAL -> new Vec3[] {Vec3.POSTERIOR, Vec3.HEAD.negated()};
            case OBLIQUE -> {
                double ax = Math.toRadians(tiltXDegrees);
                double ay = Math.toRadians(tiltYDegrees);
                Vec3 right = Vec3.LEFT.rotatedAbout(Vec3.LEFT, ax).rotatedAbout(Vec3.POSTERIOR, ay);
                Vec3 down = Vec3.POSTERIOR.rotatedAbout(Vec3.LEFT, ax).rotatedAbout(Vec3.POSTERIOR, ay);
                yield new Vec3[] {right, down};
            }
        };
    }
}
