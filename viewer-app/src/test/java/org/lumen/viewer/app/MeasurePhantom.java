package org.lumen.viewer.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;
import org.lumen.dicom.UID;
import org.lumen.dicom.VR;
import org.lumen.viewer.testdata.GreyImage;

/**
 * A synthetic CT phantom for measurements: {@value #SIZE} x {@value #SIZE} pixels of {@value #SPACING}
 * mm, air (-1000 HU) with a square of {@value #SQUARE_HU} HU (columns and rows
 * {@value #SQUARE_FROM}..{@value #SQUARE_TO}) and two 3 x 3 markers of 1000 HU centred on pixels
 * ({@value #MARKER_A_COLUMN}, {@value #MARKER_ROW}) and ({@value #MARKER_B_COLUMN}, {@value #MARKER_ROW}),
 * that is {@link #MARKER_DISTANCE_MM} mm apart. Stored unsigned with Rescale Intercept -1024. Two
 * header windows: 40/400 "SOFT" and 400/1800 "BONE".
 */
final class MeasurePhantom {
    static final int SIZE = 128;
    static final double SPACING = 0.7;
    static final int SQUARE_HU = 40;
    static final int SQUARE_FROM = 40;
    static final int SQUARE_TO = 79;
    static final int MARKER_ROW = 100;
    static final int MARKER_A_COLUMN = 30;
    static final int MARKER_B_COLUMN = 90;
    static final double MARKER_DISTANCE_MM = (MARKER_B_COLUMN - MARKER_A_COLUMN) * SPACING;

    private static final GreyImage IMAGE = new GreyImage(SIZE, SPACING, 12, false, -1024.0,
            List.of(new GreyImage.Window(40, 400), new GreyImage.Window(400, 1800)));

    private MeasurePhantom() {}

    static int hu(int column, int row) {
        boolean marker = Math.abs(row - MARKER_ROW) <= 1
                && (Math.abs(column - MARKER_A_COLUMN) <= 1 || Math.abs(column - MARKER_B_COLUMN) <= 1);
        if (marker) {
            return 1000;
        }
        boolean square = column >= SQUARE_FROM && column <= SQUARE_TO && row >= SQUARE_FROM && row <= SQUARE_TO;
        return square ? SQUARE_HU : -1000;
    }

    /** Writes a series of single-frame slices (one file each) into {@code dir}. */
    static void writeSeries(Path dir, String seriesUid, String description, int slices) throws IOException {
        writeSeries(dir, seriesUid, description, slices, ds -> { });
    }

    /** As {@link #writeSeries(Path, String, String, int)}, with each header changed by {@code edit} first. */
    static void writeSeries(Path dir, String seriesUid, String description, int slices,
                            java.util.function.Consumer<DataSet> edit) throws IOException {
        for (int k = 0; k < slices; k++) {
            DataSet ds = header(seriesUid, description, seriesUid + "." + (k + 1), 1);
            edit.accept(ds);
            ds.setDouble(Tag.ImagePositionPatient, VR.DS, 0, 0, 2.0 * k);
            ds.setInt(Tag.InstanceNumber, VR.IS, k + 1);
            ds.setBytes(Tag.PixelData, VR.OW, pixels(1));
            GreyImage.write(ds, dir.resolve("im" + k + ".dcm"));
        }
    }

    /** Writes one multi-frame object of {@code frames} frames (no per-frame geometry), marked as once lossy compressed. */
    static void writeMultiFrame(Path file, String seriesUid, int frames) throws IOException {
        DataSet ds = header(seriesUid, "Multi-frame", seriesUid + ".1", frames);
        ds.setString(Tag.LossyImageCompression, VR.CS, "01");
        ds.setBytes(Tag.PixelData, VR.OW, pixels(frames));
        GreyImage.write(ds, file);
    }

    private static DataSet header(String seriesUid, String description, String sopUid, int frames) {
        DataSet ds = IMAGE.header();
        ds.setString(Tag.SOPClassUID, VR.UI, UID.CTImageStorage);
        ds.setString(Tag.SOPInstanceUID, VR.UI, sopUid);
        ds.setString(Tag.Modality, VR.CS, "CT");
        ds.setString(Tag.PatientName, VR.PN, "Measure^Phantom");
        ds.setString(Tag.PatientID, VR.LO, "MP-1");
        ds.setString(Tag.StudyInstanceUID, VR.UI, "1.2.826.0.1.3680043.9.7777.90");
        ds.setString(Tag.SeriesInstanceUID, VR.UI, seriesUid);
        ds.setString(Tag.SeriesDescription, VR.LO, description);
        ds.setString(Tag.WindowCenterWidthExplanation, VR.LO, "SOFT", "BONE");
        if (frames > 1) {
            ds.setInt(Tag.NumberOfFrames, VR.IS, frames);
        }
        return ds;
    }

    private static byte[] pixels(int frames) {
        return IMAGE.pixels(frames, (f, i, j) -> hu(i, j) + 1024);
    }
}
