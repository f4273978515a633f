package org.lumen.viewer.qc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;
import org.lumen.dicom.VR;

class TagNodeTest {
    static DataSet header() {
        DataSet ds = QcHeaders.slice(7, 3.5);
        ds.setString(Tag.PatientName, VR.PN, "Doe^Jane");
        DataSet ref = new DataSet();
        ref.setString(Tag.ReferencedSOPClassUID, VR.UI, "1.2.840.10008.5.1.4.1.1.2");
        ref.setString(Tag.ReferencedSOPInstanceUID, VR.UI, "1.2.3.4.99");
        ds.setSequence(Tag.of(0x0008, 0x1140), List.of(ref, new DataSet()));
        ds.setBytes(Tag.PixelData, VR.OW, new byte[64 * 64 * 2]);
        ds.setBytes(Tag.of(0x0029, 0x1010), VR.OB, new byte[] {1, 2});
        return ds;
    }

    @Test
    void elementsInTagOrderWithVrKeywordAndValueAndSequencesAsItems() {
        List<TagNode> rows = TagNode.of(header());
        assertThat(rows).extracting(TagNode::tag).isSorted();
        TagNode name = rows.stream().filter(r -> r.keyword().equals("PatientName")).findFirst().orElseThrow();
        assertThat(name.tag()).isEqualTo("(0010,0010)");
        assertThat(name.vr()).isEqualTo("PN");
        assertThat(name.value()).isEqualTo("Doe^Jane");
        TagNode position = rows.stream().filter(r -> r.keyword().equals("ImagePositionPatient")).findFirst().orElseThrow();
        assertThat(position.value()).isEqualTo("0\\0\\3.5");
        TagNode seq = rows.stream().filter(r -> r.keyword().equals("ReferencedImageSequence")).findFirst().orElseThrow();
        assertThat(seq.value()).isEqualTo("2 items");
        assertThat(seq.children()).extracting(TagNode::tag).containsExactly("Item 1", "Item 2");
        assertThat(seq.children().get(0).children()).extracting(TagNode::keyword)
                .containsExactly("ReferencedSOPClassUID", "ReferencedSOPInstanceUID");
        assertThat(rows.stream().filter(r -> r.keyword().equals("PixelData")).findFirst().orElseThrow().value())
                .isEqualTo("(binary, 8192 bytes)");
        assertThat(rows.stream().filter(r -> r.tag().equals("(0029,1010)")).findFirst().orElseThrow().keyword()).isEqualTo("(private)");
    }

    @Test
    void searchByTagInAnyWritingByKeywordOrByValueKeepsThePathToNestedMatches() {
        List<TagNode> rows = TagNode.of(header());
        for (String query : List.of("(0010,0010)", "0010,0010", "00100010", "patientname", "DOE^")) {
            assertThat(TagNode.filter(rows, query)).as(query).extracting(TagNode::keyword).containsExactly("PatientName");
        }
        List<TagNode> nested = TagNode.filter(rows, "1.2.3.4.99");
        assertThat(nested).extracting(TagNode::keyword).containsExactly("ReferencedImageSequence");
        assertThat(nested.get(0).children()).hasSize(1);
        assertThat(nested.get(0).children().get(0).children()).extracting(TagNode::keyword).containsExactly("ReferencedSOPInstanceUID");
        assertThat(TagNode.filter(rows, "")).hasSameSizeAs(rows);
        assertThat(TagNode.filter(rows, "no such thing")).isEmpty();
    }

    @Test
    void copyTextIsTabSeparatedWithChildrenIndented() {
        TagNode seq = TagNode.filter(TagNode.of(header()), "ReferencedImageSequence").get(0);
        String[] lines = seq.copyText().split("\n");
        assertThat(lines[0]).isEqualTo("(0008,1140)\tSQ\tReferencedImageSequence\t2 items");
        assertThat(lines[1]).startsWith("  Item 1\t");
        assertThat(lines[2]).startsWith("    (0008,1150)\tUI\tReferencedSOPClassUID\t1.2.840.10008.5.1.4.1.1.2");
    }
}
