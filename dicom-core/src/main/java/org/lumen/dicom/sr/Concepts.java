package org.lumen.dicom.sr;

/** The concepts (SNOMED CT, as in CID 7469/7464) and UCUM units the measurement report uses. */
public final class Concepts {
    private Concepts() {}

    public static final Code LENGTH = new Code("410668003", "SCT", "Length");
    public static final Code AREA = new Code("42798000", "SCT", "Area");
    public static final Code ANGLE = new Code("1483009", "SCT", "Angle");
    public static final Code MEAN = new Code("373098007", "SCT", "Mean");
    public static final Code STANDARD_DEVIATION = new Code("386136009", "SCT", "Standard Deviation");
    public static final Code MINIMUM = new Code("255605001", "SCT", "Minimum");
    public static final Code MAXIMUM = new Code("56851009", "SCT", "Maximum");

    public static final Code MM = new Code("mm", "UCUM", "millimeter");
    public static final Code MM2 = new Code("mm2", "UCUM", "square millimeter");
    public static final Code DEGREE = new Code("deg", "UCUM", "degree");
    public static final Code HOUNSFIELD = new Code("[hnsf'U]", "UCUM", "Hounsfield unit");
    public static final Code PIXEL = new Code("{pixel}", "UCUM", "pixel");
    public static final Code PIXEL2 = new Code("{pixel}2", "UCUM", "square pixel");
    public static final Code NO_UNITS = new Code("1", "UCUM", "no units");
}
