package org.lumen.rendering.volume;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;
import org.lumen.rendering.geometry.ImagePlane;

/**
 * Reads the per-frame geometry of an enhanced multi-frame image (PS3.3 C.7.6.16): each frame's Plane
 * Position, Plane Orientation, Pixel Measures and Pixel Value Transformation come from its item of the
 * Per-Frame Functional Groups Sequence, else from the Shared Functional Groups Sequence, else from the
 * top level of the data set.
 */
final class FrameHeaders {
    private FrameHeaders() {}

    /** Number of frames: Number of Frames, else the number of per-frame items, else 1. */
    static int frameCount(DataSet ds) {
        int perFrame = ds.getSequence(Tag.PerFrameFunctionalGroupsSequence).size();
        return Math.max(1, ds.getInt(Tag.NumberOfFrames, perFrame));
    }

    /** The header of frame {@code f} (0-based); throws IllegalArgumentException naming what is missing. */
    static SliceHeader read(DataSet ds, int f) {
        Optional<DataSet> perFrame = ds.getItem(Tag.PerFrameFunctionalGroupsSequence, f);
        Optional<DataSet> shared = ds.getItem(Tag.SharedFunctionalGroupsSequence, 0);
        List<DataSet> sources = new ArrayList<>(3);
        perFrame.ifPresent(sources::add);
        shared.ifPresent(sources::add);
        double[] position = find(sources, Tag.PlanePositionSequence, Tag.ImagePositionPatient, ds);
        double[] orientation = find(sources, Tag.PlaneOrientationSequence, Tag.ImageOrientationPatient, ds);
        double[] spacing = find(sources, Tag.PixelMeasuresSequence, Tag.PixelSpacing, ds);
        String frame = "frame " + (f + 1) + ": ";
        if (position.length != 3) {
            throw new IllegalArgumentException(frame + "Image Position (Patient) has " + position.length + " values, not 3");
        }
        if (orientation.length != 6) {
            throw new IllegalArgumentException(frame + "Image Orientation (Patient) has " + orientation.length + " values, not 6");
        }
        if (spacing.length != 2) {
            throw new IllegalArgumentException(frame + "Pixel Spacing has " + spacing.length + " values, not 2");
        }
        double[] slope = find(sources, Tag.PixelValueTransformationSequence, Tag.RescaleSlope, ds);
        double[] intercept = find(sources, Tag.PixelValueTransformationSequence, Tag.RescaleIntercept, ds);
        PixelValues values = new PixelValues(slope.length > 0 ? slope[0] : 1, intercept.length > 0 ? intercept[0] : 0,
                ds.getInt(Tag.PixelRepresentation, 0) == 1);
        return new SliceHeader(ImagePlane.fromDicom(position, orientation, spacing), ds.getInt(Tag.Rows, 0), ds.getInt(Tag.Columns, 0),
                ds.getString(Tag.FrameOfReferenceUID, ""), ds.getDouble(Tag.GantryDetectorTilt, 0), values);
    }

    private static double[] find(List<DataSet> groups, int sequence, int attribute, DataSet top) {
        for (DataSet group : groups) {
            Optional<DataSet> item = group.getItem(sequence, 0);
            if (item.isPresent() && item.get().contains(attribute)) {
                return item.get().getDoubles(attribute);
            }
        }
        return top.getDoubles(attribute);
    }
}
