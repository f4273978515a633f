package org.lumen.dicom.json;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import org.lumen.dicom.DicomFormatException;
import org.lumen.dicom.DicomFormatException.Problem;

/**
 * A parsed JSON value with the input offset where it starts: the small tree one DICOM JSON object
 * is read into before it is interpreted (members of an attribute object may come in any order, so
 * "Value" may precede "vr"). Numbers keep their text, so that DS and IS keep every digit.
 */
sealed interface JsonNode {
    /** Deepest nesting accepted; DICOM JSON nests two levels per sequence, so this allows 64 sequences. */
    int MAX_DEPTH = 130;

    long offset();

    record Text(String value, long offset) implements JsonNode {}

    record Number(String text, boolean integral, long offset) implements JsonNode {}

    record Bool(boolean value, long offset) implements JsonNode {}

    record Null(long offset) implements JsonNode {}

    record Obj(Map<String, JsonNode> members, long offset) implements JsonNode {}

    record Arr(List<JsonNode> elements, long offset) implements JsonNode {}

    /** Offset of a Jackson location: bytes for byte input, characters for character input. */
    static long offsetOf(JsonLocation location) {
        if (location == null) {
            return -1;
        }
        return location.getByteOffset() >= 0 ? location.getByteOffset() : location.getCharOffset();
    }

    /** Reads the value whose first token the parser is on. */
    static JsonNode read(JsonParser parser, int depth) throws IOException {
        long offset = offsetOf(parser.currentTokenLocation());
        if (depth > MAX_DEPTH) {
            throw new DicomFormatException(Problem.BAD_JSON, offset, "JSON nested deeper than " + MAX_DEPTH + " levels");
        }
        JsonToken token = parser.currentToken();
        if (token == null) {
            throw new DicomFormatException(Problem.BAD_JSON, offset, "JSON ends where a value belongs");
        }
        return switch (token) {
            case START_OBJECT -> {
                Map<String, JsonNode> members = new LinkedHashMap<>();
                while (next(parser) == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    long at = offsetOf(parser.currentTokenLocation());
                    next(parser);
                    if (members.put(name, read(parser, depth + 1)) != null) {
                        throw new DicomFormatException(Problem.BAD_JSON, at, "member \"" + name + "\" appears twice");
                    }
                }
                yield new Obj(members, offset);
            }
            case START_ARRAY -> {
                List<JsonNode> elements = new ArrayList<>();
                while (next(parser) != JsonToken.END_ARRAY) {
                    elements.add(read(parser, depth + 1));
                }
                yield new Arr(elements, offset);
            }
            case VALUE_STRING -> new Text(parser.getText(), offset);
            case VALUE_NUMBER_INT -> new Number(parser.getText(), true, offset);
            case VALUE_NUMBER_FLOAT -> new Number(parser.getText(), false, offset);
            case VALUE_TRUE, VALUE_FALSE -> new Bool(token == JsonToken.VALUE_TRUE, offset);
            case VALUE_NULL -> new Null(offset);
            default -> throw new DicomFormatException(Problem.BAD_JSON, offset, "unexpected JSON token " + token);
        };
    }

    /** The next token, with Jackson's errors (and the end of input) turned into BAD_JSON. */
    static JsonToken next(JsonParser parser) throws IOException {
        JsonToken token;
        try {
            token = parser.nextToken();
        } catch (StreamReadException e) {
            throw new DicomFormatException(Problem.BAD_JSON, offsetOf(e.getLocation()), e.getOriginalMessage(), e);
        }
        if (token == null) {
            throw new DicomFormatException(Problem.BAD_JSON, offsetOf(parser.currentLocation()), "JSON ends inside a value");
        }
        return token;
    }
}
