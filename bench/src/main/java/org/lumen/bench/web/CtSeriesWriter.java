package org.lumen.bench.web;

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
 * Writes a CT-like axial series as Part 10 files (explicit VR little endian, 16 bits allocated,
 * signed, rescale intercept -1024): an elliptic body with a denser core and hashed noise, so the
 * pixel data is not trivially compressible. UIDs are deterministic, derived from {@link #ROOT}.
 */
public final class CtSeriesWriter {
    static final String ROOT = "1.2.826.0.1.3680043.9.7777.77";
    static final String STUDY = ROOT + ".1";
    static final String SERIES = ROOT + ".2";

    private CtSeriesWriter() {}

    static String instanceUid(int number) {
        return ROOT + ".3." + number;
    }

    /** Writes {@code slices} files of {@code size} x {@code size} into dir; returns them in slice order. */
    static List<Path> write(Path dir, int size, int slices) throws IOException {
        if (size < 2 || size > 4096 || slices < 1 || slices > 10_000) {
            throw new IllegalArgumentException("size 2..4096 and slices 1..10000: " + size + ", " + slices);
        }
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        for (int k = 0; k < slices; k++) {
            Path file = dir.resolve(String.format("ct%04d.dcm", k + 1));
            Part10Writer.write(DicomFile.of(slice(size, slices, k), TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN), file);
            files.add(file);
        }
        return files;
    }

    private static DataSet slice(int size, int slices, int k) {
        DataSet ds = new DataSet();
        ds.setString(Tag.SOPInstanceUID, VR.UI, instanceUid(k + 1));
        ds.setString(Tag.StudyInstanceUID, VR.UI, STUDY);
        ds.setString(Tag.SeriesInstanceUID, VR.UI, SERIES);
        ds.setString(Tag.FrameOfReferenceUID, VR.UI, ROOT + ".4");
        ds.setString(Tag.PatientName, VR.PN, "Bench^Phantom");
        ds.setString(Tag.PatientID, VR.LO, "BENCH-CT");
        ds.setInt(Tag.InstanceNumber, VR.IS, k + 1);
        ctImage(ds, size, k, 0.8);
        ds.setBytes(Tag.PixelData, VR.OW, pixels(size, slices, k));
        return ds;
    }

    /**
     * The attributes of a bench CT slice but its UIDs, patient, study, series and pixel data: CT modality and SOP class,
     * axial slice {@code k} of {@code thickness} mm, 0.7 mm pixels, {@code size} x {@code size} signed 16-bit, rescale
     * and window (bench/priors/PriorPrefetchRun.java writes its studies with it too).
     */
    public static void ctImage(DataSet ds, int size, int k, double thickness) {
        ds.setString(Tag.SOPClassUID, VR.UI, UID.CTImageStorage);
        ds.setString(Tag.Modality, VR.CS, "CT");
        ds.setDouble(Tag.ImagePositionPatient, VR.DS, -180, -180, -200 + thickness * k);
        ds.setDouble(Tag.ImageOrientationPatient, VR.DS, 1, 0, 0, 0, 1, 0);
        ds.setDouble(Tag.PixelSpacing, VR.DS, 0.7, 0.7);
        ds.setDouble(Tag.SliceThickness, VR.DS, thickness);
        ds.setInt(Tag.SamplesPerPixel, VR.US, 1);
        ds.setString(Tag.PhotometricInterpretation, VR.CS, "MONOCHROME2");
        ds.setInt(Tag.Rows, VR.US, size);
        ds.setInt(Tag.Columns, VR.US, size);
        ds.setInt(Tag.BitsAllocated, VR.US, 16);
        ds.setInt(Tag.BitsStored, VR.US, 16);
        ds.setInt(Tag.HighBit, VR.US, 15);
        ds.setInt(Tag.PixelRepresentation, VR.US, 1);
        ds.setDouble(Tag.RescaleIntercept, VR.DS, -1024);
        ds.setDouble(Tag.RescaleSlope, VR.DS, 1);
        ds.setDouble(Tag.WindowCenter, VR.DS, 40);
        ds.setDouble(Tag.WindowWidth, VR.DS, 400);
    }

    private static byte[] pixels(int size, int slices, int k) {
        ByteBuffer out = ByteBuffer.allocate(size * size * 2).order(ByteOrder.LITTLE_ENDIAN);
        double kz = (k - slices / 2.0) / slices;
        for (int j = 0; j < size; j++) {
            double y = (j - size / 2.0) / (size * 0.38);
            for (int i = 0; i < size; i++) {
                double x = (i - size / 2.0) / (size * 0.45);
                double r = x * x + y * y + kz * kz;
                int hash = (i * 73856093) ^ (j * 19349663) ^ (k * 83492791);
                int noise = (hash >>> 8) % 41 - 20;
                int hu = r < 0.15 ? 700 : r < 1 ? 40 : -1000;
                out.putShort((short) (hu + 1024 + noise));
            }
        }
        return out.array();
    }
}
