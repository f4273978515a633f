package org.lumen.viewer.demo;

/**
 * A synthetic chest in patient coordinates (LPS, millimetres), in Hounsfield units: air around a body
 * ellipse of soft tissue, two lungs, a heart, an aorta with contrast, a spine, ribs, and a patient
 * table. Deterministic: the same point always gives the same value (the noise is hashed from the
 * position), so tests can check known values.
 */
final class ChestPhantom {
    static final int AIR = -1000;
    static final int FAT_SOFT_TISSUE = 40;
    static final int LUNG = -820;
    static final int HEART = 45;
    static final int AORTA = 250;
    static final int BONE = 900;
    static final int TABLE = 150;

    /** Half-height of the body along z (head-foot), in mm; outside it only the table remains. */
    static final double HALF_LENGTH = 160;

    private ChestPhantom() {}

    /** The value at (x, y, z) without noise. */
    static int value(double x, double y, double z) {
        if (y > 135 && y < 150 && Math.abs(x) < 200) {
            return TABLE;
        }
        if (Math.abs(z) > HALF_LENGTH || !inEllipse(x, y - 5, 170, 125)) {
            return AIR;
        }
        double spineX = x;
        double spineY = y - 85;
        if (spineX * spineX + spineY * spineY < 18 * 18) {
            return BONE;
        }
        if (isRib(x, y, z)) {
            return BONE;
        }
        if (inEllipse(x - 22, y - 52, 13, 13)) {
            return AORTA; // descending aorta, left of the spine
        }
        if (inEllipse(x - 15, y + 10, 45, 40)) {
            return HEART;
        }
        if (inEllipse(x - 80, y, 55, 85) || inEllipse(x + 80, y, 55, 85)) {
            return LUNG;
        }
        return FAT_SOFT_TISSUE;
    }

    /** The value with a small deterministic noise (about +-12 HU) like a real CT. */
    static int noisyValue(double x, double y, double z) {
        int v = value(x, y, z);
        if (v == AIR) {
            return v;
        }
        long h = Double.doubleToLongBits(x * 31.7 + y * 1013.3 + z * 7919.1);
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return v + (int) (Math.floorMod(h, 25) - 12);
    }

    private static boolean isRib(double x, double y, double z) {
        double phase = Math.floorMod((long) Math.floor(z + HALF_LENGTH), 28L);
        if (phase > 9) {
            return false;
        }
        double r = Math.sqrt(x * x / (155.0 * 155.0) + (y - 5) * (y - 5) / (112.0 * 112.0));
        return r > 0.93 && r < 1.0 && y < 80;
    }

    private static boolean inEllipse(double x, double y, double a, double b) {
        return x * x / (a * a) + y * y / (b * b) <= 1;
    }
}
