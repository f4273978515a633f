package org.lumen.viewer.protocol;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The JSON form of a protocol (ADR 0013): reading with errors that name the field, and writing. */
final class ProtocolJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Set<String> TOP = Set.of("format", "name", "match", "layout", "viewports");
    private static final Set<String> MATCH = Set.of("modality", "bodyPart", "studyDescription", "seriesDescription", "minPriors", "maxPriors");
    private static final Set<String> VIEWPORT = Set.of("prior", "modality", "description", "orientation", "seriesNumber");
    static final int FORMAT = 1;

    private ProtocolJson() {}

    static HangingProtocol read(String json) throws java.io.IOException {
        JsonNode root = MAPPER.readTree(json);
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("a protocol file holds one JSON object");
        }
        known(root, TOP, "the protocol");
        int format = integer(root, "format", FORMAT);
        if (format != FORMAT) {
            throw new IllegalArgumentException("format " + format + " is not known (this Lumen reads format " + FORMAT + ")");
        }
        JsonNode m = root.path("match");
        known(m, MATCH, "\"match\"");
        StudyRule match = new StudyRule(text(m, "modality"), text(m, "bodyPart"), text(m, "studyDescription"),
                text(m, "seriesDescription"), integer(m, "minPriors", 0), integer(m, "maxPriors", -1));
        List<ViewportRule> viewports = new ArrayList<>();
        JsonNode list = root.path("viewports");
        if (!list.isMissingNode() && !list.isArray()) {
            throw new IllegalArgumentException("\"viewports\" must be a list");
        }
        for (JsonNode v : list) {
            known(v, VIEWPORT, "viewport " + (viewports.size() + 1));
            viewports.add(new ViewportRule(integer(v, "prior", 0), text(v, "modality"), text(v, "description"),
                    orientation(text(v, "orientation")), integer(v, "seriesNumber", 0)));
        }
        return new HangingProtocol(text(root, "name"), match, text(root, "layout"), viewports);
    }

    static String write(HangingProtocol p) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("name", p.name());
        ObjectNode m = root.putObject("match");
        StudyRule r = p.match();
        putText(m, "modality", r.modality());
        putText(m, "bodyPart", r.bodyPart());
        putText(m, "studyDescription", r.studyDescription());
        putText(m, "seriesDescription", r.seriesDescription());
        m.put("minPriors", r.minPriors());
        m.put("maxPriors", r.maxPriors());
        root.put("layout", p.layout());
        ArrayNode vs = root.putArray("viewports");
        for (ViewportRule v : p.viewports()) {
            ObjectNode o = vs.addObject();
            o.put("prior", v.prior());
            putText(o, "modality", v.modality());
            putText(o, "description", v.description());
            if (v.orientation() != PlaneOrientation.ANY) {
                o.put("orientation", v.orientation().name().toLowerCase(Locale.ROOT));
            }
            if (v.seriesNumber() != 0) {
                o.put("seriesNumber", v.seriesNumber());
            }
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void putText(ObjectNode node, String field, String value) {
        if (!value.isBlank()) {
            node.put(field, value);
        }
    }

    private static void known(JsonNode node, Set<String> fields, String where) {
        if (node.isMissingNode()) {
            return;
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException(where + " must be a JSON object");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!fields.contains(name)) {
                throw new IllegalArgumentException("unknown field \"" + name + "\" in " + where + " (known: " + String.join(", ",
                        fields.stream().sorted().toList()) + ")");
            }
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return "";
        }
        if (!v.isTextual()) {
            throw new IllegalArgumentException("\"" + field + "\" must be text, not " + v);
        }
        return v.asText();
    }

    private static int integer(JsonNode node, String field, int absent) {
        JsonNode v = node.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return absent;
        }
        if (!v.isIntegralNumber()) {
            throw new IllegalArgumentException("\"" + field + "\" must be a whole number, not " + v);
        }
        return v.asInt();
    }

    private static PlaneOrientation orientation(String text) {
        if (text.isBlank()) {
            return PlaneOrientation.ANY;
        }
        try {
            return PlaneOrientation.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"orientation\" must be axial, coronal, sagittal, oblique or any, not \"" + text + "\"", e);
        }
    }
}
