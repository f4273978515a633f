package org.lumen.dicom.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import org.junit.jupiter.api.Test;
import org.lumen.dicom.DataSet;
import org.lumen.dicom.DicomElement;
import org.lumen.dicom.Value;

/** pydicom's DICOM JSON samples read to the values pydicom's Dataset.from_json gives. */
class DicomJsonPydicomTest {
    private static final List<String> FILES = List.of("test1.json", "test_PN.json");

    @Test
    void valuesMatchPydicom() throws Exception {
        List<String> paths = FILES.stream().map(f -> PythonScript.TEST_FILES.resolve(f).toString()).toList();
        JsonNode.Obj expected = (JsonNode.Obj) parse(PythonScript.run("pydicom_json_values.py", paths));
        for (String path : paths) {
            JsonDataSet ours;
            try (InputStream in = Files.newInputStream(Path.of(path))) {
                ours = DicomJsonReader.readWithBulkData(in);
            }
            Map<String, String> actual = new LinkedHashMap<>();
            flatten(ours, ours.dataSet(), "", new ArrayList<>(), actual);
            Map<String, String> reference = new LinkedHashMap<>();
            for (JsonNode entry : ((JsonNode.Arr) expected.members().get(path)).elements()) {
                Map<String, JsonNode> e = ((JsonNode.Obj) entry).members();
                String vr = text(e.get("vr"));
                String value = text(e.get("text"));
                if (List.of("US", "SS", "UL", "SL", "FL", "FD").contains(vr)) {
                    // a null among binary numbers is left out by our reader (documented in NumberValues)
                    value = value.replace("\\None", "");
                }
                reference.put(text(e.get("path")), vr + " " + value);
            }
            assertTrue(reference.size() > 5, path);
            assertEquals(reference, actual, path);
        }
    }

    private static void flatten(JsonDataSet root, DataSet dataSet, String prefix, List<Integer> steps, Map<String, String> out) {
        for (DicomElement element : dataSet) {
            String path = prefix + org.lumen.dicom.Tag.toHex(element.tag());
            List<Integer> elementSteps = new ArrayList<>(steps);
            elementSteps.add(element.tag());
            if (element.value() instanceof Value.Sequence sequence) {
                out.put(path, "SQ items=" + sequence.items().size());
                for (int i = 0; i < sequence.items().size(); i++) {
                    List<Integer> itemSteps = new ArrayList<>(elementSteps);
                    itemSteps.add(i);
                    flatten(root, sequence.items().get(i), path + "[" + i + "].", itemSteps, out);
                }
            } else if (root.bulkDataUris().containsKey(new ElementPath(elementSteps))) {
                out.put(path, element.vr() + " bulk");
            } else {
                out.put(path, element.vr() + " " + String.join("\\", dataSet.getStrings(element.tag())));
            }
        }
    }

    static JsonNode parse(byte[] json) throws IOException {
        try (JsonParser parser = new JsonFactory().createParser(new ByteArrayInputStream(json))) {
            JsonNode.next(parser);
            return JsonNode.read(parser, 0);
        }
    }

    private static String text(JsonNode node) {
        return ((JsonNode.Text) node).value();
    }
}
