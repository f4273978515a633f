package org.lumen.dicom.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.lumen.dicom.DataSet;
import org.lumen.dicom.DicomElement;
import org.lumen.dicom.DicomFormatException;
import org.lumen.dicom.Tag;
import org.lumen.dicom.Value;

/** Every file of the pydicom corpus reads, and reads as pydicom reads it. */
class PydicomCorpusTest {

    @TestFactory
    Stream<DynamicTest> everyFileReadsAsPydicomReadsIt() throws Exception {
        Map<Path, Map<String, Object>> reference = PydicomCorpus.reference();
        List<Path> files = PydicomCorpus.files();
        assertThat(reference.keySet()).containsExactlyInAnyOrderElementsOf(files);
        return files.stream().map(file -> DynamicTest.dynamicTest(PydicomCorpus.DATA.relativize(file).toString(),
                () -> check(file, reference.get(file))));
    }

    /*
     * priv_SQ.dcm holds a private sequence of defined length in implicit VR: pydicom, whose dictionary
     * does not know the tag, keeps its bytes (2 attributes in all); this reader sees the item tag it
     * starts with and reads the sequence (7 attributes in all).
     */
    private static void check(Path file, Map<String, Object> expected) throws Exception {
        if (PydicomCorpus.TRUNCATED.contains(file.getFileName().toString())) {
            assertThatThrownBy(() -> Part10Reader.read(file))
                    .isInstanceOfSatisfying(DicomFormatException.class, e -> {
                        assertThat(e.problem()).isEqualTo(DicomFormatException.Problem.TRUNCATED);
                        assertThat(e.offset()).isBetween(0L, file.toFile().length() - 1);
                    });
            return;
        }
        assertThat(expected).doesNotContainKey("error");
        DicomFile read = Part10Reader.read(file);
        DataSet dataSet = read.dataSet();
        assertThat(dataSet.size()).as("top-level attributes").isEqualTo(((Long) expected.get("count")).intValue());
        Object total = file.getFileName().toString().equals("priv_SQ.dcm") ? (Object) 7L : expected.get("totalCount");
        assertThat(totalCount(dataSet)).as("attributes at every level").isEqualTo(total);
        assertThat(dataSet.getString(Tag.SOPInstanceUID, "")).isEqualTo(expected.get("sopInstanceUid"));
        assertThat(number(dataSet, Tag.Rows)).isEqualTo(expected.get("rows"));
        assertThat(number(dataSet, Tag.Columns)).isEqualTo(expected.get("columns"));
        Object pixelLength = dataSet.get(Tag.PixelData).<Object>map(PydicomCorpusTest::pixelLength).orElse(PydicomCorpus.NULL);
        assertThat(pixelLength).as("pixel data length").isEqualTo(expected.get("pixelLength"));
        Object ts = expected.get("transferSyntax");
        if (ts instanceof String uid) {
            assertThat(read.transferSyntax().uid()).isEqualTo(uid);
        }
    }

    /** Attributes of the data set and of all its sequence items, as pydicom's iterall() counts them. */
    private static long totalCount(DataSet dataSet) {
        long count = 0;
        for (DicomElement element : dataSet) {
            count++;
            if (element.value() instanceof Value.Sequence sequence) {
                for (DataSet item : sequence.items()) {
                    count += totalCount(item);
                }
            }
        }
        return count;
    }

    private static Object number(DataSet dataSet, int tag) {
        return dataSet.getInt(tag).isPresent() ? (Object) (long) dataSet.getInt(tag).getAsInt() : PydicomCorpus.NULL;
    }

    /** The length pydicom gives: the value's, or for fragments every item with its 8-byte header. */
    static long pixelLength(DicomElement element) {
        return switch (element.value()) {
            case Value.Fragments fragments -> fragments.fragments().stream().mapToLong(f -> 8 + f.length()).sum();
            default -> element.value().length();
        };
    }
}
