package org.lumen.viewer.app;

import java.io.IOException;
import java.nio.file.Path;

import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;
import org.lumen.dicom.UID;
import org.lumen.dicom.VR;
import org.lumen.rendering.geometry.Vec3;
import org.lumen.viewer.testdata.GreyImage;

/**
 * A synthetic axial CT for MPR tests, in Hounsfield units at known patient positions (LPS, mm): water
 * (0 HU) everywhere, a bone sphere ({@link #SPHERE_HU}) of radius {@value #SPHERE_RADIUS} mm at
 * {@link #SPHERE}, a contrast rod ({@link #ROD_HU}) of radius {@value #ROD_RADIUS} mm running head to
 * foot through {@link #ROD_X}, {@link #ROD_Y}, and an air tube ({@link #TUBE_HU}) running left to right
 * through {@link #TUBE_Y}, {@link #TUBE_Z}. {@value #SIZE}^2 pixels of 1 mm, {@value #SLICES} slices
 * {@value #SLICE_MM} mm apart, centred on the origin; files written in reverse order.
 */
final class MprPhantom {
    static final int SIZE = 128;
    static final int SLICES = 80;
    static final double SLICE_MM = 1.5;
    static final Vec3 SPHERE = new Vec3(20, -15, 10);
    static final double SPHERE_RADIUS = 10;
    static final int SPHERE_HU = 1000;
    static final double ROD_X = -25;
    static final double ROD_Y = 20;
    static final double ROD_RADIUS = 4;
    static final int ROD_HU = 500;
    static final double TUBE_Y = -30;
    static final double TUBE_Z = -20;
    static final int TUBE_HU = -800;

    private MprPhantom() {}

    /** The value at a patient point (inside the volume). */
    static int hu(double x, double y, double z) {
        Vec3 d = new Vec3(x, y, z).minus(SPHERE);
        if (d.length() <= SPHERE_RADIUS) {
            return SPHERE_HU;
        }
        if (Math.hypot(x - ROD_X, y - ROD_Y) <= ROD_RADIUS) {
            return ROD_HU;
        }
        if (Math.hypot(y - TUBE_Y, z - TUBE_Z) <= ROD_RADIUS) {
            return TUBE_HU;
        }
        return 0;
    }

    static double z(int k) {
        return (k - (SLICES - 1) / 2.0) * SLICE_MM;
    }

    static void write(Path dir) throws IOException {
        GreyImage image = GreyImage.ct12(SIZE, 1, 0, 2400);
        double origin = -(SIZE - 1) / 2.0;
        for (int k = 0; k < SLICES; k++) {
            DataSet ds = image.header();
            ds.setString(Tag.SOPClassUID, VR.UI, UID.CTImageStorage);
            ds.setString(Tag.SOPInstanceUID, VR.UI, "1.2.826.0.1.3680043.9.7777.60." + k);
            ds.setString(Tag.Modality, VR.CS, "CT");
            ds.setString(Tag.PatientName, VR.PN, "Test^MPR Phantom");
            ds.setString(Tag.PatientID, VR.LO, "MPR-1");
            ds.setString(Tag.SeriesDescription, VR.LO, "MPR phantom");
            ds.setString(Tag.StudyInstanceUID, VR.UI, "1.2.826.0.1.3680043.9.7777.61");
            ds.setString(Tag.SeriesInstanceUID, VR.UI, "1.2.826.0.1.3680043.9.7777.62");
            ds.setString(Tag.FrameOfReferenceUID, VR.UI, "1.2.826.0.1.3680043.9.7777.63");
            ds.setInt(Tag.InstanceNumber, VR.IS, k + 1);
            ds.setDouble(Tag.ImagePositionPatient, VR.DS, origin, origin, z(k));
            ds.setDouble(Tag.SliceThickness, VR.DS, SLICE_MM);
            double z = z(k);
            ds.setBytes(Tag.PixelData, VR.OW, image.pixels(1, (f, i, j) -> hu(origin + i, origin + j, z) + 1024));
            GreyImage.write(ds, dir.resolve(String.format("mpr%03d.dcm", SLICES - 1 - k)));
        }
    }
}
