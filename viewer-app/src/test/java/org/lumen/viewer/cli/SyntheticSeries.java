package org.lumen.viewer.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;
import org.lumen.dicom.UID;
import org.lumen.dicom.VR;
import org.lumen.viewer.testdata.GreyImage;

/**
 * A CT-like axial series written as Part 10 files: {@value #SLICES} slices of {@value #SIZE} x
 * {@value #SIZE}, 0.5 mm pixels, 1 mm apart, 12 bits stored signed in 16 with garbage in the top
 * four bits (which readers must ignore), Rescale Intercept -1024 and window -1000/2000. The stored
 * value of voxel (i, j, k) is {@link #stored}: linear in position, so interpolation is exact.
 */
final class SyntheticSeries {
    static final int SIZE = 64;
    static final int SLICES = 40;
    static final double PIXEL = 0.5;
    static final double SLICE = 1.0;
    static final double INTERCEPT = -1024;
    static final double[] ORIGIN = {-16, -20, -50};

    private static final GreyImage IMAGE = new GreyImage(SIZE, PIXEL, 12, true, INTERCEPT, List.of(new GreyImage.Window(-1000, 2000)));

    private SyntheticSeries() {}

    static int stored(int i, int j, int k) {
        return -1000 + 3 * i + 5 * j + 40 * k;
    }

    /** Writes the axial series in shuffled order (file names say nothing about position). */
    static List<Path> writeAxial(Path dir, long seed) throws IOException {
        double[] orientation = {1, 0, 0, 0, 1, 0};
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < SLICES; k++) {
            order.add(k);
        }
        Collections.shuffle(order, new Random(seed));
        List<Path> files = new ArrayList<>();
        for (int n = 0; n < SLICES; n++) {
            int k = order.get(n);
            double[] position = {ORIGIN[0], ORIGIN[1], ORIGIN[2] + k * SLICE};
            Path file = dir.resolve(String.format("img%03d.dcm", n));
            write(file, slice(k), position, orientation, n + 1);
            files.add(file);
        }
        return files;
    }

    /** A series tilted by {@code degrees} about the left-right axis, with the same voxel values. */
    static void writeOblique(Path dir, double degrees) throws IOException {
        double a = Math.toRadians(degrees);
        double[] orientation = {1, 0, 0, 0, Math.cos(a), Math.sin(a)};
        double[] normal = {0, -Math.sin(a), Math.cos(a)};
        for (int k = 0; k < SLICES; k++) {
            double[] position = {ORIGIN[0], ORIGIN[1] + normal[1] * k * SLICE, ORIGIN[2] + normal[2] * k * SLICE};
            write(dir.resolve("obl" + k + ".dcm"), slice(k), position, orientation, k + 1);
        }
    }

    private static short[] slice(int k) {
        short[] values = new short[SIZE * SIZE];
        for (int j = 0; j < SIZE; j++) {
            for (int i = 0; i < SIZE; i++) {
                int v = stored(i, j, k) & 0x0FFF;
                values[j * SIZE + i] = (short) (v | ((i + j) % 5 == 0 ? 0x5000 : 0));
            }
        }
        return values;
    }

    private static void write(Path file, short[] pixels, double[] position, double[] orientation, int instance) throws IOException {
        DataSet ds = IMAGE.header();
        ds.setString(Tag.SOPClassUID, VR.UI, UID.CTImageStorage);
        ds.setString(Tag.SOPInstanceUID, VR.UI, "1.2.826.0.1.3680043.9.7777.2." + instance + "." + Math.abs(file.hashCode()));
        ds.setString(Tag.Modality, VR.CS, "CT");
        ds.setString(Tag.SeriesInstanceUID, VR.UI, "1.2.826.0.1.3680043.9.7777.1." + (orientation[4] == 1 ? 1 : 2));
        ds.setString(Tag.FrameOfReferenceUID, VR.UI, "1.2.826.0.1.3680043.9.7777.3");
        ds.setInt(Tag.InstanceNumber, VR.IS, instance);
        ds.setDouble(Tag.ImagePositionPatient, VR.DS, position);
        ds.setDouble(Tag.ImageOrientationPatient, VR.DS, orientation);
        ds.setDouble(Tag.SliceThickness, VR.DS, SLICE);
        ds.setBytes(Tag.PixelData, VR.OW, IMAGE.pixels(1, (f, i, j) -> pixels[j * SIZE + i]));
        GreyImage.write(ds, file);
    }
}
