package org.lumen.viewer.app;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;
import org.lumen.dicom.TransferSyntax;
import org.lumen.dicom.UID;
import org.lumen.dicom.VR;
import org.lumen.dicom.io.DicomFile;
import org.lumen.dicom.io.Part10Writer;

/**
 * A synthetic series of {@value #SLICES} slices of {@value #SIZE} x {@value #SIZE} unsigned 16-bit
 * pixels, patient "Test^Phantom", stored value {@link #stored}, window {@value #CENTER}/{@value #WIDTH}.
 * Files are written in reverse order so that only geometry can put them right.
 */
final class PhantomSeries {
    static final int SIZE = 64;
    static final int SLICES = 20;
    static final double CENTER = 300;
    static final double WIDTH = 400;
    static final double[] AXIAL = {1, 0, 0, 0, 1, 0};
    static final double[] SAGITTAL = {0, 1, 0, 0, 0, -1};

    private PhantomSeries() {}

    static int stored(int i, int j, int k) {
        return 100 + 10 * k + i + j;
    }

    /** The grey the linear window function (PS3.3 C.11.2.1.2) gives a value, before any inversion. */
    static int expectedGrey(double x) {
        double lower = CENTER - 0.5 - (WIDTH - 1) / 2;
        double upper = CENTER - 0.5 + (WIDTH - 1) / 2;
        if (x <= lower) {
            return 0;
        }
        if (x > upper) {
            return 255;
        }
        return (int) Math.round(((x - (CENTER - 0.5)) / (WIDTH - 1) + 0.5) * 255);
    }

    static void write(Path dir, double[] orientation, String photometric) throws IOException {
        Files.createDirectories(dir);
        double[] normal = {
            orientation[1] * orientation[5] - orientation[2] * orientation[4],
            orientation[2] * orientation[3] - orientation[0] * orientation[5],
            orientation[0] * orientation[4] - orientation[1] * orientation[3]};
        for (int k = 0; k < SLICES; k++) {
            double[] position = {normal[0] * k, normal[1] * k, normal[2] * k};
            DataSet ds = new DataSet();
            ds.setString(Tag.SOPClassUID, VR.UI, UID.CTImageStorage);
            ds.setString(Tag.SOPInstanceUID, VR.UI, "1.2.826.0.1.3680043.9.7777.20." + k);
            ds.setString(Tag.Modality, VR.CS, "CT");
            ds.setString(Tag.PatientName, VR.PN, "Test^Phantom");
            ds.setString(Tag.PatientID, VR.LO, "PH-1");
            ds.setString(Tag.SeriesInstanceUID, VR.UI, "1.2.826.0.1.3680043.9.7777.21");
            ds.setInt(Tag.InstanceNumber, VR.IS, SLICES - k);
            ds.setDouble(Tag.ImagePositionPatient, VR.DS, position);
            ds.setDouble(Tag.ImageOrientationPatient, VR.DS, orientation);
            ds.setDouble(Tag.PixelSpacing, VR.DS, 1, 1);
            ds.setInt(Tag.SamplesPerPixel, VR.US, 1);
            ds.setString(Tag.PhotometricInterpretation, VR.CS, photometric);
            ds.setInt(Tag.Rows, VR.US, SIZE);
            ds.setInt(Tag.Columns, VR.US, SIZE);
            ds.setInt(Tag.BitsAllocated, VR.US, 16);
            ds.setInt(Tag.BitsStored, VR.US, 16);
            ds.setInt(Tag.HighBit, VR.US, 15);
            ds.setInt(Tag.PixelRepresentation, VR.US, 0);
            ds.setDouble(Tag.WindowCenter, VR.DS, CENTER);
            ds.setDouble(Tag.WindowWidth, VR.DS, WIDTH);
            ByteBuffer bytes = ByteBuffer.allocate(SIZE * SIZE * 2).order(ByteOrder.LITTLE_ENDIAN);
            for (int j = 0; j < SIZE; j++) {
                for (int i = 0; i < SIZE; i++) {
                    bytes.putShort((short) stored(i, j, k));
                }
            }
            ds.setBytes(Tag.PixelData, VR.OW, bytes.array());
            Part10Writer.write(DicomFile.of(ds, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN),
                    dir.resolve(String.format("s%02d.dcm", SLICES - 1 - k)));
        }
    }
}
