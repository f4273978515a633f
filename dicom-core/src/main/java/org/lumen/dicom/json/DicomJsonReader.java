package org.lumen.dicom.json;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import org.lumen.dicom.DataSet;
import org.lumen.dicom.DicomFormatException;
import org.lumen.dicom.DicomFormatException.Problem;

/**
 * Reads DICOM JSON (PS3.18 Annex F) with Jackson's streaming parser: one object, or an array of
 * objects as QIDO-RS and metadata responses hold, or such an array item by item for responses too
 * large to hold at once. Values become the bytes a Part 10 file would hold, little endian; text is
 * encoded as described in {@link DataSetBuilder} (the declared character set, else UTF-8 with
 * (0008,0005) set to ISO_IR 192). Attributes given by "BulkDataURI" are kept with an empty value,
 * their URIs in {@link JsonDataSet#bulkDataUris()}.
 *
 * <p>Input that is not JSON, or not the model of Annex F, throws {@link DicomFormatException}
 * (BAD_JSON, or BAD_VALUE for a value that does not fit its VR, or BAD_VR) with the offset where
 * the problem lies: a byte offset for a stream. Stateless and thread-safe; the caller closes the
 * stream.
 */
public final class DicomJsonReader {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(JsonNode.MAX_DEPTH + 10).build())
            .build();

    private DicomJsonReader() {}

    /** Reads one DICOM JSON object. */
    public static DataSet read(InputStream in) throws IOException {
        return readWithBulkData(in).dataSet();
    }

    /** Reads one DICOM JSON object, keeping the Bulk Data URIs it names. */
    public static JsonDataSet readWithBulkData(InputStream in) throws IOException {
        try (JsonParser parser = parser(in)) {
            JsonToken first = JsonNode.next(parser);
            if (first != JsonToken.START_OBJECT) {
                throw new DicomFormatException(Problem.BAD_JSON, JsonNode.offsetOf(parser.currentTokenLocation()),
                        "expected a DICOM JSON object but found " + first);
            }
            JsonDataSet dataSet = DataSetBuilder.build(JsonNode.read(parser, 0));
            expectEnd(parser);
            return dataSet;
        }
    }

    /** Reads a JSON array of DICOM JSON objects. */
    public static List<DataSet> readArray(InputStream in) throws IOException {
        List<DataSet> dataSets = new ArrayList<>();
        readArray(in, each -> dataSets.add(each.dataSet()));
        return dataSets;
    }

    /**
     * Reads a JSON array of DICOM JSON objects and hands each to {@code each} as soon as it is
     * parsed, so that only one object is in memory at a time. An error after some objects were
     * handed over throws after them.
     */
    public static void readArray(InputStream in, Consumer<JsonDataSet> each) throws IOException {
        Objects.requireNonNull(each, "each");
        try (JsonParser parser = parser(in)) {
            JsonToken first = JsonNode.next(parser);
            if (first != JsonToken.START_ARRAY) {
                throw new DicomFormatException(Problem.BAD_JSON, JsonNode.offsetOf(parser.currentTokenLocation()),
                        "expected a JSON array of DICOM JSON objects but found " + first);
            }
            while (JsonNode.next(parser) != JsonToken.END_ARRAY) {
                if (parser.currentToken() != JsonToken.START_OBJECT) {
                    throw new DicomFormatException(Problem.BAD_JSON, JsonNode.offsetOf(parser.currentTokenLocation()),
                            "expected a DICOM JSON object in the array but found " + parser.currentToken());
                }
                each.accept(DataSetBuilder.build(JsonNode.read(parser, 1)));
            }
            expectEnd(parser);
        }
    }

    private static JsonParser parser(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        JsonParser parser = FACTORY.createParser(in);
        parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
        return parser;
    }

    private static void expectEnd(JsonParser parser) throws IOException {
        JsonToken trailing;
        try {
            trailing = parser.nextToken();
        } catch (com.fasterxml.jackson.core.exc.StreamReadException e) {
            throw new DicomFormatException(Problem.BAD_JSON, JsonNode.offsetOf(e.getLocation()), e.getOriginalMessage(), e);
        }
        if (trailing != null) {
            throw new DicomFormatException(Problem.BAD_JSON, JsonNode.offsetOf(parser.currentTokenLocation()),
                    "unexpected " + trailing + " after the end of the DICOM JSON");
        }
    }
}
