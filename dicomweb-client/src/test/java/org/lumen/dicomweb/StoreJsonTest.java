package org.lumen.dicomweb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;
import org.lumen.dicom.json.DicomJsonReader;
import org.lumen.dicom.json.ElementPath;
import org.lumen.dicom.json.JsonDataSet;
import org.lumen.dicomweb.DicomWebException.Problem;
import org.lumen.dicomweb.internal.MultipartReader;
import org.lumen.dicomweb.internal.Part;

/**
 * STOW-RS in DICOM JSON + bulk data: the request body, read back with our own multipart reader and
 * DICOM JSON reader; the checks made before sending; a 415 answer as a typed error.
 */
class StoreJsonTest extends MockServerTest {
    static final String PIXELS_URI = "http://lumen.invalid/bulk/7fe00010";
    static final String ICON_URI = "http://lumen.invalid/bulk/icon";

    /** A small secondary-capture instance whose Pixel Data is given by reference. */
    static JsonDataSet instance(String sopInstanceUid, String pixelsUri) throws Exception {
        String json = """
                {"00080016": {"vr": "UI", "Value": ["1.2.840.10008.5.1.4.1.1.7"]},
                 "00080018": {"vr": "UI", "Value": ["%s"]},
                 "00100010": {"vr": "PN", "Value": [{"Alphabetic": "Json^Store"}]},
                 "00100020": {"vr": "LO", "Value": ["JSON-1"]},
                 "0020000D": {"vr": "UI", "Value": ["1.2.826.0.1.3680043.8.498.77"]},
                 "0020000E": {"vr": "UI", "Value": ["1.2.826.0.1.3680043.8.498.77.1"]},
                 "00280002": {"vr": "US", "Value": [1]},
                 "00280004": {"vr": "CS", "Value": ["MONOCHROME2"]},
                 "00280010": {"vr": "US", "Value": [2]},
                 "00280011": {"vr": "US", "Value": [2]},
                 "00280100": {"vr": "US", "Value": [8]},
                 "00280101": {"vr": "US", "Value": [8]},
                 "00280102": {"vr": "US", "Value": [7]},
                 "00280103": {"vr": "US", "Value": [0]},
                 "7FE00010": {"vr": "OB", "BulkDataURI": "%s"}}
                """.formatted(sopInstanceUid, pixelsUri);
        return DicomJsonReader.readWithBulkData(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    static final byte[] PIXELS = {10, 20, 30, 40};

    @Test
    void theBodyIsTheMetadataArrayThenEachBulkPartWithItsContentLocation() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/dicom+json").body("""
                {"00081199": {"vr": "SQ", "Value": [{"00081155": {"vr": "UI", "Value": ["1.2.3.1"]}},
                                                    {"00081155": {"vr": "UI", "Value": ["1.2.3.2"]}}]}}
                """).build());
        byte[] other = {1, 2, 3, 4};
        StoreResult result = client().storeJson(List.of(instance("1.2.3.1", PIXELS_URI), instance("1.2.3.2", ICON_URI)),
                List.of(new BulkDataPart(PIXELS_URI, "application/octet-stream", PIXELS),
                        new BulkDataPart(ICON_URI, "application/octet-stream", other)));
        assertThat(result.allStored()).isTrue();

        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo("/dicom-web/studies");
        assertThat(request.getHeaders().get("Accept")).isEqualTo("application/dicom+json");
        String type = request.getHeaders().get("Content-Type");
        assertThat(type).startsWith("multipart/related; type=\"application/dicom+json\"; boundary=");
        List<Part> parts = new ArrayList<>();
        List<byte[]> bodies = new ArrayList<>();
        try (MultipartReader reader = new MultipartReader(new Buffer().write(request.getBody()),
                MultipartReader.boundaryOf(type))) {
            for (Optional<Part> p = reader.nextPart(); p.isPresent(); p = reader.nextPart()) {
                parts.add(p.get());
                bodies.add(p.get().body().readAllBytes());
            }
        }
        assertThat(parts).hasSize(3);
        assertThat(parts.get(0).contentType().orElseThrow().essence()).isEqualTo("application/dicom+json");
        List<JsonDataSet> metadata = new ArrayList<>();
        DicomJsonReader.readArray(new ByteArrayInputStream(bodies.get(0)), metadata::add);
        assertThat(metadata).hasSize(2);
        DataSet first = metadata.get(0).dataSet();
        assertThat(first.getString(Tag.SOPInstanceUID)).hasValue("1.2.3.1");
        assertThat(first.getString(Tag.PatientID)).hasValue("JSON-1");
        assertThat(metadata.get(0).bulkDataUris()).containsValue(PIXELS_URI);
        assertThat(metadata.get(1).bulkDataUris()).containsValue(ICON_URI);
        assertThat(metadata.get(0).bulkDataUris().keySet()).extracting(ElementPath::toString)
                .singleElement().asString().containsIgnoringCase("7FE00010");

        assertThat(parts.get(1).contentLocation()).hasValue(PIXELS_URI);
        assertThat(parts.get(1).contentType().orElseThrow().essence()).isEqualTo("application/octet-stream");
        assertThat(bodies.get(1)).isEqualTo(PIXELS);
        assertThat(parts.get(2).contentLocation()).hasValue(ICON_URI);
        assertThat(bodies.get(2)).isEqualTo(other);
    }

    @Test
    void aBulkDataUriWithoutItsPartOrAPartNobodyReferencesIsRefusedBeforeSending() throws Exception {
        JsonDataSet one = instance("1.2.3.1", PIXELS_URI);
        assertThatThrownBy(() -> client().storeJson(List.of(one), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no bulk data part for the BulkDataURI "
                        + PIXELS_URI);
        assertThatThrownBy(() -> client().storeJson(List.of(one), List.of(
                new BulkDataPart(PIXELS_URI, "application/octet-stream", PIXELS),
                new BulkDataPart(ICON_URI, "application/octet-stream", PIXELS))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(ICON_URI + " is referenced by no");
        assertThatThrownBy(() -> client().storeJson(List.of(one), List.of(
                new BulkDataPart(PIXELS_URI, "application/octet-stream", PIXELS),
                new BulkDataPart(PIXELS_URI, "application/octet-stream", PIXELS))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two bulk data parts");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void a415IsATypedErrorNamingTheMediaType() throws Exception {
        server.enqueue(new MockResponse.Builder().code(415).body("Unsupported").build());
        assertThatThrownBy(() -> client().storeJson(List.of(instance("1.2.3.1", PIXELS_URI)),
                List.of(new BulkDataPart(PIXELS_URI, "application/octet-stream", PIXELS))))
                .isInstanceOfSatisfying(DicomWebException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.UNSUPPORTED_MEDIA_TYPE);
                    assertThat(e.statusCode()).hasValue(415);
                    assertThat(e.getMessage()).contains("multipart/related; type=\"application/dicom+json\"", "415");
                });
        assertThat(server.getRequestCount()).isEqualTo(1);
    }
}
