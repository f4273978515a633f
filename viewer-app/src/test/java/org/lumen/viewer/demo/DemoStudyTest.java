package org.lumen.viewer.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;
import org.lumen.dicom.io.Part10Reader;
import org.lumen.dicom.pixel.FrameDecoders;
import org.lumen.dicom.pixel.PixelDataReader;
import org.lumen.dicom.pixel.StoredFrame;

class DemoStudyTest {
    @TempDir
    Path root;

    @Test
    void writesTwoLabelledSeriesWithConsistentGeometry() throws Exception {
        Path folder = DemoStudy.ensure(root);
        List<DataSet> axial = new ArrayList<>();
        List<DataSet> coronal = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".dcm")).toList()) {
                DataSet ds = Part10Reader.read(file).dataSet();
                assertThat(ds.getString(Tag.PatientName)).contains(DemoStudy.PATIENT_NAME);
                assertThat(ds.getString(Tag.InstitutionName).orElseThrow()).startsWith("DEMO");
                (ds.getInt(Tag.SeriesNumber, 0) == 2 ? axial : coronal).add(ds);
            }
        }
        assertThat(axial).hasSize(DemoStudy.AXIAL_SLICES);
        assertThat(coronal).hasSize(DemoStudy.CORONAL_SLICES);
        assertThat(axial.stream().map(d -> d.getString(Tag.StudyInstanceUID).orElseThrow()).distinct())
                .containsExactlyElementsOf(coronal.stream().map(d -> d.getString(Tag.StudyInstanceUID).orElseThrow()).distinct().toList());
        double[] z = axial.stream().mapToDouble(d -> d.getDoubles(Tag.ImagePositionPatient)[2]).sorted().toArray();
        for (int k = 1; k < z.length; k++) {
            assertThat(z[k] - z[k - 1]).isCloseTo(DemoStudy.AXIAL_SPACING, org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void axialPixelsHoldTheAnatomyInHounsfieldUnits() throws Exception {
        Path folder = DemoStudy.ensure(root);
        DataSet middle = Part10Reader.read(folder.resolve("AX050.dcm")).dataSet();
        StoredFrame frame = PixelDataReader.open(middle, "1.2.840.10008.1.2.1", FrameDecoders.standard()).readFrame(0);
        double[] origin = middle.getDoubles(Tag.ImagePositionPatient);
        assertThat(hu(frame, origin, 0, 85, middle)).isBetween(ChestPhantom.BONE - 12, ChestPhantom.BONE + 12);
        assertThat(hu(frame, origin, 80, 0, middle)).isBetween(ChestPhantom.LUNG - 12, ChestPhantom.LUNG + 12);
        assertThat(hu(frame, origin, -80, 0, middle)).isBetween(ChestPhantom.LUNG - 12, ChestPhantom.LUNG + 12);
        assertThat(hu(frame, origin, 0, -160, middle)).isEqualTo(ChestPhantom.AIR);
    }

    @Test
    void reusesACompleteStudyAndRedoesAnInterruptedOne() throws Exception {
        Path folder = DemoStudy.ensure(root);
        Path first = folder.resolve("AX000.dcm");
        long written = Files.getLastModifiedTime(first).toMillis();
        Files.setLastModifiedTime(first, java.nio.file.attribute.FileTime.fromMillis(written - 60_000));
        DemoStudy.ensure(root);
        assertThat(Files.getLastModifiedTime(first).toMillis()).isEqualTo(written - 60_000);
        Files.delete(folder.resolve(".complete-v1"));
        DemoStudy.ensure(root);
        assertThat(Files.getLastModifiedTime(first).toMillis()).isNotEqualTo(written - 60_000);
    }

    /** The HU at patient (x, y) on an axial slice: column = (x - x0) / spacing, row = (y - y0) / spacing. */
    private static int hu(StoredFrame frame, double[] origin, double x, double y, DataSet ds) {
        int column = (int) Math.round((x - origin[0]) / DemoStudy.PIXEL_MM);
        int row = (int) Math.round((y - origin[1]) / DemoStudy.PIXEL_MM);
        return (int) (frame.sample(row * frame.columns() + column) + Math.round(ds.getDouble(Tag.RescaleIntercept, 0)));
    }
}
