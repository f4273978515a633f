package org.lumen.rendering.volume;

import java.util.Objects;

import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;
import org.lumen.rendering.geometry.ImagePlane;

/**
 * What volume assembly needs to know about one image of a series, independent of its pixels.
 *
 * @param plane              position, orientation and pixel spacing
 * @param rows               Rows
 * @param columns            Columns
 * @param frameOfReferenceUid Frame of Reference UID, empty when absent
 * @param gantryTiltDegrees  Gantry/Detector Tilt, 0 when absent
 * @param values             rescale and signedness
 */
public record SliceHeader(ImagePlane plane, int rows, int columns, String frameOfReferenceUid,
                          double gantryTiltDegrees, PixelValues values) {

    /** Sizes must be positive. */
    public SliceHeader {
        Objects.requireNonNull(plane, "plane");
        Objects.requireNonNull(frameOfReferenceUid, "frameOfReferenceUid");
        Objects.requireNonNull(values, "values");
        if (rows < 1 || columns < 1) {
            throw new IllegalArgumentException("image size must be positive: " + columns + "x" + rows);
        }
    }

    /**
     * Reads the header attributes of an image.
     *
     * @throws IllegalArgumentException naming what is missing or invalid (position, orientation,
     *                                  spacing, size) so that the caller can report it as a finding
     */
    public static SliceHeader read(DataSet ds) {
        double[] position = ds.getDoubles(Tag.ImagePositionPatient);
        double[] orientation = ds.getDoubles(Tag.ImageOrientationPatient);
        double[] spacing = ds.getDoubles(Tag.PixelSpacing);
        if (position.length != 3) {
            throw new IllegalArgumentException("Image Position (Patient) has " + position.length + " values, not 3");
        }
        if (orientation.length != 6) {
            throw new IllegalArgumentException("Image Orientation (Patient) has " + orientation.length + " values, not 6");
        }
        if (spacing.length != 2) {
            throw new IllegalArgumentException("Pixel Spacing has " + spacing.length + " values, not 2");
        }
        int rows = ds.getInt(Tag.Rows, 0);
        int columns = ds.getInt(Tag.Columns, 0);
        PixelValues values = new PixelValues(ds.getDouble(Tag.RescaleSlope, 1), ds.getDouble(Tag.RescaleIntercept, 0),
                ds.getInt(Tag.PixelRepresentation, 0) == 1);
        return new SliceHeader(ImagePlane.fromDicom(position, orientation, spacing), rows, columns,
                ds.getString(Tag.FrameOfReferenceUID, ""), ds.getDouble(Tag.GantryDetectorTilt, 0), values);
    }
}
