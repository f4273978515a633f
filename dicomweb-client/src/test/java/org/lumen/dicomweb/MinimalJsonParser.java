package org.lumen.dicomweb;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.lumen.dicom.DataSet;
import org.lumen.dicom.VR;

/**
 * Test stand-in for the project's DICOM JSON reader: only what the client tests need (string
 * values, person names' Alphabetic group), skipping everything else.
 */
final class MinimalJsonParser implements JsonDataSetParser {
    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public List<DataSet> parseArray(InputStream in) throws IOException {
        List<DataSet> result = new ArrayList<>();
        try (JsonParser p = JSON.createParser(in)) {
            p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            expect(p.nextToken(), JsonToken.START_ARRAY, p);
            while (p.nextToken() == JsonToken.START_OBJECT) {
                DataSet ds = new DataSet();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    int tag = (int) Long.parseLong(p.currentName(), 16);
                    expect(p.nextToken(), JsonToken.START_OBJECT, p);
                    VR vr = VR.UN;
                    List<String> values = new ArrayList<>();
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String field = p.currentName();
                        JsonToken t = p.nextToken();
                        if (field.equals("vr")) {
                            vr = VR.valueOf(p.getText());
                        } else if (field.equals("Value") && t == JsonToken.START_ARRAY) {
                            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                                if (t == JsonToken.START_OBJECT) {
                                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                                        String name = p.currentName();
                                        p.nextToken();
                                        if (name.equals("Alphabetic")) {
                                            values.add(p.getText());
                                        } else {
                                            p.skipChildren();
                                        }
                                    }
                                } else {
                                    values.add(p.getText());
                                }
                            }
                        } else {
                            p.skipChildren();
                        }
                    }
                    if (!values.isEmpty() && vr.isString()) {
                        ds.setString(tag, vr, values.toArray(String[]::new));
                    }
                }
                result.add(ds);
            }
        }
        return result;
    }

    private static void expect(JsonToken actual, JsonToken wanted, JsonParser p) throws IOException {
        if (actual != wanted) {
            throw new com.fasterxml.jackson.core.JsonParseException(p, "expected " + wanted + ", got " + actual);
        }
    }
}
