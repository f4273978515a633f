package org.lumen.viewer.mpr;

import org.lumen.rendering.geometry.Vec3;

/**
 * The three planes of the MPR layout, with the colour of their crosshair lines and labels (the
 * convention of 3D Slicer: axial red, coronal green, sagittal yellow) and where they point before any
 * rotation: axial viewed from the feet, coronal from the front, sagittal from the patient's left, as
 * {@link org.lumen.rendering.SlicePlane#axial} and its siblings.
 */
public enum MprPlane {
    AXIAL("Axial", "#e8473e", Vec3.LEFT),
    CORONAL("Coronal", "#4cc35a", Vec3.LEFT),
    SAGITTAL("Sagittal", "#e8d23e", Vec3.POSTERIOR);

    private final String label;
    private final String colour;
    private final Vec3 standardRight;

    MprPlane(String label, String colour, Vec3 standardRight) {
        this.label = label;
        this.colour = colour;
        this.standardRight = standardRight;
    }

    public String label() {
        return label;
    }

    /** The colour of this plane's lines and name, as CSS {@code #rrggbb}. */
    public String colour() {
        return colour;
    }

    /** The screen's right in this plane before any rotation. */
    Vec3 standardRight() {
        return standardRight;
    }

    /** The normal (away from the viewer) of this plane in a frame whose axes are {@code x, y, z} (LPS before rotation). */
    Vec3 normalIn(Vec3 x, Vec3 y, Vec3 z) {
        return switch (this) {
            case AXIAL -> z;
            case CORONAL -> y;
            case SAGITTAL -> x.negated();
        };
    }
}
