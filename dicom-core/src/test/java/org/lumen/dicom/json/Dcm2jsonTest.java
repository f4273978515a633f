package org.lumen.dicom.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * dcmtk's dcm2json output for pydicom's test files, read by our reader and written by our writer,
 * has the same structure and values: the same attributes, VRs, numbers (compared as numbers),
 * strings, person name groups, items and inline binary bytes. Only formatting may differ.
 */
class Dcm2jsonTest {

    @ParameterizedTest
    @ValueSource(strings = {"rtplan.dcm", "rtstruct.dcm", "CT_small.dcm", "MR_small.dcm", "nested_priv_SQ.dcm",
            "test-SR.dcm", "waveform_ecg.dcm", "rtdose.dcm", "SC_rgb_small_odd.dcm"})
    void ourJsonMatchesDcmtks(String file) throws Exception {
        byte[] dcmtk = PythonScript.command(List.of("dcm2json", PythonScript.TEST_FILES.resolve(file).toString()));
        JsonDataSet read = DicomJsonReader.readWithBulkData(new ByteArrayInputStream(dcmtk));
        assertTrue(read.dataSet().size() > 0, file);
        ByteArrayOutputStream ours = new ByteArrayOutputStream();
        DicomJsonWriter.write(read, ours, JsonOptions.DEFAULT);
        List<String> differences = new ArrayList<>();
        compare(DicomJsonPydicomTest.parse(dcmtk), DicomJsonPydicomTest.parse(ours.toByteArray()), "", "", differences);
        assertEquals(List.of(), differences, file);
    }

    /** Compares two JSON trees; {@code vr} is the VR of the attribute whose values these are, if any. */
    private static void compare(JsonNode expected, JsonNode actual, String where, String vr, List<String> differences) {
        switch (expected) {
            case JsonNode.Obj e when actual instanceof JsonNode.Obj a -> {
                if (!e.members().keySet().equals(a.members().keySet())) {
                    differences.add(where + ": members " + e.members().keySet() + " vs " + a.members().keySet());
                    return;
                }
                String memberVr = e.members().get("vr") instanceof JsonNode.Text t ? t.value() : "";
                for (Map.Entry<String, JsonNode> member : e.members().entrySet()) {
                    String key = member.getKey();
                    if (key.equals("InlineBinary")) {
                        String x = ((JsonNode.Text) member.getValue()).value();
                        String y = ((JsonNode.Text) a.members().get(key)).value();
                        if (!java.util.Arrays.equals(Base64.getMimeDecoder().decode(x), Base64.getMimeDecoder().decode(y))) {
                            differences.add(where + "." + key + ": bytes differ");
                        }
                    } else {
                        compare(member.getValue(), a.members().get(key), where + "." + key, memberVr, differences);
                    }
                }
            }
            case JsonNode.Arr e when actual instanceof JsonNode.Arr a -> {
                if (e.elements().size() != a.elements().size()) {
                    differences.add(where + ": " + e.elements().size() + " vs " + a.elements().size() + " values");
                    return;
                }
                for (int i = 0; i < e.elements().size(); i++) {
                    compare(e.elements().get(i), a.elements().get(i), where + "[" + i + "]", vr, differences);
                }
            }
            case JsonNode.Number e when actual instanceof JsonNode.Number a -> {
                // FL and FD: dcmtk prints more digits than the shortest form that reads back the same binary value
                boolean same = switch (vr) {
                    case "FL" -> Float.parseFloat(e.text()) == Float.parseFloat(a.text());
                    case "FD" -> Double.parseDouble(e.text()) == Double.parseDouble(a.text());
                    default -> new BigDecimal(e.text()).compareTo(new BigDecimal(a.text())) == 0;
                };
                if (!same) {
                    differences.add(where + ": " + e.text() + " vs " + a.text());
                }
            }
            case JsonNode.Text e when actual instanceof JsonNode.Text a -> {
                if (!e.value().equals(a.value())) {
                    differences.add(where + ": \"" + e.value() + "\" vs \"" + a.value() + "\"");
                }
            }
            case JsonNode.Null e when actual instanceof JsonNode.Null -> { }
            default -> differences.add(where + ": " + expected + " vs " + actual);
        }
    }
}
