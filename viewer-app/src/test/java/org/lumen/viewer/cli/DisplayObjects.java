package org.lumen.viewer.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;
import org.lumen.dicom.TransferSyntax;
import org.lumen.dicom.UID;
import org.lumen.dicom.VR;
import org.lumen.dicom.io.DicomFile;
import org.lumen.dicom.io.Part10Writer;

/**
 * Multi-frame and LUT-carrying objects written with our Part10Writer: an enhanced multi-frame image
 * with per-frame and shared functional groups, a classic multi-frame image of uniform geometry, and
 * single images with a VOI LUT Sequence, Presentation LUT Shape, MONOCHROME1 or PALETTE COLOR.
 * Stored value of voxel (i, j, k): {@link #stored}; frame k's rescale: {@link #slope}, {@link #intercept}.
 */
final class DisplayObjects {
    static final int COLUMNS = 16;
    static final int ROWS = 12;
    static final int FRAMES = 6;
    static final double PIXEL = 0.5;
    static final double SPACING = 2.0;
    /** Frame f of the enhanced object lies at slice Z_ORDER[f] (frames are not stored in slice order). */
    static final int[] Z_ORDER = {3, 0, 5, 1, 4, 2};

    private DisplayObjects() {}

    static int stored(int i, int j, int k) {
        return 100 + 10 * i + 3 * j + 50 * k;
    }

    static double slope(int k) {
        return 1 + 0.25 * k;
    }

    static double intercept(int k) {
        return -20.0 * k;
    }

    private static DataSet base(String sopClass, String photometric, int bits) {
        DataSet ds = new DataSet();
        ds.setString(Tag.SOPClassUID, VR.UI, sopClass);
        ds.setString(Tag.SOPInstanceUID, VR.UI, "1.2.826.0.1.3680043.9.7777.9." + System.nanoTime());
        ds.setString(Tag.SeriesInstanceUID, VR.UI, "1.2.826.0.1.3680043.9.7777.8." + System.nanoTime());
        ds.setString(Tag.FrameOfReferenceUID, VR.UI, "1.2.826.0.1.3680043.9.7777.3");
        ds.setInt(Tag.SamplesPerPixel, VR.US, 1);
        ds.setString(Tag.PhotometricInterpretation, VR.CS, photometric);
        ds.setInt(Tag.Rows, VR.US, ROWS);
        ds.setInt(Tag.Columns, VR.US, COLUMNS);
        ds.setInt(Tag.BitsAllocated, VR.US, bits);
        ds.setInt(Tag.BitsStored, VR.US, bits);
        ds.setInt(Tag.HighBit, VR.US, bits - 1);
        ds.setInt(Tag.PixelRepresentation, VR.US, 0);
        return ds;
    }

    private static DataSet item(int attribute, VR vr, double... values) {
        return new DataSet().setDouble(attribute, vr, values);
    }

    private static byte[] frames(int[] sliceOfFrame) {
        ByteBuffer b = ByteBuffer.allocate(COLUMNS * ROWS * sliceOfFrame.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int k : sliceOfFrame) {
            for (int j = 0; j < ROWS; j++) {
                for (int i = 0; i < COLUMNS; i++) {
                    b.putShort((short) stored(i, j, k));
                }
            }
        }
        return b.array();
    }

    private static Path write(DataSet ds, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Part10Writer.write(DicomFile.of(ds, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN), file);
        return file;
    }

    /** Enhanced MR: per-frame Plane Position, Frame Content and Pixel Value Transformation; shared orientation, measures, VOI. */
    static Path enhanced(Path file) throws IOException {
        DataSet ds = base(UID.EnhancedMRImageStorage, "MONOCHROME2", 16);
        ds.setInt(Tag.NumberOfFrames, VR.IS, FRAMES);
        DataSet shared = new DataSet();
        shared.setSequence(Tag.PlaneOrientationSequence, List.of(item(Tag.ImageOrientationPatient, VR.DS, 1, 0, 0, 0, 1, 0)));
        shared.setSequence(Tag.PixelMeasuresSequence, List.of(item(Tag.PixelSpacing, VR.DS, PIXEL, PIXEL).setDouble(Tag.SliceThickness, VR.DS, SPACING)));
        shared.setSequence(Tag.FrameVOILUTSequence, List.of(item(Tag.WindowCenter, VR.DS, 400).setDouble(Tag.WindowWidth, VR.DS, 600)));
        ds.setSequence(Tag.SharedFunctionalGroupsSequence, List.of(shared));
        List<DataSet> perFrame = new ArrayList<>();
        for (int f = 0; f < FRAMES; f++) {
            int k = Z_ORDER[f];
            DataSet group = new DataSet();
            group.setSequence(Tag.PlanePositionSequence, List.of(item(Tag.ImagePositionPatient, VR.DS, -4, -3, 10 + k * SPACING)));
            group.setSequence(Tag.FrameContentSequence, List.of(new DataSet().setInt(0x00209057, VR.UL, k + 1)));
            group.setSequence(Tag.PixelValueTransformationSequence, List.of(item(Tag.RescaleSlope, VR.DS, slope(k))
                    .setDouble(Tag.RescaleIntercept, VR.DS, intercept(k)).setString(0x00281054, VR.LO, "US")));
            perFrame.add(group);
        }
        ds.setSequence(Tag.PerFrameFunctionalGroupsSequence, perFrame);
        ds.setBytes(Tag.PixelData, VR.OW, frames(Z_ORDER));
        return write(ds, file);
    }

    /** Classic multi-frame: one position, orientation and spacing for all frames, frames in slice order, one rescale. */
    static Path classic(Path file, boolean withSpacing) throws IOException {
        DataSet ds = base(UID.CTImageStorage, "MONOCHROME2", 16);
        ds.setInt(Tag.NumberOfFrames, VR.IS, FRAMES);
        ds.setDouble(Tag.ImagePositionPatient, VR.DS, -4, -3, 10);
        ds.setDouble(Tag.ImageOrientationPatient, VR.DS, 1, 0, 0, 0, 1, 0);
        ds.setDouble(Tag.PixelSpacing, VR.DS, PIXEL, PIXEL);
        if (withSpacing) {
            ds.setDouble(Tag.SpacingBetweenSlices, VR.DS, SPACING);
        }
        ds.setDouble(Tag.WindowCenter, VR.DS, 300);
        ds.setDouble(Tag.WindowWidth, VR.DS, 500);
        ds.setBytes(Tag.PixelData, VR.OW, frames(new int[] {0, 1, 2, 3, 4, 5}));
        return write(ds, file);
    }

    /** One frame (slice 0) as a single-frame image; {@code extra} adds display attributes. */
    static Path single(Path file, String photometric, java.util.function.Consumer<DataSet> extra) throws IOException {
        DataSet ds = base(UID.CTImageStorage, photometric, 16);
        ds.setDouble(Tag.ImagePositionPatient, VR.DS, -4, -3, 10);
        ds.setDouble(Tag.ImageOrientationPatient, VR.DS, 1, 0, 0, 0, 1, 0);
        ds.setDouble(Tag.PixelSpacing, VR.DS, PIXEL, PIXEL);
        extra.accept(ds);
        ds.setBytes(Tag.PixelData, VR.OW, frames(new int[] {0}));
        return write(ds, file);
    }

    /** A LUT item: descriptor (entries, first mapped, bits) and 16-bit data. */
    static DataSet lut(int first, int bits, int[] entries) {
        DataSet item = new DataSet();
        item.setInt(Tag.LUTDescriptor, VR.US, entries.length, first, bits);
        item.setBytes(Tag.LUTData, VR.OW, words(entries));
        return item;
    }

    static byte[] words(int[] entries) {
        ByteBuffer b = ByteBuffer.allocate(entries.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int e : entries) {
            b.putShort((short) e);
        }
        return b.array();
    }

    /** Three 8-bit RGB images 2 mm apart: voxel (i, j, k) is red 10 i, green 20 j, blue 40 k + 5. */
    static void rgbSeries(Path dir) throws IOException {
        for (int k = 0; k < 3; k++) {
            DataSet ds = base(UID.CTImageStorage, "RGB", 8);
            ds.setString(Tag.SeriesInstanceUID, VR.UI, "1.2.826.0.1.3680043.9.7777.8.42");
            ds.setInt(Tag.SamplesPerPixel, VR.US, 3);
            ds.setInt(Tag.PlanarConfiguration, VR.US, 0);
            ds.setDouble(Tag.ImagePositionPatient, VR.DS, -4, -3, 10 + k * SPACING);
            ds.setDouble(Tag.ImageOrientationPatient, VR.DS, 1, 0, 0, 0, 1, 0);
            ds.setDouble(Tag.PixelSpacing, VR.DS, PIXEL, PIXEL);
            byte[] rgb = new byte[COLUMNS * ROWS * 3];
            for (int j = 0; j < ROWS; j++) {
                for (int i = 0; i < COLUMNS; i++) {
                    int p = (j * COLUMNS + i) * 3;
                    rgb[p] = (byte) (10 * i);
                    rgb[p + 1] = (byte) (20 * j);
                    rgb[p + 2] = (byte) (40 * k + 5);
                }
            }
            ds.setBytes(Tag.PixelData, VR.OB, rgb);
            write(ds, dir.resolve("rgb" + k + ".dcm"));
        }
    }
}
