package org.lumen.viewer.demo;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;
import org.lumen.dicom.TransferSyntax;
import org.lumen.dicom.UID;
import org.lumen.dicom.VR;
import org.lumen.dicom.io.DicomFile;
import org.lumen.dicom.io.Part10Writer;

/**
 * The built-in demo study, shown when Lumen starts with nothing to open: a synthetic CT of a chest
 * phantom ({@link ChestPhantom}) with two series (axial 2.5 mm and coronal 3 mm), generated locally
 * and clearly labelled DEMO in the patient, study and institution names. Written once into a folder
 * and reused; a marker file is written last, so an interrupted generation is redone.
 */
public final class DemoStudy {
    /** Patient name of the demo study, shown in the viewport's corner text. */
    public static final String PATIENT_NAME = "DEMO^Synthetic Chest Phantom";
    static final int SIZE = 256;
    static final double PIXEL_MM = 1.4;
    static final int AXIAL_SLICES = 100;
    static final double AXIAL_SPACING = 2.5;
    static final int CORONAL_SLICES = 60;
    static final double CORONAL_SPACING = 3.0;
    private static final String MARKER = ".complete-v1";

    private DemoStudy() {}

    /** The demo study's folder under {@code root}, generating it first when it is missing or incomplete. */
    public static Path ensure(Path root) throws IOException {
        Path folder = root.resolve("demo-study");
        if (Files.exists(folder.resolve(MARKER))) {
            return folder;
        }
        Files.createDirectories(folder);
        String study = UID.generate();
        String frame = UID.generate();
        double[] axialRow = {1, 0, 0};
        double[] axialColumn = {0, 1, 0};
        for (int k = 0; k < AXIAL_SLICES; k++) {
            double z = -ChestPhantom.HALF_LENGTH + 30 + k * AXIAL_SPACING;
            double[] origin = {-(SIZE - 1) * PIXEL_MM / 2, -(SIZE - 1) * PIXEL_MM / 2, z};
            write(folder.resolve(String.format("AX%03d.dcm", k)), study, frame, 2, "DEMO Axial 2.5 mm", k + 1,
                    origin, axialRow, axialColumn, AXIAL_SPACING);
        }
        double[] coronalRow = {1, 0, 0};
        double[] coronalColumn = {0, 0, -1};
        for (int k = 0; k < CORONAL_SLICES; k++) {
            double y = -90 + k * CORONAL_SPACING;
            double[] origin = {-(SIZE - 1) * PIXEL_MM / 2, y, (SIZE - 1) * PIXEL_MM / 2};
            write(folder.resolve(String.format("COR%03d.dcm", k)), study, frame, 3, "DEMO Coronal 3 mm", k + 1,
                    origin, coronalRow, coronalColumn, CORONAL_SPACING);
        }
        Files.writeString(folder.resolve(MARKER), "Synthetic demo study written by Lumen; delete this folder to regenerate.\n");
        return folder;
    }

    private static void write(Path file, String study, String frameOfReference, int seriesNumber, String seriesDescription,
            int instance, double[] origin, double[] row, double[] column, double thickness) throws IOException {
        DataSet ds = new DataSet();
        String sop = UID.generate();
        ds.setString(Tag.SpecificCharacterSet, VR.CS, "ISO_IR 192");
        ds.setString(Tag.ImageType, VR.CS, "DERIVED", "SECONDARY", "AXIAL");
        ds.setString(Tag.SOPClassUID, VR.UI, UID.CTImageStorage);
        ds.setString(Tag.SOPInstanceUID, VR.UI, sop);
        ds.setString(Tag.StudyDate, VR.DA, "20260101");
        ds.setString(Tag.StudyTime, VR.TM, "090000");
        ds.setString(Tag.AccessionNumber, VR.SH, "DEMO0001");
        ds.setString(Tag.Modality, VR.CS, "CT");
        ds.setString(Tag.InstitutionName, VR.LO, "DEMO - synthetic data, not a patient");
        ds.setString(Tag.StudyDescription, VR.LO, "DEMO CT chest phantom");
        ds.setString(Tag.SeriesDescription, VR.LO, seriesDescription);
        ds.setString(Tag.PatientName, VR.PN, PATIENT_NAME);
        ds.setString(Tag.PatientID, VR.LO, "DEMO-0001");
        ds.setString(Tag.PatientBirthDate, VR.DA, "19700101");
        ds.setString(Tag.PatientSex, VR.CS, "O");
        ds.setDouble(Tag.SliceThickness, VR.DS, thickness);
        ds.setString(Tag.PatientPosition, VR.CS, "HFS");
        ds.setString(Tag.StudyInstanceUID, VR.UI, study);
        ds.setString(Tag.SeriesInstanceUID, VR.UI, study + "." + seriesNumber);
        ds.setInt(Tag.SeriesNumber, VR.IS, seriesNumber);
        ds.setInt(Tag.InstanceNumber, VR.IS, instance);
        ds.setDouble(Tag.ImagePositionPatient, VR.DS, origin);
        ds.setDouble(Tag.ImageOrientationPatient, VR.DS, row[0], row[1], row[2], column[0], column[1], column[2]);
        ds.setString(Tag.FrameOfReferenceUID, VR.UI, frameOfReference);
        ds.setInt(Tag.SamplesPerPixel, VR.US, 1);
        ds.setString(Tag.PhotometricInterpretation, VR.CS, "MONOCHROME2");
        ds.setInt(Tag.Rows, VR.US, SIZE);
        ds.setInt(Tag.Columns, VR.US, SIZE);
        ds.setDouble(Tag.PixelSpacing, VR.DS, PIXEL_MM, PIXEL_MM);
        ds.setInt(Tag.BitsAllocated, VR.US, 16);
        ds.setInt(Tag.BitsStored, VR.US, 12);
        ds.setInt(Tag.HighBit, VR.US, 11);
        ds.setInt(Tag.PixelRepresentation, VR.US, 0);
        ds.setDouble(Tag.WindowCenter, VR.DS, 40, -600);
        ds.setDouble(Tag.WindowWidth, VR.DS, 400, 1500);
        ds.setString(Tag.WindowCenterWidthExplanation, VR.LO, "MEDIASTINUM", "LUNG");
        ds.setDouble(Tag.RescaleIntercept, VR.DS, -1024);
        ds.setDouble(Tag.RescaleSlope, VR.DS, 1);
        ds.setString(Tag.RescaleType, VR.LO, "HU");
        ds.setBytes(Tag.PixelData, VR.OW, pixels(origin, row, column));
        Path temp = file.resolveSibling(file.getFileName() + ".part");
        Part10Writer.write(DicomFile.of(ds, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN), temp);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Stored values (HU + 1024, clamped to 12 bits) of the plane through {@code origin}. */
    private static byte[] pixels(double[] origin, double[] row, double[] column) {
        ByteBuffer buffer = ByteBuffer.allocate(SIZE * SIZE * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int r = 0; r < SIZE; r++) {
            for (int c = 0; c < SIZE; c++) {
                double x = origin[0] + row[0] * c * PIXEL_MM + column[0] * r * PIXEL_MM;
                double y = origin[1] + row[1] * c * PIXEL_MM + column[1] * r * PIXEL_MM;
                double z = origin[2] + row[2] * c * PIXEL_MM + column[2] * r * PIXEL_MM;
                int stored = Math.max(0, Math.min(4095, ChestPhantom.noisyValue(x, y, z) + 1024));
                buffer.putShort((short) stored);
            }
        }
        return buffer.array();
    }

    /** The series descriptions, in the order they are written. */
    static List<String> seriesDescriptions() {
        return List.of("DEMO Axial 2.5 mm", "DEMO Coronal 3 mm");
    }
}
