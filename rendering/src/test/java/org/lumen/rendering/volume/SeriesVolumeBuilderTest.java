package org.lumen.rendering.volume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;
import org.lumen.dicom.VR;
import org.lumen.rendering.geometry.Vec3;
import org.lumen.rendering.geometry.VolumeGeometry;
import org.lumen.rendering.volume.VolumeFinding.Kind;

class SeriesVolumeBuilderTest {

    static DataSet image(double x, double y, double z, int instanceNumber) {
        return image(new double[] {x, y, z}, new double[] {1, 0, 0, 0, 1, 0}, instanceNumber);
    }

    static DataSet image(double[] position, double[] orientation, int instanceNumber) {
        DataSet ds = new DataSet();
        ds.setDouble(Tag.ImagePositionPatient, VR.DS, position);
        ds.setDouble(Tag.ImageOrientationPatient, VR.DS, orientation);
        ds.setDouble(Tag.PixelSpacing, VR.DS, 0.5, 0.75);
        ds.setInt(Tag.Rows, VR.US, 4);
        ds.setInt(Tag.Columns, VR.US, 3);
        ds.setInt(Tag.InstanceNumber, VR.IS, instanceNumber);
        ds.setString(Tag.FrameOfReferenceUID, VR.UI, "1.2.3");
        return ds;
    }

    @Test
    void sortsByPositionAlongTheNormalNotByInstanceNumber() throws Exception {
        // instance numbers deliberately run against the positions
        List<DataSet> images = List.of(image(0, 0, 5, 1), image(0, 0, -5, 2), image(0, 0, 0, 3), image(0, 0, 2.5, 4), image(0, 0, -2.5, 5));
        StackLayout layout = SeriesVolumeBuilder.planDataSets(images);
        assertThat(layout.sliceOfInput()).containsExactly(4, 0, 2, 3, 1);
        VolumeGeometry g = layout.geometry();
        assertThat(g.slices()).isEqualTo(5);
        assertThat(g.kSpacing()).isEqualTo(2.5);
        assertThat(g.origin()).isEqualTo(new Vec3(0, 0, -5));
        assertThat(g.iSpacing()).isEqualTo(0.75); // between columns: Pixel Spacing[1]
        assertThat(g.jSpacing()).isEqualTo(0.5);
        assertThat(layout.findings()).isEmpty();
    }

    @Test
    void sortsAnObliqueStackAlongItsOwnNormal() throws Exception {
        double c = Math.cos(0.5);
        double s = Math.sin(0.5);
        double[] iop = {1, 0, 0, 0, c, -s};
        Vec3 normal = new Vec3(1, 0, 0).cross(new Vec3(0, c, -s));
        List<DataSet> images = new ArrayList<>();
        for (int m : new int[] {3, 0, 2, 1}) {
            Vec3 p = new Vec3(-20, 10, 30).plusScaled(normal, 1.25 * m);
            images.add(image(new double[] {p.x(), p.y(), p.z()}, iop, 10 - m));
        }
        StackLayout layout = SeriesVolumeBuilder.planDataSets(images);
        assertThat(layout.sliceOfInput()).containsExactly(3, 0, 2, 1);
        assertThat(layout.geometry().kSpacing()).isCloseTo(1.25, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(layout.geometry().isSheared()).isFalse();
        assertThat(layout.findings()).isEmpty();
    }

    @Test
    void aGapBecomesGapSlicesAndAFinding() throws Exception {
        List<DataSet> images = List.of(image(0, 0, 0, 1), image(0, 0, 2, 2), image(0, 0, 4, 3), image(0, 0, 10, 4), image(0, 0, 12, 5));
        StackLayout layout = SeriesVolumeBuilder.planDataSets(images);
        assertThat(layout.sliceOfInput()).containsExactly(0, 1, 2, 5, 6);
        assertThat(layout.has(Kind.MISSING_SLICES)).isTrue();
        assertThat(layout.findings().get(0).message()).contains("2 slices are missing").contains("6.000 mm between 4.000 and 10.000 mm");
        Volume volume = layout.allocateVolume();
        assertThat(volume.state(3)).isEqualTo(SliceState.GAP);
        assertThat(volume.state(4)).isEqualTo(SliceState.GAP);
        assertThat(volume.state(5)).isEqualTo(SliceState.PENDING);
        assertThat(volume.isRegular()).isTrue();
    }

    @Test
    void aGapInAnIrregularStackGetsAnInterpolatedPosition() throws Exception {
        // 0, 2, 4.4 | gap | 8.4, 10.4: median 2, the gap slot lies halfway between 4.4 and 8.4
        List<DataSet> images = List.of(image(0, 0, 0, 1), image(0, 0, 2, 2), image(0, 0, 4.4, 3), image(0, 0, 8.4, 4), image(0, 0, 10.4, 5));
        StackLayout layout = SeriesVolumeBuilder.planDataSets(images);
        assertThat(layout.sliceOfInput()).containsExactly(0, 1, 2, 4, 5);
        assertThat(layout.has(Kind.MISSING_SLICES)).isTrue();
        assertThat(layout.has(Kind.NON_UNIFORM_SPACING)).isTrue();
        double[] positions = layout.slicePositions();
        assertThat(positions[0]).isZero();
        assertThat(positions[2]).isCloseTo(4.4 / 2.08, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(positions[3]).isCloseTo((4.4 + 8.4) / 2 / 2.08, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(positions[5]).isEqualTo(5.0);
        assertThat(layout.allocateVolume().state(3)).isEqualTo(SliceState.GAP);
        assertThat(layout.summary()).contains("3 x 4 x 6 voxels", "0.7500 x 0.5000 x 2.0800 mm", "columns run to L, rows to P, slices to H",
                "5 of 5 inputs used", "MISSING_SLICES: 1 slice is missing");
    }

    @Test
    void irregularDistancesAreReportedWithTheirValues() throws Exception {
        List<DataSet> images = List.of(image(0, 0, 0, 1), image(0, 0, 2, 2), image(0, 0, 4.4, 3), image(0, 0, 6.4, 4));
        StackLayout layout = SeriesVolumeBuilder.planDataSets(images);
        assertThat(layout.has(Kind.NON_UNIFORM_SPACING)).isTrue();
        assertThat(layout.findings().get(0).message()).contains("2.000 to 2.400 mm");
        assertThat(layout.has(Kind.MISSING_SLICES)).isFalse();
    }

    @Test
    void duplicatePositionsKeepTheFirstImage() throws Exception {
        List<DataSet> images = List.of(image(0, 0, 0, 1), image(0, 0, 1, 2), image(0, 0, 1, 3), image(0, 0, 2, 4));
        StackLayout layout = SeriesVolumeBuilder.planDataSets(images);
        assertThat(layout.sliceOfInput()).containsExactly(0, 1, -1, 2);
        assertThat(layout.has(Kind.DUPLICATE_POSITIONS)).isTrue();
        assertThat(layout.findings().get(0).message()).contains("image 2 at 1.000 mm");
    }

    @Test
    void gantryTiltGivesAShearedVolume() throws Exception {
        double t = Math.toRadians(20);
        List<DataSet> images = new ArrayList<>();
        for (int m = 0; m < 4; m++) {
            DataSet ds = image(0, 3 * m * Math.tan(t), 3 * m, m + 1);
            ds.setDouble(Tag.GantryDetectorTilt, VR.DS, 20);
            images.add(ds);
        }
        StackLayout layout = SeriesVolumeBuilder.planDataSets(images);
        assertThat(layout.has(Kind.GANTRY_TILT)).isTrue();
        assertThat(layout.findings().get(0).message()).contains("20.00 degrees");
        VolumeGeometry g = layout.geometry();
        assertThat(g.isSheared()).isTrue();
        assertThat(g.voxelCenter(0, 0, 3).closeTo(new Vec3(0, 9 * Math.tan(t), 9), 1e-9)).isTrue();
    }

    @Test
    void mixedSeriesKeepTheLargestConsistentGroup() throws Exception {
        List<DataSet> images = new ArrayList<>();
        for (int m = 0; m < 4; m++) {
            images.add(image(0, 0, m, m));
        }
        images.add(image(new double[] {0, 0, 0}, new double[] {1, 0, 0, 0, 0, -1}, 9)); // a coronal localizer
        DataSet other = image(0, 0, 7, 10);
        other.setString(Tag.FrameOfReferenceUID, VR.UI, "9.9");
        images.add(other);
        DataSet small = image(0, 0, 8, 11);
        small.setInt(Tag.Rows, VR.US, 2);
        images.add(small);
        DataSet broken = image(0, 0, 9, 12);
        broken.remove(Tag.PixelSpacing);
        images.add(broken);
        StackLayout layout = SeriesVolumeBuilder.planDataSets(images);
        assertThat(layout.sliceOfInput()).containsExactly(0, 1, 2, 3, -1, -1, -1, -1);
        assertThat(layout.findings()).extracting(VolumeFinding::kind).containsExactly(
                Kind.MISSING_GEOMETRY, Kind.SEVERAL_FRAMES_OF_REFERENCE, Kind.MIXED_ORIENTATIONS, Kind.MIXED_SIZES);
        assertThat(layout.findings().get(0).message()).contains("image 7: Pixel Spacing has 0 values");
        assertThat(layout.findings().get(1).message()).contains("9.9 (1 image)").contains("using 1.2.3");
    }

    @Test
    void differentRescaleIsReported() throws Exception {
        DataSet a = image(0, 0, 0, 1);
        DataSet b = image(0, 0, 1, 2);
        b.setDouble(Tag.RescaleSlope, VR.DS, 2);
        StackLayout layout = SeriesVolumeBuilder.planDataSets(List.of(a, b));
        assertThat(layout.has(Kind.MIXED_RESCALE)).isTrue();
        assertThat(layout.findings().get(0).message()).contains("each slice keeps its own");
    }

    @Test
    void oneImageMakesAOneSliceVolume() throws Exception {
        StackLayout layout = SeriesVolumeBuilder.planDataSets(List.of(image(1, 2, 3, 1)));
        assertThat(layout.geometry().slices()).isEqualTo(1);
        assertThat(layout.has(Kind.SINGLE_SLICE)).isTrue();
    }

    @Test
    void noUsableImageIsATypedError() {
        DataSet broken = image(0, 0, 0, 1);
        broken.remove(Tag.ImageOrientationPatient);
        assertThatThrownBy(() -> SeriesVolumeBuilder.planDataSets(List.of(broken)))
                .isInstanceOf(UnusableSeriesException.class)
                .satisfies(e -> assertThat(((UnusableSeriesException) e).findings().get(0).message())
                        .contains("Image Orientation (Patient) has 0 values"));
    }

    @Test
    void assembleFillsSlicesInPositionOrderAndValuesAreSignedOrNot() throws Exception {
        List<SeriesVolumeBuilder.SliceInput> inputs = new ArrayList<>();
        for (int m : new int[] {2, 0, 1}) {
            SliceHeader h = SliceHeader.read(image(0, 0, m, 0));
            short[] stored = new short[12];
            java.util.Arrays.fill(stored, (short) (-100 * m - 1));
            inputs.add(new SeriesVolumeBuilder.SliceInput(new SliceHeader(h.plane(), 4, 3, "1.2.3", 0, PixelValues.SIGNED), stored));
        }
        SeriesVolumeBuilder.Assembled assembled = SeriesVolumeBuilder.assemble(inputs);
        Volume v = assembled.volume();
        assertThat(v.stored(2, 3, 0)).isEqualTo(-1);
        assertThat(v.stored(0, 0, 2)).isEqualTo(-201);
        assertThat(v.loadedCount()).isEqualTo(3);
        assertThat(new PixelValues(1, 0, false).stored((short) -1)).isEqualTo(65535);
    }
}
