package org.lumen.rendering.volume;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;
import org.lumen.dicom.VR;
import org.lumen.rendering.geometry.Vec3;

class MultiFrameTest {

    private static DataSet item(int sequence, int attribute, double... values) {
        DataSet inner = new DataSet();
        inner.setDouble(attribute, VR.DS, values);
        DataSet group = new DataSet();
        group.setSequence(sequence, List.of(inner));
        return group;
    }

    private static DataSet enhanced(double[] zOfFrame) {
        DataSet ds = new DataSet();
        ds.setInt(Tag.Rows, VR.US, 4);
        ds.setInt(Tag.Columns, VR.US, 3);
        ds.setInt(Tag.PixelRepresentation, VR.US, 1);
        ds.setInt(Tag.NumberOfFrames, VR.IS, zOfFrame.length);
        ds.setString(Tag.FrameOfReferenceUID, VR.UI, "1.2.3");
        DataSet shared = item(Tag.PlaneOrientationSequence, Tag.ImageOrientationPatient, 1, 0, 0, 0, 1, 0);
        shared.setSequence(Tag.PixelMeasuresSequence, item(Tag.PixelMeasuresSequence, Tag.PixelSpacing, 0.5, 0.6)
                .getSequence(Tag.PixelMeasuresSequence));
        DataSet transform = new DataSet();
        transform.setDouble(Tag.RescaleSlope, VR.DS, 1);
        transform.setDouble(Tag.RescaleIntercept, VR.DS, -1024);
        shared.setSequence(Tag.PixelValueTransformationSequence, List.of(transform));
        ds.setSequence(Tag.SharedFunctionalGroupsSequence, List.of(shared));
        List<DataSet> perFrame = new ArrayList<>();
        for (double z : zOfFrame) {
            perFrame.add(Double.isNaN(z) ? new DataSet() : item(Tag.PlanePositionSequence, Tag.ImagePositionPatient, -5, 7, z));
        }
        ds.setSequence(Tag.PerFrameFunctionalGroupsSequence, perFrame);
        return ds;
    }

    @Test
    void framesAreSortedByTheirPlanePositionsWithSharedOrientationSpacingAndRescale() throws Exception {
        StackLayout layout = SeriesVolumeBuilder.planFrames(enhanced(new double[] {6, 0, 4, 2}));
        assertThat(layout.sliceOfInput()).containsExactly(3, 0, 2, 1);
        assertThat(layout.geometry().origin()).isEqualTo(new Vec3(-5, 7, 0));
        assertThat(layout.geometry().kSpacing()).isEqualTo(2.0);
        assertThat(layout.geometry().iSpacing()).isEqualTo(0.6);
        assertThat(layout.values()).isEqualTo(new PixelValues(1, -1024, true));
        assertThat(layout.findings()).isEmpty();
    }

    @Test
    void aFrameWithoutPositionIsAFindingNamingTheFrame() throws Exception {
        StackLayout layout = SeriesVolumeBuilder.planFrames(enhanced(new double[] {0, 1, Double.NaN, 2}));
        assertThat(layout.sliceOfInput()).containsExactly(0, 1, -1, 2);
        assertThat(layout.findings().get(0).message())
                .isEqualTo("1 of 4 frames have no usable geometry and were left out: frame 3: Image Position (Patient) has 0 values, not 3");
    }

    private static DataSet classic(double spacingBetweenSlices) {
        DataSet ds = new DataSet();
        ds.setInt(Tag.Rows, VR.US, 4);
        ds.setInt(Tag.Columns, VR.US, 3);
        ds.setInt(Tag.NumberOfFrames, VR.IS, 5);
        ds.setDouble(Tag.ImagePositionPatient, VR.DS, 1, 2, 3);
        ds.setDouble(Tag.ImageOrientationPatient, VR.DS, 1, 0, 0, 0, 0, -1); // coronal: normal (0, 1, 0)
        ds.setDouble(Tag.PixelSpacing, VR.DS, 0.5, 0.5);
        ds.setDouble(Tag.SliceThickness, VR.DS, 9);
        if (spacingBetweenSlices > 0) {
            ds.setDouble(Tag.SpacingBetweenSlices, VR.DS, spacingBetweenSlices);
        }
        return ds;
    }

    @Test
    void classicFramesLieSpacingBetweenSlicesApartAlongTheNormal() throws Exception {
        StackLayout layout = SeriesVolumeBuilder.planFrames(classic(1.5));
        assertThat(layout.sliceOfInput()).containsExactly(0, 1, 2, 3, 4);
        assertThat(layout.geometry().kSpacing()).isCloseTo(1.5, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(layout.geometry().voxelCenter(0, 0, 4).y()).isCloseTo(2 + 6, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(layout.findings()).isEmpty();
    }

    @Test
    void classicFramesFallBackToSliceThicknessAndNeedOneOfThem() throws Exception {
        StackLayout layout = SeriesVolumeBuilder.planFrames(classic(0));
        assertThat(layout.geometry().kSpacing()).isCloseTo(9, org.assertj.core.data.Offset.offset(1e-12));
        DataSet none = classic(0);
        none.remove(Tag.SliceThickness);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SeriesVolumeBuilder.planFrames(none))
                .isInstanceOf(UnusableSeriesException.class).hasMessageContaining("Spacing Between Slices or Slice Thickness");
    }
}
