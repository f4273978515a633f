package org.lumen.rendering.volume;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;
import org.lumen.rendering.geometry.ImagePlane;

/**
 * Reads the per-frame geometry of a multi-frame image. Enhanced (PS3.3 C.7.6.16): each frame's Plane
 * Position, Plane Orientation, Pixel Measures and Pixel Value Transformation come from its item of the
 * Per-Frame Functional Groups Sequence, else from the Shared Functional Groups Sequence, else from the
 * top level of the data set. Classic multi-frame with uniform geometry (no Plane Position in any
 * functional group): the top-level Image Position (Patient) is the first frame's, and frame {@code f}
 * lies {@code f} times Spacing Between Slices (else Slice Thickness) along the normal of Image
 * Orientation (Patient).
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
        boolean classic = sources.stream().noneMatch(g -> g.getItem(Tag.PlanePositionSequence, 0).isPresent());
        if (classic && frameCount(ds) > 1 && position.length == 3 && orientation.length == 6) {
            position = classicPosition(ds, position, orientation, f);
        }
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

    /** Frame {@code f} of a classic multi-frame: the first frame's position moved f spacings along the normal. */
    private static double[] classicPosition(DataSet ds, double[] first, double[] orientation, int f) {
        double spacing = ds.getDouble(Tag.SpacingBetweenSlices, ds.getDouble(Tag.SliceThickness, 0));
        if (!(spacing > 0) || !Double.isFinite(spacing)) {
            throw new IllegalArgumentException("frame " + (f + 1) + ": a classic multi-frame image without Plane Position per frame "
                    + "needs Spacing Between Slices or Slice Thickness > 0 to place its frames");
        }
        double nx = orientation[1] * orientation[5] - orientation[2] * orientation[4];
        double ny = orientation[2] * orientation[3] - orientation[0] * orientation[5];
        double nz = orientation[0] * orientation[4] - orientation[1] * orientation[3];
        double length = Math.sqrt(nx * nx + ny * ny + nz * nz);
        if (!(length > 0)) {
            throw new IllegalArgumentException("frame " + (f + 1) + ": Image Orientation (Patient) has parallel rows and columns");
        }
        double d = f * spacing / length;
        return new double[] {first[0] + nx * d, first[1] + ny * d, first[2] + nz * d};
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
