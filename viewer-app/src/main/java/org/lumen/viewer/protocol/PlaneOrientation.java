package org.lumen.viewer.protocol;

/** The plane of a series' images, from Image Orientation (Patient). */
public enum PlaneOrientation {
    AXIAL, CORONAL, SAGITTAL, OBLIQUE,
    /** In a rule: any plane; for a series: orientation not known (projection images, no IOP). */
    ANY;

    /** The plane whose normal is within about 30 degrees of the images' normal, else oblique; ANY when unknown. */
    public static PlaneOrientation of(double[] orientation) {
        if (orientation == null || orientation.length != 6) {
            return ANY;
        }
        double nx = orientation[1] * orientation[5] - orientation[2] * orientation[4];
        double ny = orientation[2] * orientation[3] - orientation[0] * orientation[5];
        double nz = orientation[0] * orientation[4] - orientation[1] * orientation[3];
        double length = Math.sqrt(nx * nx + ny * ny + nz * nz);
        if (!(length > 1e-6)) {
            return ANY;
        }
        double threshold = Math.cos(Math.toRadians(30)) * length;
        if (Math.abs(nz) >= threshold) {
            return AXIAL;
        }
        if (Math.abs(ny) >= threshold) {
            return CORONAL;
        }
        return Math.abs(nx) >= threshold ? SAGITTAL : OBLIQUE;
    }
}
