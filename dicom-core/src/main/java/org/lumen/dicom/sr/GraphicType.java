package org.lumen.dicom.sr;

/** The SCOORD graphic types (PS3.3 C.18.6.1.2) and how many points each takes. */
public enum GraphicType {
    /** One point (a probe). */
    POINT,
    /** Several unconnected points. */
    MULTIPOINT,
    /** Connected points: a length (two), an angle (three), a closed outline when the last equals the first. */
    POLYLINE,
    /** The centre, then a point on the circle. */
    CIRCLE,
    /** The two ends of the major axis, then the two ends of the minor axis. */
    ELLIPSE;

    /** Whether this many points make a valid graphic of this type. */
    public boolean accepts(int points) {
        return switch (this) {
            case POINT -> points == 1;
            case MULTIPOINT -> points >= 1;
            case POLYLINE -> points >= 2;
            case CIRCLE -> points == 2;
            case ELLIPSE -> points == 4;
        };
    }
}
