package org.lumen.dicom.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumen.dicom.DicomFormatException;
import org.lumen.dicom.DicomFormatException.Problem;
import org.lumen.dicom.Tag;
import org.lumen.dicom.TransferSyntax;

/** Crafted bad input: each problem is named with the offset where it is, read from a stream and from a file. */
class MalformedInputTest {
    private static final long UNDEFINED = 0xFFFFFFFFL;

    @TempDir
    Path temp;

    private void assertProblem(byte[] input, Problem problem, long offset) throws IOException {
        assertThatThrownBy(() -> Part10Reader.read(new ByteArrayInputStream(input), ReadOptions.DEFAULT))
                .isInstanceOfSatisfying(DicomFormatException.class, e -> {
                    assertThat(e.problem()).as(e.getMessage()).isEqualTo(problem);
                    assertThat(e.offset()).as(e.getMessage()).isEqualTo(offset);
                });
        Path file = Files.write(temp.resolve("bad.dcm"), input);
        assertThatThrownBy(() -> Part10Reader.read(file))
                .isInstanceOfSatisfying(DicomFormatException.class, e -> {
                    assertThat(e.problem()).as(e.getMessage()).isEqualTo(problem);
                    assertThat(e.offset()).as(e.getMessage()).isEqualTo(offset);
                });
    }

    private static EncodedBytes explicitFile() {
        return EncodedBytes.part10(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN);
    }

    @Test
    void valueLongerThanTheFileIsTruncated() throws IOException {
        EncodedBytes bytes = explicitFile();
        long element = bytes.size();
        bytes.text(Tag.Modality, "CS", "CT").shortHeader(Tag.PatientName, "PN", 20).ascii("Doe^");
        assertProblem(bytes.toArray(), Problem.TRUNCATED, element + 10);
    }

    @Test
    void headerCutShortIsTruncated() throws IOException {
        EncodedBytes bytes = explicitFile();
        long element = bytes.size();
        bytes.tag(Tag.PatientName).ascii("P");
        assertProblem(bytes.toArray(), Problem.TRUNCATED, element);
    }

    @Test
    void elementPastTheEndOfItsItem() throws IOException {
        EncodedBytes bytes = explicitFile();
        long sequence = bytes.size();
        bytes.longHeader(0x00081115, "SQ", 40).header(Tag.Item, 24).shortHeader(Tag.ReferencedSOPClassUID, "UI", 30)
                .bytes(40, '1');
        assertProblem(bytes.toArray(), Problem.LENGTH_PAST_END, sequence + 12 + 8);
    }

    @Test
    void sequencePastTheEndOfItsItem() throws IOException {
        EncodedBytes bytes = explicitFile();
        long sequence = bytes.size();
        bytes.longHeader(0x00081115, "SQ", 60).header(Tag.Item, 20).longHeader(0x00081199, "SQ", 30).bytes(60, 0);
        assertProblem(bytes.toArray(), Problem.LENGTH_PAST_END, sequence + 12 + 8);
    }

    @Test
    void bytesThatAreNoVr() throws IOException {
        EncodedBytes bytes = explicitFile();
        bytes.text(Tag.Modality, "CS", "CT");
        long element = bytes.size();
        bytes.tag(Tag.PatientName).ascii("p?").u16(4).ascii("Doe^");
        assertProblem(bytes.toArray(), Problem.BAD_VR, element + 4);
    }

    @Test
    void absurdLengthIsRefusedBeforeAllocating() throws IOException {
        EncodedBytes bytes = explicitFile();
        long element = bytes.size();
        bytes.longHeader(0x00091010, "OB", 0xFFFFFFF0L).bytes(16, 0);
        assertProblem(bytes.toArray(), Problem.ABSURD_SIZE, element);
    }

    @Test
    void endlessNestingIsCapped() throws IOException {
        EncodedBytes bytes = explicitFile();
        long start = bytes.size();
        int levels = DataSetParser.MAX_DEPTH + 10;
        for (int i = 0; i < levels; i++) {
            bytes.longHeader(0x00081115, "SQ", UNDEFINED).header(Tag.Item, UNDEFINED);
        }
        long deepest = start + 20L * DataSetParser.MAX_DEPTH + 12;
        assertProblem(bytes.toArray(), Problem.ABSURD_SIZE, deepest);
    }

    @Test
    void fragmentsBrokenByAnElement() throws IOException {
        EncodedBytes bytes = EncodedBytes.part10(TransferSyntax.JPEG_BASELINE);
        bytes.longHeader(Tag.PixelData, "OB", UNDEFINED).header(Tag.Item, 0);
        long intruder = bytes.size();
        bytes.text(Tag.Modality, "CS", "CT").header(Tag.SequenceDelimitationItem, 0);
        assertProblem(bytes.toArray(), Problem.BAD_FRAGMENT, intruder);
    }

    @Test
    void fragmentOfUndefinedLength() throws IOException {
        EncodedBytes bytes = EncodedBytes.part10(TransferSyntax.JPEG_BASELINE);
        bytes.longHeader(Tag.PixelData, "OB", UNDEFINED).header(Tag.Item, 0);
        long fragment = bytes.size();
        bytes.header(Tag.Item, UNDEFINED).bytes(16, 0xFF).header(Tag.SequenceDelimitationItem, 0);
        assertProblem(bytes.toArray(), Problem.BAD_FRAGMENT, fragment);
    }

    @Test
    void itemWhereAnElementBelongs() throws IOException {
        EncodedBytes bytes = explicitFile();
        long item = bytes.size();
        bytes.header(Tag.Item, 0);
        assertProblem(bytes.toArray(), Problem.BAD_ITEM, item);
    }

    @Test
    void elementWhereAnItemBelongs() throws IOException {
        EncodedBytes bytes = explicitFile();
        long sequence = bytes.size();
        bytes.longHeader(0x00081115, "SQ", 10).text(Tag.Modality, "CS", "CT");
        assertProblem(bytes.toArray(), Problem.BAD_ITEM, sequence + 12);
    }

    @Test
    void undefinedLengthOnANumber() throws IOException {
        EncodedBytes bytes = EncodedBytes.littleEndian();
        bytes.header(Tag.Rows, UNDEFINED).bytes(8, 0);
        assertProblem(bytes.toArray(), Problem.BAD_ITEM, 0);
    }

    @Test
    void dicmPrefixWithoutMetaInformation() throws IOException {
        EncodedBytes bytes = EncodedBytes.littleEndian().bytes(128, 0).ascii("DICM").text(Tag.Modality, "CS", "CT");
        assertProblem(bytes.toArray(), Problem.BAD_META, 132);
    }

    @Test
    void corruptDeflatedDataSet() throws IOException {
        EncodedBytes bytes = EncodedBytes.part10(TransferSyntax.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN);
        long start = bytes.size();
        bytes.bytes(64, 0xFF);
        assertProblem(bytes.toArray(), Problem.BAD_VALUE, start);
    }

    @Test
    void implicitValueLongerThanTheFileIsTruncated() throws IOException {
        EncodedBytes bytes = EncodedBytes.littleEndian();
        bytes.header(Tag.Modality, 2).ascii("CT").header(Tag.PatientName, 100).ascii("Doe^John");
        assertProblem(bytes.toArray(), Problem.TRUNCATED, 10);
    }
}
