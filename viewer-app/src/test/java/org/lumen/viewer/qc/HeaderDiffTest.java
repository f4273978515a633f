package org.lumen.viewer.qc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;
import org.lumen.dicom.VR;

class HeaderDiffTest {
    @Test
    void sameDifferentAndOneSidedElementsIncludingInsideSequences() {
        DataSet a = TagNodeTest.header();
        DataSet b = TagNodeTest.header();
        b.setDouble(Tag.ImagePositionPatient, VR.DS, 0, 0, 4.5);
        b.remove(Tag.PatientName);
        b.setString(Tag.SliceThickness, VR.DS, "1");
        b.getSequence(Tag.of(0x0008, 0x1140)).get(0).setString(Tag.ReferencedSOPInstanceUID, VR.UI, "1.2.3.4.100");
        List<HeaderDiff.Row> rows = HeaderDiff.compare(a, b);
        assertThat(rows).extracting(HeaderDiff.Row::path).isSorted();
        assertThat(row(rows, "(0020,0032)")).isEqualTo(new HeaderDiff.Row("(0020,0032)", "ImagePositionPatient", "0\\0\\3.5", "0\\0\\4.5",
                HeaderDiff.Kind.DIFFERENT));
        assertThat(row(rows, "(0010,0010)").kind()).isEqualTo(HeaderDiff.Kind.ONLY_LEFT);
        assertThat(row(rows, "(0018,0050)").kind()).isEqualTo(HeaderDiff.Kind.ONLY_RIGHT);
        assertThat(row(rows, "(0008,1140)[1] > (0008,1155)").kind()).isEqualTo(HeaderDiff.Kind.DIFFERENT);
        assertThat(row(rows, "(0008,1140)[1] > (0008,1150)").kind()).isEqualTo(HeaderDiff.Kind.SAME);
        assertThat(row(rows, "(0028,0010)").same()).isTrue();
        assertThat(HeaderDiff.differences(rows)).extracting(HeaderDiff.Row::path)
                .containsExactly("(0008,1140)[1] > (0008,1155)", "(0010,0010)", "(0018,0050)", "(0020,0032)");
    }

    @Test
    void identicalHeadersHaveNoDifference() {
        assertThat(HeaderDiff.differences(HeaderDiff.compare(TagNodeTest.header(), TagNodeTest.header()))).isEmpty();
    }

    private static HeaderDiff.Row row(List<HeaderDiff.Row> rows, String path) {
        return rows.stream().filter(r -> r.path().equals(path)).findFirst().orElseThrow(() -> new AssertionError(path));
    }
}
