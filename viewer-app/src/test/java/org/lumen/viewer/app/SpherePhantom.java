package org.lumen.viewer.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;
import org.lumen.dicom.UID;
import org.lumen.dicom.VR;
import org.lumen.viewer.testdata.GreyImage;

/**
 * A CT study of one axial series through a sphere (radius 50 mm, centre z = 60 mm) in a body-like
 * ellipse, 64 x 64 pixels of 2 mm, slices from z = 0 to 120 mm at a given spacing: the disc's size
 * tells the slice position, so two studies of it at different spacings show the same anatomy at the
 * same z.
 */
final class SpherePhantom {
    static final int SIZE = 64;
    static final double PIXEL_MM = 2.0;

    private static final GreyImage IMAGE = new GreyImage(SIZE, PIXEL_MM, 16, true, 0.0, List.of(new GreyImage.Window(40, 400)));

    private SpherePhantom() {}

    record Study(String studyUid, String seriesUid, Path folder, List<Path> files) {}

    static Study write(Path dir, String patientId, String date, String frameOfReference, double spacing, String description)
            throws IOException {
        String study = UID.generate();
        Path folder = Files.createDirectories(dir.resolve(study));
        return writeSeries(folder, study, patientId, date, frameOfReference, 2, description, AXIAL, spacing);
    }

    static final double[] AXIAL = {1, 0, 0, 0, 1, 0};
    static final double[] CORONAL = {1, 0, 0, 0, 0, -1};
    static final double[] SAGITTAL = {0, 1, 0, 0, 0, -1};

    /**
     * Writes one more series of the study into its folder: slices every {@code spacing} mm along the
     * normal of {@code orientation}, each showing the sphere's disc at the slice's offset from the first.
     */
    static Study writeSeries(Path folder, String study, String patientId, String date, String frameOfReference, int number,
            String description, double[] orientation, double spacing) throws IOException {
        String series = UID.generate();
        int count = (int) Math.round(120 / spacing) + 1;
        double[] n = {orientation[1] * orientation[5] - orientation[2] * orientation[4],
                orientation[2] * orientation[3] - orientation[0] * orientation[5],
                orientation[0] * orientation[4] - orientation[1] * orientation[3]};
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double z = i * spacing;
            DataSet ds = IMAGE.header();
            ds.setString(Tag.SpecificCharacterSet, VR.CS, "ISO_IR 192");
            ds.setString(Tag.SOPClassUID, VR.UI, UID.CTImageStorage);
            ds.setString(Tag.SOPInstanceUID, VR.UI, UID.generate());
            ds.setString(Tag.StudyDate, VR.DA, date);
            ds.setString(Tag.StudyTime, VR.TM, "093000");
            ds.setString(Tag.AccessionNumber, VR.SH, "ACC" + date);
            ds.setString(Tag.Modality, VR.CS, "CT");
            ds.setString(Tag.StudyDescription, VR.LO, "CT chest");
            ds.setString(Tag.SeriesDescription, VR.LO, description);
            ds.setString(Tag.BodyPartExamined, VR.CS, "CHEST");
            ds.setString(Tag.PatientName, VR.PN, "Prior^Pat");
            ds.setString(Tag.PatientID, VR.LO, patientId);
            ds.setString(Tag.PatientBirthDate, VR.DA, "19550505");
            ds.setString(Tag.StudyInstanceUID, VR.UI, study);
            ds.setString(Tag.SeriesInstanceUID, VR.UI, series);
            ds.setString(Tag.FrameOfReferenceUID, VR.UI, frameOfReference);
            ds.setInt(Tag.SeriesNumber, VR.IS, number);
            ds.setInt(Tag.InstanceNumber, VR.IS, i + 1);
            double half = -SIZE * PIXEL_MM / 2;
            ds.setDouble(Tag.ImagePositionPatient, VR.DS, half + (orientation == AXIAL ? 0 : z * n[0]),
                    half + (orientation == AXIAL ? 0 : z * n[1]), orientation == AXIAL ? z : z * n[2]);
            ds.setDouble(Tag.ImageOrientationPatient, VR.DS, orientation);
            ds.setDouble(Tag.SliceThickness, VR.DS, spacing);
            ds.setBytes(Tag.PixelData, VR.OW, pixels(z));
            Path file = folder.resolve(String.format("S%02d-I%04d.dcm", number, i + 1));
            GreyImage.write(ds, file);
            files.add(file);
        }
        return new Study(study, series, folder, List.copyOf(files));
    }

    /** Radius of the sphere's disc at z, mm (0 outside). */
    static double discRadius(double z) {
        double dz = z - 60;
        return Math.abs(dz) >= 50 ? 0 : Math.sqrt(50 * 50 - dz * dz);
    }

    private static byte[] pixels(double z) {
        double r = discRadius(z);
        return IMAGE.pixels(1, (f, col, row) -> {
            double x = (col + 0.5 - SIZE / 2.0) * PIXEL_MM;
            double y = (row + 0.5 - SIZE / 2.0) * PIXEL_MM;
            int value = -1000;
            if ((x * x) / (62.0 * 62) + (y * y) / (52.0 * 52) <= 1) {
                value = 0;
            }
            if (x * x + y * y <= r * r) {
                value = 150;
            }
            return value;
        });
    }
}
