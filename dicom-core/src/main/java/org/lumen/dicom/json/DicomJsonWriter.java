package org.lumen.dicom.json;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.lumen.dicom.DataSet;
import org.lumen.dicom.DicomElement;
import org.lumen.dicom.Tag;
import org.lumen.dicom.VR;
import org.lumen.dicom.Value;

/**
 * Writes data sets as DICOM JSON (PS3.18 Annex F): each attribute as {"vr", "Value"} with strings,
 * numbers, person name objects (Alphabetic, Ideographic, Phonetic) or items; binary VRs as
 * base64 "InlineBinary" in little endian; attributes of a {@link JsonDataSet} that were given by
 * reference as "BulkDataURI". IS and DS are written as described in {@link TextValues}: JSON
 * numbers with the DICOM text verbatim where that is valid JSON, strings otherwise. FL and FD
 * values that are not finite are written as the strings "NaN", "Infinity", "-Infinity"; SV and UV
 * beyond 2^53 as strings, since JSON readers lose precision above that. Encapsulated pixel data is
 * written as InlineBinary holding its items (PS3.5 A.4), little endian. An empty value has no
 * "Value". Lazily read values ({@link Value.Bulk}) are read from their file while writing.
 * Stateless and thread-safe; the caller closes the stream.
 */
public final class DicomJsonWriter {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final long JSON_SAFE_INTEGER = 1L << 53;

    private DicomJsonWriter() {}

    public static void write(DataSet dataSet, OutputStream out, JsonOptions options) throws IOException {
        write(JsonDataSet.of(dataSet), out, options);
    }

    public static void write(DataSet dataSet, Writer out, JsonOptions options) throws IOException {
        write(JsonDataSet.of(dataSet), out, options);
    }

    /** Writes one data set, its referenced attributes as "BulkDataURI". */
    public static void write(JsonDataSet dataSet, OutputStream out, JsonOptions options) throws IOException {
        try (JsonGenerator generator = generator(FACTORY.createGenerator(out, JsonEncoding.UTF8), options)) {
            writeObject(generator, dataSet.dataSet(), dataSet.bulkDataUris(), List.of(), options);
        }
    }

    public static void write(JsonDataSet dataSet, Writer out, JsonOptions options) throws IOException {
        try (JsonGenerator generator = generator(FACTORY.createGenerator(out), options)) {
            writeObject(generator, dataSet.dataSet(), dataSet.bulkDataUris(), List.of(), options);
        }
    }

    /** Writes a JSON array of data sets, as QIDO-RS and metadata responses hold. */
    public static void writeArray(List<DataSet> dataSets, OutputStream out, JsonOptions options) throws IOException {
        try (JsonGenerator generator = generator(FACTORY.createGenerator(out, JsonEncoding.UTF8), options)) {
            generator.writeStartArray();
            for (DataSet dataSet : dataSets) {
                writeObject(generator, dataSet, Map.of(), List.of(), options);
            }
            generator.writeEndArray();
        }
    }

    private static JsonGenerator generator(JsonGenerator generator, JsonOptions options) {
        generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return options.pretty() ? generator.useDefaultPrettyPrinter() : generator;
    }

    /** Writes a data set; {@code itemPrefix} is the path to it: sequence tags and item indexes, empty at the top. */
    private static void writeObject(JsonGenerator out, DataSet dataSet, Map<ElementPath, String> uris, List<Integer> itemPrefix,
            JsonOptions options) throws IOException {
        out.writeStartObject();
        for (DicomElement element : dataSet) {
            int tag = element.tag();
            if (options.omitPixelData() && (tag == Tag.PixelData || tag == Tag.FloatPixelData || tag == Tag.DoubleFloatPixelData)) {
                continue;
            }
            out.writeFieldName(Tag.toHex(tag));
            out.writeStartObject();
            out.writeStringField("vr", element.vr().name());
            List<Integer> steps = new ArrayList<>(itemPrefix);
            steps.add(tag);
            ElementPath path = new ElementPath(steps);
            String uri = uris.isEmpty() ? null : uris.get(path);
            if (uri != null) {
                out.writeStringField("BulkDataURI", uri);
            } else {
                writeValue(out, dataSet, element, uris, path, options);
            }
            out.writeEndObject();
        }
        out.writeEndObject();
    }

    private static void writeValue(JsonGenerator out, DataSet dataSet, DicomElement element, Map<ElementPath, String> uris,
            ElementPath path, JsonOptions options) throws IOException {
        VR vr = element.vr();
        switch (element.value()) {
            case Value.Sequence sequence -> {
                if (sequence.items().isEmpty()) {
                    return;
                }
                out.writeArrayFieldStart("Value");
                for (int i = 0; i < sequence.items().size(); i++) {
                    List<Integer> itemPrefix = new ArrayList<>(path.steps());
                    itemPrefix.add(i);
                    writeObject(out, sequence.items().get(i), uris, itemPrefix, options);
                }
                out.writeEndArray();
            }
            case Value.Fragments fragments -> writeBinary(out, Encapsulation.bytes(fragments), ByteOrder.LITTLE_ENDIAN, vr);
            case Value.Bulk bulk -> writeBinary(out, bulk.data().read(), bulk.order(), vr);
            case Value.Bytes bytes -> {
                if (bytes.data().length == 0) {
                    return;
                }
                if (vr.isString()) {
                    writeStrings(out, dataSet, element.tag(), vr);
                } else if (vr == VR.AT || vr == VR.US || vr == VR.SS || vr == VR.UL || vr == VR.SL || vr == VR.SV
                        || vr == VR.UV || vr == VR.FL || vr == VR.FD) {
                    writeNumbers(out, bytes, vr);
                } else {
                    writeBinary(out, bytes.data(), bytes.order(), vr);
                }
            }
        }
    }

    private static void writeStrings(JsonGenerator out, DataSet dataSet, int tag, VR vr) throws IOException {
        List<String> values = dataSet.getStrings(tag);
        if (values.stream().allMatch(String::isEmpty)) {
            return;
        }
        out.writeArrayFieldStart("Value");
        for (String value : values) {
            if (value.isEmpty()) {
                out.writeNull();
            } else if (vr == VR.PN) {
                String[] groups = TextValues.personNameGroups(value);
                out.writeStartObject();
                for (int i = 0; i < groups.length; i++) {
                    if (!groups[i].isEmpty()) {
                        out.writeStringField(TextValues.PN_GROUPS[i], groups[i]);
                    }
                }
                out.writeEndObject();
            } else if ((vr == VR.IS || vr == VR.DS) && TextValues.isJsonNumber(value)) {
                out.writeNumber(value);
            } else {
                out.writeString(value);
            }
        }
        out.writeEndArray();
    }

    private static void writeNumbers(JsonGenerator out, Value.Bytes bytes, VR vr) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes.data()).order(bytes.order());
        int width = vr.bytesPerValue();
        out.writeArrayFieldStart("Value");
        while (buffer.remaining() >= width) {
            switch (vr) {
                case AT -> out.writeString(Tag.toHex((buffer.getShort() & 0xFFFF) << 16 | (buffer.getShort() & 0xFFFF)));
                case US -> out.writeNumber(buffer.getShort() & 0xFFFF);
                case SS -> out.writeNumber(buffer.getShort());
                case UL -> out.writeNumber(buffer.getInt() & 0xFFFFFFFFL);
                case SL -> out.writeNumber(buffer.getInt());
                case SV -> {
                    long v = buffer.getLong();
                    if (Math.abs(v) <= JSON_SAFE_INTEGER && v != Long.MIN_VALUE) {
                        out.writeNumber(v);
                    } else {
                        out.writeString(Long.toString(v));
                    }
                }
                case UV -> {
                    long v = buffer.getLong();
                    if (v >= 0 && v <= JSON_SAFE_INTEGER) {
                        out.writeNumber(v);
                    } else {
                        out.writeString(Long.toUnsignedString(v));
                    }
                }
                case FL -> writeDouble(out, buffer.getFloat(), true);
                default -> writeDouble(out, buffer.getDouble(), false);
            }
        }
        out.writeEndArray();
    }

    private static void writeDouble(JsonGenerator out, double v, boolean single) throws IOException {
        if (!Double.isFinite(v)) {
            out.writeString(Double.isNaN(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity");
        } else if (single) {
            out.writeNumber((float) v);
        } else {
            out.writeNumber(v);
        }
    }

    private static void writeBinary(JsonGenerator out, byte[] data, ByteOrder order, VR vr) throws IOException {
        if (data.length == 0) {
            return;
        }
        byte[] little = data;
        int width = vr.bytesPerValue();
        if (order == ByteOrder.BIG_ENDIAN && width > 1) {
            little = data.clone();
            for (int i = 0; i + width <= little.length; i += width) {
                for (int j = 0; j < width / 2; j++) {
                    byte t = little[i + j];
                    little[i + j] = little[i + width - 1 - j];
                    little[i + width - 1 - j] = t;
                }
            }
        }
        out.writeStringField("InlineBinary", Base64.getEncoder().encodeToString(little));
    }
}
