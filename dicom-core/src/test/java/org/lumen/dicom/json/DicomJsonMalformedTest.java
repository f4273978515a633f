package org.lumen.dicom.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lumen.dicom.DicomFormatException;
import org.lumen.dicom.DicomFormatException.Problem;

/** Input that is not DICOM JSON throws DicomFormatException naming the problem and where it is. */
class DicomJsonMalformedTest {

    private static DicomFormatException failure(String json) {
        return assertThrows(DicomFormatException.class,
                () -> DicomJsonReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "truncated           | {\"00100010\":{\"vr\":\"PN\"           | BAD_JSON  | 22",
        "not json            | {\"00100010\": nonsense}                | BAD_JSON  | 22",
        "array not object    | [1]                                     | BAD_JSON  | 0",
        "empty input         | ~~                                      | BAD_JSON  | 0",
        "trailing data       | {} {}                                   | BAD_JSON  | 3",
        "bad tag key         | {\"0010001G\":{\"vr\":\"PN\"}}          | BAD_JSON  | 12",
        "attribute not obj   | {\"00100010\":5}                        | BAD_JSON  | 12",
        "missing vr          | {\"00100010\":{\"Value\":[]}}           | BAD_JSON  | 12",
        "unknown vr          | {\"00100010\":{\"vr\":\"XX\"}}          | BAD_VR    | 18",
        "unknown member      | {\"00100010\":{\"vr\":\"PN\",\"x\":1}}  | BAD_JSON  | 27",
        "value not array     | {\"00280010\":{\"vr\":\"US\",\"Value\":5} }  | BAD_JSON  | 31",
        "DS not a number     | {\"00280030\":{\"vr\":\"DS\",\"Value\":[\"abc\"]}}  | BAD_VALUE | 32",
        "IS fraction         | {\"00200013\":{\"vr\":\"IS\",\"Value\":[1.5]}}  | BAD_VALUE | 32",
        "IS as text          | {\"00200013\":{\"vr\":\"IS\",\"Value\":[\"12a\"]}}  | BAD_VALUE | 32",
        "US out of range     | {\"00280010\":{\"vr\":\"US\",\"Value\":[70000]}}  | BAD_VALUE | 32",
        "US huge exponent    | {\"00280010\":{\"vr\":\"US\",\"Value\":[1e999999999]}}  | BAD_VALUE | 32",
        "FD not a number     | {\"00186028\":{\"vr\":\"FD\",\"Value\":[\"1.5x\"]}}  | BAD_VALUE | 32",
        "FD as object        | {\"00186028\":{\"vr\":\"FD\",\"Value\":[{}]}}  | BAD_VALUE | 32",
        "AT not hex          | {\"00209165\":{\"vr\":\"AT\",\"Value\":[\"0010001\"]}}  | BAD_VALUE | 32",
        "bad base64          | {\"7FE00010\":{\"vr\":\"OW\",\"InlineBinary\":\"AQ$D\"}}  | BAD_VALUE | 38",
        "inline for text     | {\"00100010\":{\"vr\":\"PN\",\"InlineBinary\":\"AQID\"}}  | BAD_JSON  | 38",
        "value for OB        | {\"7FE00010\":{\"vr\":\"OB\",\"Value\":[1]}}  | BAD_JSON  | 31",
        "two values          | {\"7FE00010\":{\"vr\":\"OB\",\"InlineBinary\":\"AQID\",\"BulkDataURI\":\"x\"}}  | BAD_JSON  | 59",
        "item not object     | {\"00081140\":{\"vr\":\"SQ\",\"Value\":[1]}}  | BAD_JSON  | 32",
        "PN unknown group    | {\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Kanji\":\"x\"}]}}  | BAD_JSON  | 41",
        "duplicate member    | {\"00100010\":{\"vr\":\"PN\"},\"00100010\":{\"vr\":\"PN\"}}  | BAD_JSON  | 24",
    })
    void malformedInputIsRefused(String name, String json, Problem problem, long offset) {
        DicomFormatException e = failure(json);
        assertEquals(problem, e.problem(), e.getMessage());
        assertEquals(offset, e.offset(), e.getMessage());
    }

    @Test
    void deepNestingIsRefusedNotOverflowed() {
        String deep = "{\"00081140\":{\"vr\":\"SQ\",\"Value\":[".repeat(200);
        DicomFormatException e = failure(deep);
        assertEquals(Problem.BAD_JSON, e.problem());
        assertTrue(e.offset() > 0);
    }

    @Test
    void arraysMustHoldObjects() {
        DicomFormatException e = assertThrows(DicomFormatException.class,
                () -> DicomJsonReader.readArray(new ByteArrayInputStream("[{}, 3]".getBytes(StandardCharsets.UTF_8))));
        assertEquals(Problem.BAD_JSON, e.problem());
        assertEquals(5, e.offset());
        assertThrows(DicomFormatException.class,
                () -> DicomJsonReader.readArray(new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void nullsAndEmptyValuesAreAccepted() throws Exception {
        var ds = DicomJsonReader.read(new ByteArrayInputStream(("{\"00100010\":{\"vr\":\"PN\",\"Value\":[null]},"
                + "\"00280010\":{\"vr\":\"US\",\"Value\":[]},\"00081140\":{\"vr\":\"SQ\",\"Value\":null},"
                + "\"00200013\":{\"vr\":\"IS\",\"Value\":[\" 42 \"]}}").getBytes(StandardCharsets.UTF_8)));
        assertEquals(4, ds.size());
        assertTrue(ds.getString(0x00100010).isEmpty());
        assertEquals(42, ds.getInt(0x00200013, 0));
    }
}
