package org.lumen.dicom.json;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lumen.dicom.DataSet;
import org.lumen.dicom.DicomFormatException;
import org.lumen.dicom.DicomFormatException.Problem;
import org.lumen.dicom.Tag;
import org.lumen.dicom.VR;
import org.lumen.dicom.Value;
import org.lumen.dicom.charset.SpecificCharacterSet;

/**
 * Turns the JSON tree of one DICOM JSON object (PS3.18 Annex F) into a {@link DataSet}. Text is
 * encoded with the Specific Character Set the object declares where that holds every character;
 * otherwise the whole data set is rebuilt in UTF-8 with (0008,0005) set to ISO_IR 192 (JSON
 * text is Unicode, and no character is dropped). One builder per object; not thread-safe.
 */
final class DataSetBuilder {
    private static final String UTF8_TERM = "ISO_IR 192";

    private final boolean forceUtf8;
    private final Map<ElementPath, String> bulkDataUris = new HashMap<>();
    private boolean needsUtf8;

    private DataSetBuilder(boolean forceUtf8) {
        this.forceUtf8 = forceUtf8;
    }

    /** Builds the data set of a top-level JSON object. */
    static JsonDataSet build(JsonNode node) throws DicomFormatException {
        DataSetBuilder first = new DataSetBuilder(false);
        DataSet dataSet = first.dataSet(node, SpecificCharacterSet.DEFAULT, List.of(), true);
        if (!first.needsUtf8) {
            return new JsonDataSet(dataSet, first.bulkDataUris);
        }
        DataSetBuilder utf8 = new DataSetBuilder(true);
        return new JsonDataSet(utf8.dataSet(node, SpecificCharacterSet.DEFAULT, List.of(), true), utf8.bulkDataUris);
    }

    private DataSet dataSet(JsonNode node, SpecificCharacterSet inherited, List<Integer> prefix, boolean top)
            throws DicomFormatException {
        if (!(node instanceof JsonNode.Obj object)) {
            throw new DicomFormatException(Problem.BAD_JSON, node.offset(), "a data set must be a JSON object");
        }
        DataSet dataSet = new DataSet();
        SpecificCharacterSet charset = inherited;
        JsonNode declared = object.members().get("00080005");
        if (declared != null) {
            element(dataSet, Tag.SpecificCharacterSet, declared, SpecificCharacterSet.DEFAULT, prefix);
            charset = SpecificCharacterSet.of(String.join("\\", dataSet.getStrings(Tag.SpecificCharacterSet)));
        }
        if (forceUtf8 && (top || declared != null)) {
            dataSet.setString(Tag.SpecificCharacterSet, VR.CS, UTF8_TERM);
            charset = SpecificCharacterSet.of(UTF8_TERM);
        }
        for (Map.Entry<String, JsonNode> member : object.members().entrySet()) {
            int tag = tagOf(member.getKey(), member.getValue());
            if (tag != Tag.SpecificCharacterSet) {
                element(dataSet, tag, member.getValue(), charset, prefix);
            }
        }
        return dataSet;
    }

    private static int tagOf(String key, JsonNode node) throws DicomFormatException {
        if (key.length() == 8) {
            try {
                return Integer.parseUnsignedInt(key, 16);
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new DicomFormatException(Problem.BAD_JSON, node.offset(), "\"" + key + "\" is not a tag of eight hex digits");
    }

    private void element(DataSet dataSet, int tag, JsonNode node, SpecificCharacterSet charset, List<Integer> prefix)
            throws DicomFormatException {
        if (!(node instanceof JsonNode.Obj attribute)) {
            throw new DicomFormatException(Problem.BAD_JSON, node.offset(), Tag.toString(tag) + " must be a JSON object");
        }
        VR vr = vrOf(tag, attribute);
        JsonNode value = null;
        String kind = null;
        for (Map.Entry<String, JsonNode> member : attribute.members().entrySet()) {
            switch (member.getKey()) {
                case "vr" -> { }
                case "Value", "InlineBinary", "BulkDataURI" -> {
                    if (value != null) {
                        throw new DicomFormatException(Problem.BAD_JSON, member.getValue().offset(),
                                Tag.toString(tag) + " has both " + kind + " and " + member.getKey());
                    }
                    value = member.getValue();
                    kind = member.getKey();
                }
                default -> throw new DicomFormatException(Problem.BAD_JSON, member.getValue().offset(),
                        Tag.toString(tag) + " has an unknown member \"" + member.getKey() + "\"");
            }
        }
        List<Integer> path = new ArrayList<>(prefix);
        path.add(tag);
        if (value == null || value instanceof JsonNode.Null) {
            dataSet.put(tag, vr, vr == VR.SQ ? new Value.Sequence(List.of()) : Value.Bytes.EMPTY);
            return;
        }
        switch (kind) {
            case "BulkDataURI" -> {
                if (!(value instanceof JsonNode.Text uri) || vr == VR.SQ) {
                    throw new DicomFormatException(Problem.BAD_JSON, value.offset(), Tag.toString(tag) + ": BulkDataURI must be a string, and not for SQ");
                }
                bulkDataUris.put(new ElementPath(path), uri.value());
                dataSet.put(tag, vr, Value.Bytes.EMPTY);
            }
            case "InlineBinary" -> dataSet.put(tag, vr, Value.Bytes.of(inlineBinary(tag, vr, value)));
            default -> values(dataSet, tag, vr, value, charset, path);
        }
    }

    private static VR vrOf(int tag, JsonNode.Obj attribute) throws DicomFormatException {
        JsonNode node = attribute.members().get("vr");
        if (!(node instanceof JsonNode.Text text)) {
            throw new DicomFormatException(Problem.BAD_JSON, attribute.offset(), Tag.toString(tag) + " has no \"vr\" string");
        }
        return VR.fromCode(text.value()).orElseThrow(() -> new DicomFormatException(Problem.BAD_VR, node.offset(),
                Tag.toString(tag) + " has an unknown VR \"" + text.value() + "\""));
    }

    private static byte[] inlineBinary(int tag, VR vr, JsonNode value) throws DicomFormatException {
        if (!(value instanceof JsonNode.Text text) || vr.isString() || vr == VR.SQ) {
            throw new DicomFormatException(Problem.BAD_JSON, value.offset(), Tag.toString(tag) + ": InlineBinary must be a base64 string of a binary VR");
        }
        try {
            return padded(Base64.getMimeDecoder().decode(strictBase64(text.value())), vr);
        } catch (IllegalArgumentException e) {
            throw new DicomFormatException(Problem.BAD_VALUE, value.offset(), Tag.toString(tag) + ": InlineBinary is not base64: " + e.getMessage());
        }
    }

    private static String strictBase64(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/' || c == '='
                    || c == '\r' || c == '\n';
            if (!ok) {
                throw new IllegalArgumentException("character " + (int) c + " at " + i);
            }
        }
        return text;
    }

    private void values(DataSet dataSet, int tag, VR vr, JsonNode value, SpecificCharacterSet charset, List<Integer> path)
            throws DicomFormatException {
        if (!(value instanceof JsonNode.Arr array)) {
            throw new DicomFormatException(Problem.BAD_JSON, value.offset(), Tag.toString(tag) + ": \"Value\" must be an array");
        }
        List<JsonNode> elements = array.elements();
        if (vr == VR.SQ) {
            List<DataSet> items = new ArrayList<>(elements.size());
            for (int i = 0; i < elements.size(); i++) {
                List<Integer> prefix = new ArrayList<>(path);
                prefix.add(i);
                items.add(dataSet(elements.get(i), charset, prefix, false));
            }
            dataSet.put(tag, vr, new Value.Sequence(items));
            return;
        }
        if (vr.isString()) {
            String text = TextValues.join(vr, elements, tag);
            if (vr.usesSpecificCharacterSet() && !encodable(charset, text, vr)) {
                needsUtf8 = true;
            }
            byte[] bytes = vr.usesSpecificCharacterSet() ? charset.encode(text, vr) : text.getBytes(StandardCharsets.ISO_8859_1);
            dataSet.put(tag, vr, Value.Bytes.of(padded(bytes, vr)));
            return;
        }
        switch (vr) {
            case US, SS, UL, SL, SV, UV, FL, FD, AT -> dataSet.put(tag, vr, Value.Bytes.of(NumberValues.encode(vr, elements, tag)));
            default -> throw new DicomFormatException(Problem.BAD_JSON, value.offset(),
                    Tag.toString(tag) + ": " + vr + " takes InlineBinary or BulkDataURI, not \"Value\"");
        }
    }

    private static boolean encodable(SpecificCharacterSet charset, String text, VR vr) {
        if (charset.terms().isEmpty()) {
            return text.chars().allMatch(c -> c < 0x80);
        }
        return charset.canEncode(text, vr);
    }

    static byte[] padded(byte[] bytes, VR vr) {
        if ((bytes.length & 1) == 0) {
            return bytes;
        }
        byte[] copy = Arrays.copyOf(bytes, bytes.length + 1);
        copy[bytes.length] = (byte) vr.paddingByte();
        return copy;
    }
}
