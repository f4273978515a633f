package org.lumen.viewer.qc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;
import org.lumen.dicom.VR;

class SeriesCompletenessTest {
    private static List<String> titles(SeriesCompleteness c) {
        return c.findings().stream().map(QcFinding::title).toList();
    }

    @Test
    void aCompleteRegularSeriesHasNoFinding() {
        SeriesCompleteness c = SeriesCompleteness.check(QcHeaders.series(QcHeaders.stack(30), 30));
        assertThat(c.findings()).isEmpty();
        assertThat(c.hasProblems()).isFalse();
        assertThat(c.countText()).isEqualTo("30 of 30 instances");
    }

    @Test
    void fewerInstancesThanTheArchiveReportsIsAnErrorWithTheCounts() {
        SeriesCompleteness c = SeriesCompleteness.check(QcHeaders.series(QcHeaders.stack(30, 12, 13), 30));
        assertThat(c.received()).isEqualTo(28);
        assertThat(c.countText()).isEqualTo("28 of 30 instances");
        assertThat(c.findings().get(0).severity()).isEqualTo(QcFinding.Severity.ERROR);
        assertThat(c.findings().get(0).detail()).contains("reports 30", "28 were received", "2 missing");
        assertThat(titles(c)).contains("Missing slices (gap in positions)", "Gaps in Instance Number");
        assertThat(c.findings()).filteredOn(f -> f.title().startsWith("Gaps")).first()
                .extracting(QcFinding::detail).asString().contains("12\u201313");
    }

    @Test
    void oneMissingInstanceAndOneAbsentNumberReadInTheSingular() {
        SeriesCompleteness c = SeriesCompleteness.check(QcHeaders.series(QcHeaders.stack(3, 2), 3));
        assertThat(c.findings().get(0).detail()).isEqualTo("the archive reports 3 instances, 2 were received: 1 missing");
        assertThat(c.findings()).filteredOn(f -> f.title().startsWith("Gaps")).first()
                .extracting(QcFinding::detail).asString().startsWith("1 number between 1 and 3 is absent");
        SeriesCompleteness one = SeriesCompleteness.check(QcHeaders.series(QcHeaders.stack(1), 2));
        assertThat(one.countText()).isEqualTo("1 of 2 instances");
        assertThat(one.findings().get(0).detail()).isEqualTo("the archive reports 2 instances, 1 was received: 1 missing");
    }

    @Test
    void aLocalSeriesWithoutArchiveCountStillShowsPositionGaps() {
        SeriesCompleteness c = SeriesCompleteness.check(QcHeaders.series(QcHeaders.stack(10, 5), -1));
        assertThat(c.countText()).isEqualTo("9 instances (archive count unknown)");
        assertThat(titles(c)).doesNotContain("Instances missing").contains("Missing slices (gap in positions)");
    }

    @Test
    void repeatedPositionsAndRepeatedInstancesAreReported() {
        List<DataSet> headers = new ArrayList<>(QcHeaders.stack(5));
        DataSet samePlace = QcHeaders.slice(6, 2);
        headers.add(samePlace);
        headers.add(QcHeaders.slice(1, 0));
        SeriesCompleteness c = SeriesCompleteness.check(QcHeaders.series(headers, 6));
        assertThat(c.received()).isEqualTo(6);
        assertThat(titles(c)).contains("Duplicate slice positions", "Instances received twice", "Repeated Instance Number");
    }

    @Test
    void tiltSpacingOrientationAndFramesOfReferenceComeFromTheRenderingFindings() {
        List<DataSet> tilted = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            DataSet ds = QcHeaders.slice(i, i - 1);
            ds.setDouble(Tag.ImagePositionPatient, VR.DS, 0, 0.3 * (i - 1), i - 1);
            tilted.add(ds);
        }
        assertThat(titles(SeriesCompleteness.check(QcHeaders.series(tilted, -1)))).contains("Gantry tilt");

        List<DataSet> uneven = new ArrayList<>(QcHeaders.stack(4));
        uneven.add(QcHeaders.slice(5, 3.4));
        uneven.add(QcHeaders.slice(6, 4.9));
        assertThat(titles(SeriesCompleteness.check(QcHeaders.series(uneven, -1)))).contains("Non-uniform slice spacing");

        List<DataSet> mixed = new ArrayList<>(QcHeaders.stack(6));
        mixed.get(5).setDouble(Tag.ImageOrientationPatient, VR.DS, 0, 1, 0, 0, 0, -1);
        mixed.get(4).setString(Tag.FrameOfReferenceUID, VR.UI, "1.2.3.10");
        SeriesCompleteness c = SeriesCompleteness.check(QcHeaders.series(mixed, -1));
        assertThat(titles(c)).contains("Mixed orientations", "Several frames of reference");
        assertThat(c.findings().get(0).severity()).isEqualTo(QcFinding.Severity.ERROR);
    }

    @Test
    void aSeriesWithoutGeometrySaysSo() {
        DataSet ds = new DataSet();
        ds.setString(Tag.SOPInstanceUID, VR.UI, "1.9");
        ds.setInt(Tag.Rows, VR.US, 8);
        ds.setInt(Tag.Columns, VR.US, 8);
        SeriesCompleteness c = SeriesCompleteness.check(QcHeaders.series(List.of(ds), 1));
        assertThat(titles(c)).contains("No volume geometry");
    }
}
