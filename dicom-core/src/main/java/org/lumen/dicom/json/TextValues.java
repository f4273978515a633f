package org.lumen.dicom.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.lumen.dicom.DecimalString;
import org.lumen.dicom.DicomFormatException;
import org.lumen.dicom.Tag;
import org.lumen.dicom.VR;

/**
 * The values of string VRs in DICOM JSON: person names as objects of component groups, IS and DS
 * as JSON numbers or strings, null for an empty value; and back.
 *
 * <p>IS and DS are written as JSON numbers carrying the DICOM text verbatim when that text is
 * valid JSON number syntax (so no digit is lost or invented), otherwise as JSON strings with the
 * text unchanged (for example "+1.5" or ".5"); a value that is not a number at all is written as a
 * string too. On reading, both forms are accepted; a string that is not a number is BAD_VALUE.
 */
final class TextValues {
    static final String[] PN_GROUPS = {"Alphabetic", "Ideographic", "Phonetic"};
    private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
    private static final Pattern IS_TEXT = Pattern.compile("[+-]?[0-9]{1,12}");
    private static final Pattern DS_TEXT = Pattern.compile("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?");

    private TextValues() {}

    /** The DICOM text of a string attribute: its values joined with backslashes. */
    static String join(VR vr, List<JsonNode> values, int tag) throws DicomFormatException {
        List<String> texts = new ArrayList<>(values.size());
        for (JsonNode node : values) {
            texts.add(switch (node) {
                case JsonNode.Null n -> "";
                case JsonNode.Obj name when vr == VR.PN -> personName(name, tag);
                case JsonNode.Text text when vr == VR.IS -> checked(text.value().trim(), IS_TEXT, vr, node, tag);
                case JsonNode.Text text when vr == VR.DS -> checked(text.value().trim(), DS_TEXT, vr, node, tag);
                case JsonNode.Text text -> text.value();
                case JsonNode.Number number when vr == VR.IS -> {
                    if (!number.integral()) {
                        throw NumberValues.bad(node, tag, number.text() + " is not an integer, as IS needs");
                    }
                    yield checked(number.text(), IS_TEXT, vr, node, tag);
                }
                case JsonNode.Number number when vr == VR.DS -> checked(number.text(), DS_TEXT, vr, node, tag);
                default -> throw NumberValues.bad(node, tag, vr + " values must be " + (vr == VR.PN ? "objects or strings" : "strings"));
            });
        }
        return String.join("\\", texts);
    }

    private static String checked(String text, Pattern pattern, VR vr, JsonNode node, int tag) throws DicomFormatException {
        if (text.isEmpty()) {
            return text;
        }
        if (!pattern.matcher(text).matches() || vr == VR.DS && !Double.isFinite(Double.parseDouble(text))) {
            throw NumberValues.bad(node, tag, "\"" + text + "\" is not a number, as " + vr + " needs");
        }
        if (vr == VR.IS) {
            long value = Long.parseLong(text.startsWith("+") ? text.substring(1) : text);
            if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
                throw NumberValues.bad(node, tag, text + " is out of range for IS");
            }
        }
        return vr == VR.DS && text.length() > 16 ? DecimalString.format(Double.parseDouble(text)) : text;
    }

    private static String personName(JsonNode.Obj name, int tag) throws DicomFormatException {
        String[] groups = {"", "", ""};
        for (Map.Entry<String, JsonNode> member : name.members().entrySet()) {
            int index = List.of(PN_GROUPS).indexOf(member.getKey());
            if (index < 0) {
                throw new DicomFormatException(DicomFormatException.Problem.BAD_JSON, member.getValue().offset(),
                        Tag.toString(tag) + ": a person name has no group \"" + member.getKey() + "\"");
            }
            if (member.getValue() instanceof JsonNode.Text text) {
                groups[index] = text.value();
            } else if (!(member.getValue() instanceof JsonNode.Null)) {
                throw NumberValues.bad(member.getValue(), tag, "a person name group must be a string");
            }
        }
        return personName(groups);
    }

    /** The DICOM form of a person name: its groups joined with '=', without trailing empty groups. */
    static String personName(String[] groups) {
        int last = groups.length - 1;
        while (last > 0 && groups[last].isEmpty()) {
            last--;
        }
        return String.join("=", List.of(groups).subList(0, last + 1));
    }

    /** The groups of a person name in DICOM form (always three, some possibly empty). */
    static String[] personNameGroups(String dicom) {
        String[] parts = dicom.split("=", -1);
        String[] groups = {"", "", ""};
        for (int i = 0; i < Math.min(3, parts.length); i++) {
            groups[i] = parts[i];
        }
        if (parts.length > 3) {
            groups[2] = String.join("=", List.of(parts).subList(2, parts.length));
        }
        return groups;
    }

    /** True when IS or DS text may be written as a JSON number without changing it. */
    static boolean isJsonNumber(String text) {
        return JSON_NUMBER.matcher(text).matches() && new BigDecimal(text).abs().compareTo(new BigDecimal("1e308")) < 0;
    }
}
