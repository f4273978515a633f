package org.lumen.dicomweb.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the top-level string and number members of one JSON object (token responses, OAuth error
 * answers, OpenID provider metadata); nested arrays and objects are skipped. Stateless.
 */
final class FlatJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private FlatJson() {}

    /** The members, or an {@link IOException} naming the offset when the text is not a JSON object. */
    static Map<String, String> read(byte[] json) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (JsonParser p = FACTORY.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a JSON object at offset " + p.currentTokenLocation().getByteOffset());
            }
            for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                if (t != JsonToken.FIELD_NAME) {
                    throw new IOException("bad JSON object at offset " + p.currentTokenLocation().getByteOffset());
                }
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (value == JsonToken.VALUE_STRING || value == JsonToken.VALUE_NUMBER_INT
                        || value == JsonToken.VALUE_NUMBER_FLOAT) {
                    out.put(name, p.getText());
                } else if (value == JsonToken.START_ARRAY || value == JsonToken.START_OBJECT) {
                    p.skipChildren();
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException("malformed JSON at offset " + e.getLocation().getByteOffset(), e);
        }
        return out;
    }
}
